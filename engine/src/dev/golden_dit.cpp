// Golden runner for the Wan 2.1 DiT: kind wan21.dit.io (one latent) and wan21.dit.io.batch
// (two latents of different shapes in one call).
#include "dev/golden_case.h"
#include "models/dit.h"

namespace tessera::golden {

void runDit(const Case& c, Outputs& out) {
    if (!c.weights) throw std::runtime_error(c.io.path() + ": a DiT case needs its weights file");
    LoadOptions load;
    load.device = c.device;
    WanModel dit = loadWanModel(*c.weights, DitConfig::fromJson(c.config), load);

    const int64_t seqLen = c.in("in.seq_len").item<int64_t>();
    const torch::Tensor t = c.in("in.t");
    if (c.io.find("in.x")) {
        out["out.x"] = dit->forward({c.in("in.x")}, t, {c.in("in.context")}, seqLen)[0];
        return;
    }
    std::vector<torch::Tensor> xs, contexts;
    for (int64_t i = 0; c.io.find("in.x." + std::to_string(i)); ++i) {
        xs.push_back(c.in("in.x." + std::to_string(i)));
        contexts.push_back(c.in("in.context." + std::to_string(i)));
    }
    if (xs.empty()) throw std::runtime_error(c.io.path() + ": a DiT case needs 'in.x' or 'in.x.0', 'in.x.1', ...");
    auto ys = dit->forward(xs, t, contexts, seqLen);
    for (size_t i = 0; i < ys.size(); ++i) out["out.x." + std::to_string(i)] = ys[i];
}

}  // namespace tessera::golden
