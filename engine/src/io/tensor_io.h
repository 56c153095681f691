#pragma once
// Bridges between safetensors views and torch tensors (engine-private).
#include <torch/torch.h>

#include <string>

#include "tessera/safetensors.h"

namespace tessera {

/// The torch dtype of a file dtype; throws TensorFileError for dtypes torch cannot hold.
torch::Dtype toTorchDtype(DType dtype);
/// The file dtype of a torch dtype.
DType fromTorchDtype(torch::Dtype dtype);

/// A CPU tensor that owns a copy of the view's bytes (safe after the file closes).
torch::Tensor viewToTensor(const TensorView& view);
/// Loads tensor `name` from `file` as an owned CPU tensor.
torch::Tensor loadTensor(const SafetensorsFile& file, const std::string& name);
/// Adds a torch tensor (any device/dtype; moved to CPU, made contiguous) to a writer.
void addTensor(SafetensorsWriter& writer, const std::string& name, const torch::Tensor& tensor);

/// "[4, 3, 8, 12]" for messages.
std::string shapeString(at::IntArrayRef shape);

}  // namespace tessera
