#!/usr/bin/env python3
"""Compares two `tessera eval` reports made with the same prompts, seeds and settings, clip by clip.

Two bundles judged on the same generated prompts and seeds differ by far less noise than their two
accuracy tables suggest, since most clips are right (or wrong) for both. This pairs the clips of the
reports by (prompt, seed) and, for every split and attribute:

  - the accuracy of A and of B over the judged items (an object's colour, a clip's background...),
  - the clips in which B got more of that attribute right than A ("B better") and fewer ("A better"),
  - the exact two-sided sign test on those clips: the chance of a split at least this uneven if
    neither bundle were better. Clips are the unit, since the objects of one clip are not
    independent of each other.

    python3 scripts/compare_eval.py shipped.json candidate.json
    python3 scripts/compare_eval.py shipped.json candidate.json --json
    python3 scripts/compare_eval.py shipped.json candidate.json --by-value background

--may-differ SETTING lets one sampling setting (steps, guidance, shift or sampler) differ between
the reports, to pair one bundle's clips at two settings (the same prompts and noise seeds, e.g. 20
steps against 40); prompts, seeds and sizes must still agree.

Under the table it pairs the clips' start jumps (frame 0 to 1 over the clip's median frame step,
docs/evaluation.md): both medians, how many clips exceed 1.5 in each, the clips where B's is higher
and where it is lower, and the sign test on those.

--by-value ATTRIBUTE splits that attribute's rows by the value asked ("background black", "background
white"...), to see which values a change helps and which it hurts.

It refuses reports whose settings (size, frames, steps, guidance, sampler...) or clips differ, since
a paired comparison of those would mean nothing. docs/evaluation.md has the report's format.
"""
import argparse
import json
import math
import statistics
import sys

# Settings that must agree for two reports' clips to be comparable.
PAIRED_SETTINGS = ("width", "height", "frames", "fps", "steps", "guidance", "shift", "sampler",
                   "enhance_prompt", "prompts", "prompt_seed", "base_seed", "seeds")

# Settings --may-differ accepts: how a clip is sampled, not which clip it is.
SAMPLING_SETTINGS = ("steps", "guidance", "shift", "sampler")


def sign_test_p(wins, losses):
    """Exact two-sided sign test: P(a split at least as uneven as wins:losses | p = 1/2)."""
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2.0 ** n
    return min(1.0, 2.0 * tail)


def clip_key(clip):
    return (clip["prompt"], clip["seed"])


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except OSError as e:
        raise SystemExit(f"compare_eval.py: cannot read {path}: {e.strerror}")
    except json.JSONDecodeError as e:
        raise SystemExit(f"compare_eval.py: {path} is not JSON ({e}); give a report written by `tessera eval -o`")
    if not isinstance(report, dict) or "clips" not in report or "settings" not in report:
        raise SystemExit(f"compare_eval.py: {path} has no clips or settings; give a report written by `tessera eval -o`")
    return report


def per_clip_scores(clip, by_value=()):
    """{attribute: (correct, judged)} over the clip's judged items; an attribute in by_value is
    keyed "attribute value" by the value asked."""
    out = {}
    for s in clip["scores"]:
        key = f"{s['attribute']} {s['expected']}" if s["attribute"] in by_value else s["attribute"]
        right, judged = out.get(key, (0, 0))
        out[key] = (right + (1 if s["correct"] else 0), judged + 1)
    return out


def compare(a, b, by_value=(), may_differ=()):
    """The paired comparison of reports a and b (dicts as `tessera eval -o` writes them); the sampling
    settings named in may_differ need not agree."""
    not_sampling = [k for k in may_differ if k not in SAMPLING_SETTINGS]
    if not_sampling:
        raise ValueError(f"only sampling settings ({', '.join(SAMPLING_SETTINGS)}) may differ, not " +
                         ", ".join(not_sampling))
    differing = [k for k in PAIRED_SETTINGS
                 if k not in may_differ and a["settings"].get(k) != b["settings"].get(k)]
    if differing:
        raise ValueError("the reports were made with different settings (" +
                         ", ".join(f"{k}: {a['settings'].get(k)} against {b['settings'].get(k)}" for k in differing) +
                         "); make both with the same eval options")
    clips_a = {clip_key(c): c for c in a["clips"]}
    clips_b = {clip_key(c): c for c in b["clips"]}
    if clips_a.keys() != clips_b.keys():
        only_a, only_b = len(clips_a.keys() - clips_b.keys()), len(clips_b.keys() - clips_a.keys())
        raise ValueError(f"the reports' clips differ ({only_a} only in the first, {only_b} only in the second); "
                         "make both with the same prompts and seeds")
    rows = {}
    for key, ca in clips_a.items():
        cb = clips_b[key]
        if ca["split"] != cb["split"]:
            raise ValueError(f"clip {key} is {ca['split']} in one report and {cb['split']} in the other")
        sa, sb = per_clip_scores(ca, by_value), per_clip_scores(cb, by_value)
        items = [(attr, sa.get(attr, (0, 0)), sb.get(attr, (0, 0))) for attr in sorted(set(sa) | set(sb))]
        items.append(("all correct", (1 if ca["all_correct"] else 0, 1), (1 if cb["all_correct"] else 0, 1)))
        for attr, (ra, na), (rb, nb) in items:
            if na != nb:
                raise ValueError(f"clip {key}: {attr} was judged {na} times in one report and {nb} in the other")
            r = rows.setdefault((ca["split"], attr),
                                {"split": ca["split"], "attribute": attr, "a_correct": 0, "b_correct": 0, "judged": 0,
                                 "b_better_clips": 0, "a_better_clips": 0, "clips": 0})
            r["a_correct"] += ra
            r["b_correct"] += rb
            r["judged"] += na
            r["clips"] += 1
            r["b_better_clips"] += rb > ra
            r["a_better_clips"] += ra > rb
    out = []
    for r in rows.values():
        n = r["judged"]
        r["a_accuracy"] = r["a_correct"] / n if n else None
        r["b_accuracy"] = r["b_correct"] / n if n else None
        r["sign_test_p"] = sign_test_p(r["b_better_clips"], r["a_better_clips"])
        out.append(r)
    order = {"seen": 0, "held-out": 1}
    out.sort(key=lambda r: (order.get(r["split"], 2), r["attribute"] == "all correct", r["attribute"]))
    return out


