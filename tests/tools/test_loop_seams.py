#!/usr/bin/env python3
"""Tests of scripts/loop_seams.py on loops written losslessly (FFV1) whose steps are known: a square
moving right and back (seamless), the same square moving one way (a jump back at the wrap), and a
square that moves a pixel at a time but jumps across the frame and back inside the loop (a seamless
wrap, a large step inside)."""
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import loop_seams  # noqa: E402

W, H = 64, 32


def square_at(x):
    f = np.zeros((H, W, 3), np.uint8)
    f[8:24, x:x + 16] = (255, 0, 0)
    return f


def write(path, frames):
    raw = np.stack(frames).tobytes()
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{W}x{H}", "-r", "16",
                    "-i", "-", "-c:v", "ffv1", "-pix_fmt", "bgr0", path], input=raw, check=True)


class LoopSeams(unittest.TestCase):
    def measure(self, frames):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "loop.mkv")
            write(path, frames)
            self.assertEqual(len(loop_seams.frames(path)), len(frames))
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                loop_seams.main([path])
        line = out.getvalue().splitlines()[0]
        wrap = float(line.split("wrap ")[1].split(",")[0])
        largest = float(line.split("largest step ")[1].split(",")[0])
        return wrap, largest

    def test_a_ping_pong_loop_is_seamless(self):
        there = [square_at(x) for x in range(0, 40, 2)]
        wrap, largest = self.measure(there + there[-2:0:-1])
        self.assertAlmostEqual(wrap, 1.0)
        self.assertAlmostEqual(largest, 1.0)

    def test_a_one_way_clip_jumps_back_at_the_wrap(self):
        wrap, largest = self.measure([square_at(x) for x in range(0, 40, 2)])
        self.assertGreater(wrap, 3.0)
        self.assertEqual(wrap, largest)

    def test_a_jump_inside_the_loop_is_its_largest_step(self):
        frames = [square_at(x) for x in (0, 1, 2, 1)] + [square_at(40), square_at(41), square_at(40)] + [square_at(1)]
        wrap, largest = self.measure(frames)
        self.assertAlmostEqual(wrap, 1.0)
        self.assertGreater(largest, 10.0)


if __name__ == "__main__":
    unittest.main()
