#pragma once
// Engine-private plumbing shared by the per-component golden runners (golden_*.cpp).
#include <torch/torch.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "tessera/safetensors.h"

namespace tessera::golden {

/// One golden case: the io file, its weights file (null for scheduler cases), the component
/// config (from the weights' `config` metadata, else the io's), and the io's `case` JSON.
struct Case {
    const SafetensorsFile& io;
    const SafetensorsFile* weights = nullptr;
    nlohmann::json config;
    nlohmann::json info;
    torch::Device device = torch::kCPU;
    /// Input tensor `name` of the io file, as an owned tensor on `device`.
    torch::Tensor in(const std::string& name) const;
};

/// Outputs by tensor name; names, shapes and dtypes must equal the io file's expected tensors.
using Outputs = std::map<std::string, torch::Tensor>;

void runDit(const Case& c, Outputs& out);     ///< kinds wan21.dit.io and wan21.dit.io.batch
void runSample(const Case& c, Outputs& out);  ///< kind wan21.sample.io
void runSched(const Case& c, Outputs& out);   ///< kind wan21.sched.io
void runT5(const Case& c, Outputs& out);      ///< kind wan21.t5.io
void runVae(const Case& c, Outputs& out);     ///< kind wan21.vae.io

}  // namespace tessera::golden
