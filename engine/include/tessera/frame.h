#pragma once
// Plain pixel buffers that cross the engine's public boundary (no torch, no Qt).
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace tessera {

/// One RGB image, 8 bits per channel, rows top to bottom, pixels interleaved (R, G, B).
struct Frame {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb;  ///< width * height * 3 bytes

    Frame() = default;
    Frame(int w, int h, uint8_t r = 0, uint8_t g = 0, uint8_t b = 0) : width(w), height(h), rgb(size_t(w) * h * 3) {
        for (size_t i = 0; i < rgb.size(); i += 3) {
            rgb[i] = r;
            rgb[i + 1] = g;
            rgb[i + 2] = b;
        }
    }
    bool empty() const { return width <= 0 || height <= 0; }
    uint8_t* at(int x, int y) { return rgb.data() + (size_t(y) * width + x) * 3; }
    const uint8_t* at(int x, int y) const { return rgb.data() + (size_t(y) * width + x) * 3; }
};

/// A sequence of equally sized frames at a frame rate.
struct Clip {
    std::vector<Frame> frames;
    double fps = 16.0;

    int width() const { return frames.empty() ? 0 : frames[0].width; }
    int height() const { return frames.empty() ? 0 : frames[0].height; }
    int frameCount() const { return static_cast<int>(frames.size()); }
    double durationSeconds() const { return fps > 0 ? frames.size() / fps : 0.0; }
};

}  // namespace tessera
