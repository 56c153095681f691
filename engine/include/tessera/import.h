#pragma once
// Importing downloaded Wan 2.1 checkpoints (official release folders, ComfyUI repackaged files,
// PyTorch .pth zips, sharded safetensors, fp16/bf16/fp8) as a model bundle that references the
// files where they are. See docs/models.md, "Importing Wan 2.1 files". Torch-free header.
#include <cstdint>
#include <string>
#include <vector>

namespace tessera {

struct ImportOptions {
    std::vector<std::string> paths;  ///< files and/or folders, in any order
    std::string name;                ///< bundle name (default: from the DiT, e.g. "wan2.1-t2v-1.3b")
    std::string modelsDir;           ///< the folder the bundle folder is created in
    bool overwrite = false;          ///< replace an existing bundle of the same name
    /// Fields that override the DiT config read from config.json or inferred from shapes (e.g.
    /// {"text_len": 16, "num_heads": 4} for a fine-tune of another size), as a JSON object text.
    std::string ditConfigJson;
    /// Latent statistics {"mean": [...], "std": [...]} as JSON text, for a VAE that is not Wan 2.1's
    /// (z_dim 16 uses the Wan 2.1 values).
    std::string latentStatsJson;
};

struct ImportedPart {
    std::string role;    ///< "dit", "vae", "text_encoder", "tokenizer"
    std::string file;    ///< absolute path
    std::string format;  ///< "safetensors", "sharded safetensors", "pytorch zip", "sentencepiece"
    std::string layout;  ///< "official", "prefixed 'model.diffusion_model.'", "hf-t5"
    std::string dtype;   ///< dtype of most of its bytes
    int64_t parameters = 0;
    uint64_t bytes = 0;  ///< on disk
};

struct ImportReport {
    std::string bundlePath;
    std::string architecture;  ///< e.g. "Wan 2.1 T2V 1.3B"
    std::string conditioning;  ///< "replacement" or "mask-channel"
    std::vector<ImportedPart> parts;
    std::vector<std::string> notes;  ///< what was assumed (e.g. text_len 512 without a config.json)
};

/// Inspects `options.paths`, recognises every part, validates every tensor (shapes against the
/// config, dtypes, fp8 scales, by loading each part once on the CPU), and writes the bundle. Throws
/// std::runtime_error naming the file and what is wrong or missing; writes nothing then.
ImportReport importModel(const ImportOptions& options);

/// Memory a bundle needs to run, per part, at the dtype and device it would run with.
struct MemoryPlan {
    std::string name;               ///< the model's
    int width = 0, height = 0, frames = 0;  ///< planned for (the model's defaults for 0)
    std::string device, dtype;
    uint64_t ditBytes = 0, textEncoderBytes = 0, vaeBytes = 0;
    uint64_t activationBytes = 0;  ///< estimate for the requested size (attention, VAE decode)
    uint64_t availableBytes = 0;   ///< free RAM (CPU) or free device memory (CUDA)
    bool fits = true;
    std::vector<std::string> advice;  ///< what would make it fit, when it does not
};

/// Plans the memory of the bundle in `modelDir` on `device` ("cpu", "cuda", "auto") for a clip of
/// width x height x frames (0: the model's default). Reads only tensor headers.
MemoryPlan planMemory(const std::string& modelDir, const std::string& device, int width, int height, int frames);

}  // namespace tessera
