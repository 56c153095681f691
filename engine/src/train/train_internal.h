#pragma once
// Helpers of the trainer shared with its tests (engine-private).
#include <torch/torch.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "tessera/shapes_world.h"
#include "tessera/train.h"

namespace tessera::train_detail {

/// Writes `text` to path.tmp and renames it over `path`; throws naming the file on failure.
void writeTextAtomically(const std::string& path, const std::string& text);
/// Saves a module's parameters (as `dtype`) and buffers with its config as safetensors metadata.
void saveModule(torch::nn::Module& module, const std::string& path, const nlohmann::json& config, torch::Dtype dtype,
                const std::map<std::string, std::string>& metadata);
/// Loads a module saved by saveModule (every tensor checked by name and shape).
void loadModule(torch::nn::Module& module, const std::string& path, torch::Device device);
/// A rendered Shapes World clip at 16 fps as [3, T, H, W] in [-1, 1].
torch::Tensor renderVideo(const Scene& scene, int width, int height, int frames);
/// The DiT's learning rate at `step`: 300 warm-up steps to ditLr, then, with a cool-down, a cosine
/// from ditLr at ditDecayFrom to zero at ditDecayFrom + ditDecaySteps.
double ditLearningRate(const TrainOptions& o, int64_t step);

}  // namespace tessera::train_detail
