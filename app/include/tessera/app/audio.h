#pragma once
// Plain audio and subtitle buffers shared by the timeline renderer, narration and the exporters.
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::app {

/// PCM audio as 32-bit float samples in [-1, 1], channels interleaved.
struct AudioBuffer {
    int sampleRate = 48000;
    int channels = 2;
    std::vector<float> samples;  ///< frames() * channels values

    int64_t frames() const { return channels > 0 ? int64_t(samples.size()) / channels : 0; }
    double durationSeconds() const { return sampleRate > 0 ? double(frames()) / sampleRate : 0.0; }
    bool empty() const { return samples.empty(); }
};

/// One subtitle: text shown from `start` to `end` (seconds from the start of the video).
struct SubtitleCue {
    double start = 0;
    double end = 0;
    std::string text;
};

}  // namespace tessera::app
