#pragma once
// Flow-matching samplers with a shifted sigma schedule, as Wan 2.1 uses them:
// UniPC (bh2, predict-x0, predictor-corrector), DPM++ 2M (midpoint), plain Euler and Euler ancestral.
// x_t = (1 - sigma) * x0 + sigma * noise; the model predicts the velocity v = noise - x0.
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace tessera {

enum class Solver { Invalid = 0, UniPC, DPMpp, Euler, EulerAncestral };

/// Parses "unipc", "dpmpp"/"dpm++", "euler", "euler_a"/"euler_ancestral"; Solver::Invalid when unknown.
Solver solverFromName(const std::string& name);
const char* solverName(Solver solver);
/// "unipc, dpmpp, euler or euler_a": the names samplerNames() lists, for error messages.
std::string solverNamesText();

/// Sigma schedule of a sampling run: `steps` timesteps (int, what the DiT receives) and
/// steps+1 sigmas ending in 0 (float32 values, as the solvers use them).
struct Schedule {
    std::vector<int64_t> timesteps;
    std::vector<float> sigmas;
};

/// sigma' = shift * sigma / (1 + (shift - 1) * sigma).
double shiftSigma(double sigma, double shift);

/// The schedule Wan 2.1's text2video uses for `solver` (UniPC: from sigma_max 0.999; DPM++ and
/// Euler, ancestral too: from 1.0), with `numTrainTimesteps` (1000). Throws std::invalid_argument for steps < 1
/// or shift <= 0.
Schedule makeSchedule(Solver solver, int steps, double shift, int numTrainTimesteps = 1000);

/// Standard normal noise of `sizes` ([C, T, H, W]) drawn on the CPU from `gen`, with a share
/// `frameShare` (in [0, 1)) of its variance common to all T frames: sqrt(a) * shared + sqrt(1 - a) *
/// per-frame (the "mixed" video noise prior of Ge et al. 2023, PYoCo). Each value stays N(0, 1); two
/// frames' noises correlate by `frameShare`, so the highest noise levels already agree on a layout
/// across frames. 0 draws exactly what torch::randn(sizes, gen) draws.
/// `offset` > 0 adds offset noise (Guttenberg 2023): offset * d with d ~ N(0, 1) one value per
/// channel, the same at every frame and position, drawn after the rest (so offset 0 draws what it
/// drew before). A DiT trained with it cannot read a clip's overall colour (its background) off the
/// noise at the highest noise levels, where nothing but the text should decide it.
torch::Tensor flowNoise(at::IntArrayRef sizes, at::Generator& gen, double frameShare, double offset = 0);

/// A stateful multistep solver: call step() once per timestep, in order.
class FlowSolver {
public:
    virtual ~FlowSolver() = default;
    /// Advances sample x (sigma_i) to sigma_{i+1} given the (guided) velocity v at step i.
    /// Shapes of v and x are equal and arbitrary.
    virtual torch::Tensor step(const torch::Tensor& v, const torch::Tensor& x) = 0;
    /// Steps done so far.
    virtual int stepIndex() const = 0;
    const Schedule& schedule() const { return schedule_; }

protected:
    explicit FlowSolver(Schedule s) : schedule_(std::move(s)) {}
    Schedule schedule_;
};

/// A fresh solver of the given kind over `schedule`. The ancestral solver draws fresh noise at every
/// step on the CPU from `noiseSeed` (the others ignore it), so a seed gives the same result anywhere;
/// that noise is flowNoise(x's sizes, frameShare, offset), so x must then be [C, T, H, W] when frameShare > 0.
std::unique_ptr<FlowSolver> makeSolver(Solver solver, const Schedule& schedule, uint64_t noiseSeed = 0,
                                       double frameShare = 0, double offset = 0);

}  // namespace tessera
