#!/usr/bin/env python3
"""Checks an .otio file written by Tessera (app/src/timeline/interchange.cpp) with OpenTimelineIO itself.

Loads the file with the `opentimelineio` package (pip install opentimelineio), prints each track's
length and items, and fails (exit 1) when:
  - OpenTimelineIO cannot read the file,
  - a track's length differs from one given with --expect NAME=FRAMES,
  - a transition does not sit between two clips, or needs more media (handles) than a clip's
    available_range holds,
  - a media reference is not an absolute file:// URL.

    python3 check_otio.py cut.otio --expect V1=152 --expect A1=72
"""
import argparse
import sys
import urllib.parse

try:
    import opentimelineio as otio
except ImportError:
    sys.exit("check_otio.py needs the opentimelineio package: pip install opentimelineio")


def frames(t):
    return t.to_frames()


def check_reference(clip, problems):
    ref = clip.media_reference
    if isinstance(ref, otio.schema.ExternalReference):
        url = urllib.parse.urlparse(ref.target_url)
        path = urllib.parse.unquote(url.path)
        if url.scheme != "file" or not path.startswith("/"):
            problems.append(f"clip '{clip.name}': target_url {ref.target_url} is not an absolute file:// URL")
        return f"file {path}"
    if isinstance(ref, otio.schema.GeneratorReference):
        return f"generator {ref.generator_kind}"
    return type(ref).__name__


def check_transition(track, index, problems):
    children = list(track)
    before = children[index - 1] if index > 0 else None
    after = children[index + 1] if index + 1 < len(children) else None
    tr = children[index]
    if not isinstance(before, otio.schema.Clip) or not isinstance(after, otio.schema.Clip):
        problems.append(f"track {track.name}: transition {index} is not between two clips")
        return
    # The outgoing clip plays on for out_offset after its cut, the incoming one starts in_offset before it.
    for clip, needed_end, needed_start in (
        (before, before.source_range.end_time_exclusive() + tr.out_offset, None),
        (after, None, after.source_range.start_time - tr.in_offset),
    ):
        available = clip.media_reference.available_range
        if available is None:
            continue
        if needed_end is not None and needed_end > available.end_time_exclusive():
            problems.append(f"clip '{clip.name}': the dissolve needs media up to frame {frames(needed_end)}, "
                            f"past its end at {frames(available.end_time_exclusive())}")
        if needed_start is not None and needed_start < available.start_time:
            problems.append(f"clip '{clip.name}': the dissolve needs media from frame {frames(needed_start)}, "
                            f"before its start at {frames(available.start_time)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--expect", action="append", default=[], metavar="TRACK=FRAMES",
                        help="the length a track must have, in frames")
    args = parser.parse_args()

    try:
        timeline = otio.adapters.read_from_file(args.file)
    except Exception as e:  # OTIO raises several types for unreadable files
        sys.exit(f"{args.file}: OpenTimelineIO cannot read it: {e}")

    expected = {}
    for e in args.expect:
        name, _, count = e.partition("=")
        expected[name] = int(count)

    problems = []
    print(f"{args.file}: timeline '{timeline.name}', {frames(timeline.duration())} frames")
    for track in timeline.tracks:
        length = frames(track.duration())
        print(f"  {track.kind} track {track.name}: {length} frames")
        for index, child in enumerate(track):
            if isinstance(child, otio.schema.Transition):
                print(f"    {child.transition_type} in {frames(child.in_offset)} out {frames(child.out_offset)}")
                check_transition(track, index, problems)
                continue
            where = track.range_of_child_at_index(index)
            line = f"    {type(child).__name__} at {frames(where.start_time)}, {frames(where.duration)} frames"
            if isinstance(child, otio.schema.Clip):
                line += f", '{child.name}', {check_reference(child, problems)}"
            print(line)
        if track.name in expected:
            want = expected.pop(track.name)
            if want != length:
                problems.append(f"track {track.name} is {length} frames, expected {want}")
    for name in expected:
        problems.append(f"there is no track {name}")

    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
