#pragma once
// How a downloaded checkpoint names the tensors of a Wan 2.1 part, and how to read it into our
// modules: the official names (our module names), a key prefix (ComfyUI's
// `model.diffusion_model.`), the Hugging Face T5 naming of ComfyUI's umT5 files, and fp8 weights
// with per-tensor `scale_weight` tensors. See docs/models.md, "Importing Wan 2.1 files".
#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "io/state_dict.h"
#include "tessera/safetensors.h"

namespace tessera {

enum class ModelPart { Dit, Vae, TextEncoder };
const char* partName(ModelPart part);  ///< "DiT", "VAE", "text encoder"

struct CheckpointLayout {
    ModelPart part = ModelPart::Dit;
    std::string name;    ///< "official", "comfyui" (prefixed), "hf-t5"
    std::string prefix;  ///< in front of every name (official or HF)
    bool hfT5 = false;   ///< Hugging Face T5 names (encoder.block.N.layer.M...)
    bool tokenFromShared = false;  ///< HF T5: the embedding is `shared.weight` (else encoder.embed_tokens)
    std::string dtype;   ///< dtype of the largest tensors ("BF16", "F8E4M3", ...)
    int64_t parameters = 0;  ///< elements of the part's tensors (scales excluded)

    /// The file's name for our module tensor `name`.
    std::string fileName(const std::string& name) const;
};

/// Which part `checkpoint` holds, from its tensor names; throws TensorFileError when it is none of
/// the three (naming what was looked for).
ModelPart detectPart(const TensorCheckpoint& checkpoint);
/// The layout of `checkpoint` for `part`; throws TensorFileError naming the file when unrecognised.
CheckpointLayout detectLayout(const TensorCheckpoint& checkpoint, ModelPart part);

/// The official constructor config of the part, inferred from tensor shapes (what shapes cannot
/// tell takes the Wan 2.1 release values: text_len 512, eps 1e-6, window (-1,-1)).
nlohmann::json inferConfig(const TensorCheckpoint& checkpoint, const CheckpointLayout& layout);

/// The per-tensor scale of a float8 weight (`<name minus .weight>.scale_weight`), or nullptr.
const TensorView* fp8Scale(const TensorCheckpoint& checkpoint, const std::string& weightName);

/// True for file tensors the layout reads no module tensor from: other parts (outside the prefix),
/// fp8 scales, and for HF T5 the decoder, LM head and unused embedding copy.
bool ignoredByLayout(const CheckpointLayout& layout, const std::string& name);

/// Loads `module` from `checkpoint` through `layout` (renaming, fp8 dequantisation). Missing,
/// extra or mis-shaped tensors throw naming the file's tensor name.
void loadWithLayout(torch::nn::Module& module, const TensorCheckpoint& checkpoint, const CheckpointLayout& layout,
                    const LoadOptions& options);

}  // namespace tessera
