#!/usr/bin/env python3
"""Tests of scripts/compare_eval.py on small made-up reports whose answers are counted by hand."""
import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import compare_eval  # noqa: E402

SETTINGS = {"width": 112, "height": 64, "frames": 33, "fps": 16.0, "steps": 20, "guidance": 4.0, "shift": 3.0,
            "sampler": "unipc", "enhance_prompt": True, "prompts": "generated", "prompt_seed": 0, "base_seed": 0,
            "seeds": 2}


def clip(prompt, seed, split, colours, shape=None):
    """A clip whose objects' colour judgements are `colours` (True = right), one shape judgement if given."""
    scores = [{"attribute": "color", "correct": c, "object": i} for i, c in enumerate(colours)]
    if shape is not None:
        scores.append({"attribute": "shape", "correct": shape, "object": 0})
    return {"prompt": prompt, "seed": seed, "split": split, "scores": scores,
            "all_correct": all(s["correct"] for s in scores)}


def report(clips, **settings):
    return {"settings": dict(SETTINGS, **settings), "clips": clips}


class CompareEval(unittest.TestCase):
    def test_sign_test_matches_the_binomial_by_hand(self):
        self.assertEqual(compare_eval.sign_test_p(0, 0), 1.0)
        self.assertAlmostEqual(compare_eval.sign_test_p(5, 0), 2 / 32)  # 2 * (1/2)^5
        self.assertAlmostEqual(compare_eval.sign_test_p(0, 5), 2 / 32)
        self.assertAlmostEqual(compare_eval.sign_test_p(3, 1), 2 * 5 / 16)  # 2 * (1 + 4) / 16
        self.assertEqual(compare_eval.sign_test_p(2, 2), 1.0)

    def test_counts_items_and_clips_per_split_and_attribute(self):
        a = report([clip("p1", 0, "seen", [True, False], shape=False),
                    clip("p1", 1, "seen", [False, False]),
                    clip("p2", 0, "held-out", [True]),
                    clip("p2", 1, "held-out", [True])])
        # B: clip (p1, 0) gains one colour and the shape, (p1, 1) gains both colours, (p2, 1) loses one.
        b = report([clip("p2", 1, "held-out", [False]),
                    clip("p1", 1, "seen", [True, True]),
                    clip("p2", 0, "held-out", [True]),
                    clip("p1", 0, "seen", [True, True], shape=True)])
        rows = {(r["split"], r["attribute"]): r for r in compare_eval.compare(a, b)}
        seen = rows[("seen", "color")]
        self.assertEqual((seen["a_correct"], seen["b_correct"], seen["judged"], seen["clips"]), (1, 4, 4, 2))
        self.assertEqual((seen["b_better_clips"], seen["a_better_clips"]), (2, 0))
        self.assertAlmostEqual(seen["sign_test_p"], 0.5)
        shape = rows[("seen", "shape")]
        self.assertEqual((shape["a_correct"], shape["b_correct"], shape["judged"]), (0, 1, 1))
        held = rows[("held-out", "color")]
        self.assertEqual((held["a_correct"], held["b_correct"], held["b_better_clips"], held["a_better_clips"]), (2, 1, 0, 1))
        self.assertEqual((rows[("seen", "all correct")]["a_correct"], rows[("seen", "all correct")]["b_correct"]), (0, 2))
        # The same report against itself: no clip differs.
        for r in compare_eval.compare(a, a):
            self.assertEqual((r["b_better_clips"], r["a_better_clips"], r["sign_test_p"]), (0, 0, 1.0))

    def test_by_value_splits_an_attribute_by_the_value_asked(self):
        def bg(prompt, seed, expected, correct):
            return {"prompt": prompt, "seed": seed, "split": "seen", "all_correct": correct,
                    "scores": [{"attribute": "background", "expected": expected, "correct": correct, "object": -1}]}
        a = report([bg("p1", 0, "black", False), bg("p1", 1, "black", False), bg("p2", 0, "white", True)])
        b = report([bg("p1", 0, "black", True), bg("p1", 1, "black", True), bg("p2", 0, "white", False)])
        rows = {(r["split"], r["attribute"]): r for r in compare_eval.compare(a, b, ("background",))}
        black, white = rows[("seen", "background black")], rows[("seen", "background white")]
        self.assertEqual((black["a_correct"], black["b_correct"], black["judged"], black["b_better_clips"]), (0, 2, 2, 2))
        self.assertEqual((white["a_correct"], white["b_correct"], white["judged"], white["a_better_clips"]), (1, 0, 1, 1))
        self.assertNotIn(("seen", "background"), rows)
        # Without it the values are pooled.
        pooled = {(r["split"], r["attribute"]): r for r in compare_eval.compare(a, b)}[("seen", "background")]
        self.assertEqual((pooled["a_correct"], pooled["b_correct"], pooled["judged"]), (1, 2, 3))

    def test_pairs_the_start_jumps_and_reads_null_as_infinite(self):
        def jumped(prompt, seed, ratio):
            c = clip(prompt, seed, "seen", [True])
            c["start_jump_ratio"] = ratio
            return c
        a = report([jumped("p1", 0, 1.2), jumped("p1", 1, 2.0), jumped("p2", 0, 1.0), jumped("p2", 1, 3.0)])
        # B: higher in (p1, 0) and (p2, 0) (null: infinite), lower in (p2, 1), level in (p1, 1).
        b = report([jumped("p2", 1, 1.4), jumped("p1", 0, 1.6), jumped("p2", 0, None), jumped("p1", 1, 2.0)])
        j = compare_eval.start_jumps(a, b)
        self.assertEqual((j["clips"], j["b_higher_clips"], j["b_lower_clips"]), (4, 2, 1))
        self.assertAlmostEqual(j["sign_test_p"], 1.0)  # 2 * (1 + 3) / 8
        self.assertAlmostEqual(j["a_median"], 1.6)     # (1.2 + 2.0) / 2
        self.assertAlmostEqual(j["b_median"], 1.8)     # (1.6 + 2.0) / 2
        self.assertEqual((j["a_above"], j["b_above"]), (2, 3))
        all_null = report([jumped("p1", 0, None)])
        self.assertIsNone(compare_eval.start_jumps(all_null, all_null)["a_median"])  # infinite, not a JSON number
        # Single frames, or reports from before the figure, have none.
        self.assertIsNone(compare_eval.start_jumps(report(a["clips"], frames=1), report(b["clips"], frames=1)))
        self.assertIsNone(compare_eval.start_jumps(report([clip("p1", 0, "seen", [True])]),
                                                   report([clip("p1", 0, "seen", [True])])))
        self.assertIn("B higher in 2 clips, lower in 1, p = 1.000", compare_eval.start_jump_line(j))

    def test_refuses_reports_that_are_not_paired(self):
        a = report([clip("p1", 0, "seen", [True])])
        with self.assertRaisesRegex(ValueError, "different settings.*guidance: 4.0 against 2.0"):
            compare_eval.compare(a, report([clip("p1", 0, "seen", [True])], guidance=2.0))
        # A sampling setting named as free may differ; the clips still pair by prompt and seed.
        rows = compare_eval.compare(a, report([clip("p1", 0, "seen", [False])], guidance=2.0), may_differ=("guidance",))
        color = next(r for r in rows if r["attribute"] == "color")
        self.assertEqual((color["a_correct"], color["b_correct"], color["a_better_clips"]), (1, 0, 1))
        with self.assertRaisesRegex(ValueError, "only sampling settings .* not seeds"):
            compare_eval.compare(a, a, may_differ=("seeds",))
        with self.assertRaisesRegex(ValueError, "clips differ \\(1 only in the first, 1 only in the second\\)"):
            compare_eval.compare(a, report([clip("p1", 1, "seen", [True])]))
        with self.assertRaisesRegex(ValueError, "judged 1 times in one report and 2 in the other"):
            compare_eval.compare(a, report([clip("p1", 0, "seen", [True, True])]))

    def test_command_line_prints_a_table_and_names_bad_files(self):
        with tempfile.TemporaryDirectory() as d:
            pa, pb, bad = (os.path.join(d, n) for n in ("a.json", "b.json", "bad.json"))
            with open(pa, "w") as f:
                json.dump(report([clip("p1", 0, "seen", [False])]), f)
            with open(pb, "w") as f:
                json.dump(report([clip("p1", 0, "seen", [True])]), f)
            with open(bad, "w") as f:
                f.write("{ not json")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                self.assertEqual(compare_eval.main([pa, pb]), 0)
            line = next(l for l in out.getvalue().splitlines() if l.startswith("seen      color"))
            self.assertIn("+100.0", line)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                self.assertEqual(compare_eval.main([pa, pb, "--json"]), 0)
            printed = json.loads(out.getvalue())
            self.assertEqual(printed["rows"][0]["attribute"], "color")
            self.assertIsNone(printed["start_jump"])  # these made-up reports have no start jumps
            with self.assertRaisesRegex(SystemExit, "bad.json is not JSON"):
                compare_eval.main([pa, bad])
            with self.assertRaisesRegex(SystemExit, "cannot read .*missing.json"):
                compare_eval.main([pa, os.path.join(d, "missing.json")])


if __name__ == "__main__":
    unittest.main()
