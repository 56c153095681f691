#include "io/state_dict.h"

#include <set>

#include "io/tensor_io.h"

namespace tessera {

void loadStateDict(torch::nn::Module& module, const TensorLookup& lookup, const std::vector<std::string>& available,
                   const LoadOptions& options, const std::string& what) {
    torch::NoGradGuard noGrad;
    std::set<std::string> used;
    std::vector<std::string> missing;
    auto copyInto = [&](const std::string& key, torch::Tensor& target) {
        const std::string name = options.rename ? options.rename(key) : options.prefix + key;
        const TensorView* v = lookup(name);
        if (!v) {
            missing.push_back(name);
            return;
        }
        if (!std::equal(v->shape.begin(), v->shape.end(), target.sizes().begin(), target.sizes().end()))
            throw TensorFileError(what + ": tensor '" + name + "' has shape " + shapeString(v->shape) +
                                  " but the model expects " + shapeString(target.sizes()) +
                                  " (a checkpoint of another size or architecture?)");
        torch::Tensor src = viewToTensor(*v);
        if (v->dtype == DType::F8E4M3 || v->dtype == DType::F8E5M2) {
            src = src.to(torch::kFloat32);
            if (const TensorView* scale = options.scaleOf ? options.scaleOf(name) : nullptr) {
                if (scale->numel() != 1)
                    throw TensorFileError(what + ": scale of '" + name + "' has " + std::to_string(scale->numel()) +
                                          " values; only one scale per tensor is supported");
                src = src * viewToTensor(*scale).to(torch::kFloat32).reshape({});
            }
        }
        target.copy_(src.to(target.scalar_type()));
        used.insert(name);
    };
    for (auto& p : module.named_parameters(/*recurse=*/true)) copyInto(p.key(), p.value());
    for (auto& b : module.named_buffers(/*recurse=*/true)) copyInto(b.key(), b.value());
    if (!missing.empty()) {
        std::string list;
        for (size_t i = 0; i < missing.size() && i < 5; ++i) list += (i ? ", " : "") + ("'" + missing[i] + "'");
        if (missing.size() > 5) list += " and " + std::to_string(missing.size() - 5) + " more";
        throw TensorFileError(what + ": missing tensor " + list + " (incomplete or different architecture)");
    }
    for (const auto& name : available) {
        if (!options.rename && options.prefix.size() && name.compare(0, options.prefix.size(), options.prefix) != 0) continue;
        if (used.count(name) || (options.ignoreExtra && options.ignoreExtra(name))) continue;
        throw TensorFileError(what + ": unexpected tensor '" + name +
                              "' that the model does not have (different architecture or config?)");
    }
    module.to(options.device);
    // Floating parameters take the run dtype; integer buffers keep theirs.
    for (auto& p : module.parameters(true))
        if (p.is_floating_point()) p.set_data(p.data().to(options.dtype));
    for (auto& b : module.buffers(true))
        if (b.is_floating_point()) b.set_data(b.data().to(options.dtype));
}

void loadStateDict(torch::nn::Module& module, const TensorCheckpoint& checkpoint, const LoadOptions& options) {
    std::vector<std::string> names;
    for (const TensorView* t : checkpoint.tensors()) names.push_back(t->name);
    loadStateDict(
        module, [&](const std::string& n) { return checkpoint.find(n); }, names, options, checkpoint.path());
}

}  // namespace tessera
