// Golden runner for the Wan 2.1 VAE (kind wan21.vae.io): encode in.x, decode in.z.
#include "dev/golden_case.h"
#include "io/state_dict.h"
#include "models/vae.h"

namespace tessera::golden {

void runVae(const Case& c, Outputs& out) {
    if (!c.weights) throw std::runtime_error(c.io.path() + ": a VAE case needs its weights file");
    WanVAE vae(VaeConfig::fromJson(c.config));
    std::vector<std::string> names;
    for (const auto& t : c.weights->tensors()) names.push_back(t.name);
    LoadOptions load;
    load.device = c.device;
    loadStateDict(
        *vae, [&](const std::string& n) { return c.weights->find(n); }, names, load, c.weights->path());
    vae->eval();

    const torch::Tensor mean = c.in("in.scale_mean"), invStd = c.in("in.scale_inv_std");
    torch::Tensor muRaw, logVar;
    out["out.mu"] = vae->encode(c.in("in.x"), mean, invStd, &muRaw, &logVar);
    out["out.mu_raw"] = muRaw;
    out["out.log_var"] = logVar;

    const torch::Tensor z = c.in("in.z");
    out["out.decoded"] = vae->decode(z, mean, invStd);
    DecodeOptions clamped;
    clamped.clamp = true;
    out["out.decoded_clamped"] = vae->decode(z, mean, invStd, clamped);
}

}  // namespace tessera::golden