START_JUMP_THRESHOLD = 1.5  # as `tessera eval` counts them


def start_jumps(a, b):
    """The paired start jumps of reports a and b, or None when they have none (single frames, or
    reports from before the figure). A null ratio of a clip of two frames or more is infinite."""
    if a["settings"].get("frames", 0) < 2 or b["settings"].get("frames", 0) < 2:
        return None
    clips_b = {clip_key(c): c for c in b["clips"]}
    pairs = [(ca["start_jump_ratio"], clips_b[clip_key(ca)]["start_jump_ratio"]) for ca in a["clips"]
             if "start_jump_ratio" in ca and "start_jump_ratio" in clips_b.get(clip_key(ca), {})]
    if not pairs:
        return None
    pairs = [(math.inf if x is None else x, math.inf if y is None else y) for x, y in pairs]
    higher = sum(1 for x, y in pairs if y > x)
    lower = sum(1 for x, y in pairs if y < x)
    finite_or_none = lambda v: None if math.isinf(v) else v  # noqa: E731 (JSON has no infinity)
    return {"clips": len(pairs), "threshold": START_JUMP_THRESHOLD,
            "a_median": finite_or_none(statistics.median(x for x, _ in pairs)),
            "b_median": finite_or_none(statistics.median(y for _, y in pairs)),
            "a_above": sum(1 for x, _ in pairs if x > START_JUMP_THRESHOLD),
            "b_above": sum(1 for _, y in pairs if y > START_JUMP_THRESHOLD),
            "b_higher_clips": higher, "b_lower_clips": lower, "sign_test_p": sign_test_p(higher, lower)}


def start_jump_line(j):
    med = lambda v: "inf" if v is None else f"{v:.2f}"  # noqa: E731
    return (f"start jump (frame 0 to 1 over the clip's median step), {j['clips']} clips: median A {med(j['a_median'])} "
            f"({j['a_above']} above {j['threshold']}), B {med(j['b_median'])} ({j['b_above']}); "
            f"B higher in {j['b_higher_clips']} clips, lower in {j['b_lower_clips']}, p = {j['sign_test_p']:.3f}")


def table(rows, name_a, name_b):
    lines = [f"A = {name_a}", f"B = {name_b}",
             "p: exact two-sided sign test on the clips where one got more of the attribute right than the other",
             "",
             f"{'split':9} {'attribute':18} {'A':>14} {'B':>14} {'B - A':>7} {'B better':>9} {'A better':>9} {'p':>7}"]
    for r in rows:
        if not r["judged"]:
            continue
        lines.append(f"{r['split']:9} {r['attribute']:18} "
                     f"{r['a_accuracy'] * 100:5.1f}% {r['a_correct']:>3}/{r['judged']:<3} "
                     f"{r['b_accuracy'] * 100:5.1f}% {r['b_correct']:>3}/{r['judged']:<3} "
                     f"{(r['b_accuracy'] - r['a_accuracy']) * 100:+6.1f} "
                     f"{r['b_better_clips']:>9} {r['a_better_clips']:>9} {r['sign_test_p']:7.3f}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Compare two `tessera eval` reports clip by clip (same prompts, seeds, settings).")
    ap.add_argument("a", help="the first report (A), e.g. the shipped bundle's")
    ap.add_argument("b", help="the second report (B), e.g. a candidate's")
    ap.add_argument("--json", action="store_true",
                    help="print the rows and the paired start jumps as JSON ({\"rows\": [...], \"start_jump\": {...} or null})")
    ap.add_argument("--by-value", action="append", default=[], metavar="ATTRIBUTE",
                    help="split this attribute's rows by the value asked (e.g. background); may be repeated")
    ap.add_argument("--may-differ", action="append", default=[], metavar="SETTING",
                    help="a sampling setting (steps, guidance, shift, sampler) the reports may differ in; may be repeated")
    args = ap.parse_args(argv)
    a, b = load(args.a), load(args.b)
    try:
        rows = compare(a, b, tuple(args.by_value), tuple(args.may_differ))
    except ValueError as e:
        print(f"compare_eval.py: {e}", file=sys.stderr)
        return 2
    jumps = start_jumps(a, b)
    if args.json:
        print(json.dumps({"rows": rows, "start_jump": jumps}, indent=2))
    else:
        print(table(rows, args.a, args.b))
        if jumps:
            print("\n" + start_jump_line(jumps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
