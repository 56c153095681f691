#pragma once
// A small model bundle with random weights, for tests and benchmarks of the pipeline mechanics
// (the real embedded model is trained; see docs/training.md).
#include <cstdint>
#include <string>

namespace tessera::dev {

struct RandomBundleOptions {
    std::string conditioning = "mask-channel";  ///< or "replacement"
    int64_t zDim = 4;
    int64_t vaeDim = 8;
    int64_t ditDim = 32;
    int64_t ditLayers = 2;
    int64_t ditHeads = 2;
    int64_t textDim = 16;
    int64_t textLen = 16;
    int64_t vocab = 96;
    int width = 64, height = 48, frames = 9, steps = 4;
    uint64_t seed = 7;
};

/// Writes model.json, dit/vae/text_encoder safetensors and a SentencePiece tokenizer into `folder`
/// (created if needed).
void writeRandomBundle(const std::string& folder, const RandomBundleOptions& options = {});

}  // namespace tessera::dev
