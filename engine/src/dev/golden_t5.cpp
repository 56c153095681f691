// Golden runner for the umT5 text encoder (kind wan21.t5.io): padded token ids -> embeddings, and
// the relative-position bucket table for r = -200..200.
#include "dev/golden_case.h"
#include "io/state_dict.h"
#include "models/t5.h"

namespace tessera::golden {

void runT5(const Case& c, Outputs& out) {
    if (!c.weights) throw std::runtime_error(c.io.path() + ": a T5 case needs its weights file");
    T5Encoder t5(T5Config::fromJson(c.config));
    std::vector<std::string> names;
    for (const auto& t : c.weights->tensors()) names.push_back(t.name);
    LoadOptions load;
    load.device = c.device;
    loadStateDict(
        *t5, [&](const std::string& n) { return c.weights->find(n); }, names, load, c.weights->path());
    t5->eval();

    out["out.x"] = t5->forward(c.in("in.ids"), c.in("in.mask"));  // [B, L, dim]
    const torch::Tensor relPos = torch::arange(-200, 201, torch::TensorOptions().dtype(torch::kInt64));
    out["out.rel_pos"] = relPos;
    out["out.rel_bucket"] = relativePositionBucket(relPos, t5->config().numBuckets);
}

}  // namespace tessera::golden
