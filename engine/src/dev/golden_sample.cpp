// Golden runner for a whole text-to-video sampling run (kind wan21.sample.io), step by step as
// the official WanT2V.generate: per integer timestep the DiT is called with the conditional and
// then the unconditional context, the two are combined with classifier-free guidance, and the
// solver advances the latent.
#include "dev/golden_case.h"
#include "models/dit.h"
#include "sampling/scheduler.h"

namespace tessera::golden {

void runSample(const Case& c, Outputs& out) {
    const std::string& file = c.io.path();
    if (!c.weights) throw std::runtime_error(file + ": a sampling case needs its DiT weights file");
    auto field = [&](const char* key) -> const nlohmann::json& {
        if (!c.info.contains(key)) throw std::runtime_error(file + ": case JSON has no '" + key + "'");
        return c.info[key];
    };
    const Solver solver = solverFromName(field("solver").get<std::string>());
    if (solver == Solver::Invalid)
        throw std::runtime_error(file + ": unknown solver '" + field("solver").get<std::string>() + "'");
    const int steps = field("steps").get<int>();
    const double shift = field("shift").get<double>(), guide = field("guide_scale").get<double>();
    const int numTrain = c.info.value("num_train_timesteps", 1000);

    LoadOptions load;
    load.device = c.device;
    WanModel dit = loadWanModel(*c.weights, DitConfig::fromJson(c.config), load);

    const Schedule schedule = makeSchedule(solver, steps, shift, numTrain);
    auto stepper = makeSolver(solver, schedule);
    const torch::Tensor cond = c.in("in.context_cond"), uncond = c.in("in.context_uncond");
    const int64_t seqLen = c.in("in.seq_len").item<int64_t>();

    torch::Tensor x = c.in("in.noise");  // [C, F, H, W]
    std::vector<torch::Tensor> predsCond, predsUncond, preds, latents;
    for (int64_t timestep : schedule.timesteps) {
        const auto t = torch::tensor({timestep}, torch::TensorOptions().dtype(torch::kInt64).device(c.device));
        auto vCond = dit->forward({x}, t, {cond}, seqLen)[0];
        auto vUncond = dit->forward({x}, t, {uncond}, seqLen)[0];
        auto v = vUncond + guide * (vCond - vUncond);
        x = stepper->step(v.unsqueeze(0), x.unsqueeze(0)).squeeze(0);
        predsCond.push_back(vCond);
        predsUncond.push_back(vUncond);
        preds.push_back(v);
        latents.push_back(x);
    }
    out["out.timesteps"] = torch::tensor(schedule.timesteps, torch::TensorOptions().dtype(torch::kInt64));
    out["out.sigmas"] = torch::tensor(schedule.sigmas, torch::TensorOptions().dtype(torch::kFloat32));
    out["out.noise_pred_cond"] = torch::stack(predsCond);
    out["out.noise_pred_uncond"] = torch::stack(predsUncond);
    out["out.noise_pred"] = torch::stack(preds);
    out["out.latents"] = torch::stack(latents);
    out["out.x"] = x;
}

}  // namespace tessera::golden
