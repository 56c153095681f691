#!/usr/bin/env python3
"""The seams of loops that were written as video files (MP4, WebM, GIF), measured as `tessera eval`
measures its loop figures: for each file, the step from the last frame back to the first, and the
largest step of the loop played round (that wrap included), each over the median step between
consecutive frames. A step is the mean absolute difference of two frames over all pixels and
channels, in 0..255 levels. 1 means no step stands out.

    python3 scripts/loop_seams.py loops/*.mp4

Needs numpy and ffmpeg/ffprobe. The frames are the file's decoded frames, so a lossy codec adds its
own small differences to every step alike.
"""
import json
import subprocess
import sys

import numpy as np


def frames(path):
    probe = subprocess.check_output(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                                     "stream=width,height", "-of", "json", path])
    stream = json.loads(probe)["streams"][0]
    raw = subprocess.check_output(["ffmpeg", "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"])
    return np.frombuffer(raw, np.uint8).reshape(-1, stream["height"], stream["width"], 3).astype(np.int32)


def ratio(step, median):
    if median > 0:
        return step / median
    return float("inf") if step > 0 else 1.0


def main(paths):
    if not paths:
        sys.exit(__doc__)
    wraps, worsts = [], []
    for path in paths:
        f = frames(path)
        if len(f) < 3:
            print(f"{path}: {len(f)} frames, too few for a loop")
            continue
        steps = [float(np.abs(f[i + 1] - f[i]).mean()) for i in range(len(f) - 1)]
        wrap = float(np.abs(f[0] - f[-1]).mean())
        median = float(np.median(steps))
        wraps.append(ratio(wrap, median))
        worsts.append(ratio(max(steps + [wrap]), median))
        print(f"{path}: {len(f)} frames, wrap {wraps[-1]:.2f}, largest step {worsts[-1]:.2f}, median step {median:.2f}")
    if wraps:
        print(f"{len(wraps)} loops: wrap mean {np.mean(wraps):.2f} (median {np.median(wraps):.2f}); "
              f"largest step mean {np.mean(worsts):.2f} (median {np.median(worsts):.2f})")


if __name__ == "__main__":
    main(sys.argv[1:])
