#pragma once
// A model bundle: a folder with model.json naming the component files (safetensors), their
// configs, latent statistics, defaults and the latent preview projection. See docs/models.md.
#include <nlohmann/json.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera {

struct BundleComponent {
    std::string file;        ///< absolute path of the safetensors file (or sharded index)
    nlohmann::json config;   ///< constructor config (from model.json, else the file's `config` metadata)
};

struct BundleSpec {
    std::string path;  ///< the bundle folder
    std::string name, description, licence, architecture;
    std::string conditioning = "replacement";  ///< "mask-channel" or "replacement"
    std::string enhancer = "none";             ///< "shapes" (the Shapes World enhancer) or "none"
    BundleComponent dit, vae, textEncoder;
    std::string tokenizerFile;
    std::vector<float> latentMean, latentStd;  ///< per latent channel
    /// Optional (Tessera's own models): latent frame 0's statistics, which differ from the other
    /// frames' because the causal VAE encodes the first frame alone. Empty: frame 0 uses the above.
    std::vector<float> latentFirstMean, latentFirstStd;
    std::vector<std::vector<float>> previewMatrix;  ///< [z][3]: RGB = latent . matrix + bias (in [-1,1])
    std::vector<float> previewBias;                 ///< [3]
    int defaultWidth = 832, defaultHeight = 480, defaultFrames = 81, defaultSteps = 50;
    double defaultFps = 16, defaultGuidance = 5.0, defaultShift = 5.0;
    /// model.json defaults "guidance_interval": [low, high], the sigmas guidance applies at
    /// (GenerationRequest::guidanceLow/High); [0, 1], every step, when absent.
    double defaultGuidanceLow = 0, defaultGuidanceHigh = 1;
    std::string defaultSampler = "unipc", defaultNegativePrompt;
    std::string cpuDtype = "float32", cudaDtype = "bfloat16";
    /// The share of the starting noise's variance common to all latent frames (flowNoise), as the DiT
    /// was trained: model.json "frame_shared_noise", 0 (independent frames, as Wan 2.1) when absent.
    double frameSharedNoise = 0;
    /// The offset noise the DiT was trained with (model.json "offset_noise", flowNoise's offset).
    double offsetNoise = 0;
    /// How the known frames of a span after frame 0 (extend backward, the end of a loop or a
    /// connection) are encoded, as the DiT was trained: model.json "known_context", "zeros" (the
    /// frames before the span are mid-grey, Wan 2.1's layout; the default) or "hold" (they hold the
    /// span's first frame; holdBeforeKnown in conditioning.h).
    bool holdKnownContext = false;
    /// How extend backward is made by default: model.json "extend_backward", "native" (the default)
    /// or "reversed" (GenerationRequest::backwardExtension).
    std::string extendBackward = "native";
    /// How text to video is made by default: model.json "text_to_video", "direct" (the default) or
    /// "image-first" (GenerationRequest::textToVideo).
    std::string textToVideo = "direct";
    /// How a loop is made from text by default: model.json "loop_from_text", "bridge" (the default) or
    /// "ring" (GenerationRequest::loopFromText).
    std::string loopFromText = "bridge";
    nlohmann::json raw;  ///< the whole model.json

    /// Reads and validates `folder`/model.json; throws std::runtime_error naming the file and field.
    static BundleSpec read(const std::string& folder);
    /// Writes model.json for this spec (atomically) into `path`.
    void write() const;
    /// Fingerprint: SHA-256 over model.json and every component file.
    std::string hash() const;
};

/// SHA-256 of a checkpoint: of the file, or for a sharded index of the index and every shard.
std::string checkpointSha256(const std::string& file);
/// Bytes on disk of a checkpoint (a sharded index and its shards).
uint64_t checkpointBytes(const std::string& file);

}  // namespace tessera
