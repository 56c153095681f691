#pragma once
// Loading a torch module from checkpoint tensors whose names are the module's own parameter
// names (the official state_dict keys), so loading is a walk over named_parameters().
#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

#include "tessera/safetensors.h"

namespace tessera {

/// Where tensors come from: returns the view named `name`, or nullptr if absent.
using TensorLookup = std::function<const TensorView*(const std::string& name)>;

struct LoadOptions {
    torch::Dtype dtype = torch::kFloat32;  ///< floating tensors are converted to this run dtype
    torch::Device device = torch::kCPU;
    std::string prefix;  ///< checkpoint key prefix in front of the module's names (e.g. "model.diffusion_model.")
    /// Checkpoint tensors that may be present without a module parameter (e.g. fp8 scales).
    std::function<bool(const std::string&)> ignoreExtra;
    /// The checkpoint's name for a module tensor (default: prefix + name).
    std::function<std::string(const std::string&)> rename;
    /// A per-tensor scale to multiply a float8 tensor by (its `scale_weight`), or nullptr.
    std::function<const TensorView*(const std::string& checkpointName)> scaleOf;
};

/// Copies every parameter and persistent buffer of `module` from the checkpoint. Every expected
/// tensor must be present with the right shape; a missing, extra (in `available`) or mis-shaped
/// tensor throws TensorFileError naming it and `what` (the file). Moves the module to the device/dtype.
void loadStateDict(torch::nn::Module& module, const TensorLookup& lookup, const std::vector<std::string>& available,
                   const LoadOptions& options, const std::string& what);

/// Convenience overload for one safetensors file or sharded checkpoint.
void loadStateDict(torch::nn::Module& module, const TensorCheckpoint& checkpoint, const LoadOptions& options);

}  // namespace tessera
