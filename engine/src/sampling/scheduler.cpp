#include "sampling/scheduler.h"

#include "tessera/pipeline.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "io/tensor_io.h"

namespace tessera {

Solver solverFromName(const std::string& name) {
    if (name == "unipc") return Solver::UniPC;
    if (name == "dpmpp" || name == "dpm++") return Solver::DPMpp;
    if (name == "euler") return Solver::Euler;
    if (name == "euler_a" || name == "euler_ancestral") return Solver::EulerAncestral;
    return Solver::Invalid;
}

const char* solverName(Solver solver) {
    switch (solver) {
        case Solver::UniPC:
            return "unipc";
        case Solver::DPMpp:
            return "dpmpp";
        case Solver::Euler:
            return "euler";
        case Solver::EulerAncestral:
            return "euler_a";
        case Solver::Invalid:
            break;
    }
    return "invalid";
}

const std::vector<std::string>& samplerNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (Solver s : {Solver::UniPC, Solver::DPMpp, Solver::Euler, Solver::EulerAncestral}) out.push_back(solverName(s));
        return out;
    }();
    return names;
}

std::string solverNamesText() {
    const auto& names = samplerNames();
    std::string text;
    for (size_t i = 0; i < names.size(); ++i) text += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return text;
}

double shiftSigma(double sigma, double shift) {
    return shift * sigma / (1.0 + (shift - 1.0) * sigma);
}

Schedule makeSchedule(Solver solver, int steps, double shift, int numTrainTimesteps) {
    if (solver == Solver::Invalid)
        throw std::invalid_argument("sampling schedule: unknown solver (use " + solverNamesText() + ")");
    if (steps < 1)
        throw std::invalid_argument("sampling schedule: steps must be at least 1, got " + std::to_string(steps));
    if (!(shift > 0) || !std::isfinite(shift))
        throw std::invalid_argument("sampling schedule: shift must be a positive number, got " + std::to_string(shift));
    if (numTrainTimesteps < 2)
        throw std::invalid_argument("sampling schedule: numTrainTimesteps must be at least 2, got " +
                                    std::to_string(numTrainTimesteps));

    // UniPC starts from the largest training sigma 1 - 1/T as the scheduler stores it (float32, so
    // 0.999 becomes 0.99900001287...). DPM++ and Euler get explicit sigmas starting at exactly 1.
    const double sigmaMax =
        solver == Solver::UniPC ? static_cast<double>(static_cast<float>(1.0 - 1.0 / numTrainTimesteps)) : 1.0;
    // numpy's linspace(sigmaMax, 0, steps + 1): start + i * step, in float64.
    const double step = (0.0 - sigmaMax) / steps;

    Schedule s;
    s.timesteps.reserve(steps);
    s.sigmas.reserve(steps + 1);
    for (int i = 0; i < steps; ++i) {
        const double sigma = shiftSigma(i * step + sigmaMax, shift);
        // The DiT receives the truncated integer; the solver keeps the unrounded sigma (as float32).
        s.timesteps.push_back(static_cast<int64_t>(sigma * numTrainTimesteps));
        s.sigmas.push_back(static_cast<float>(sigma));
    }
    s.sigmas.push_back(0.0f);
    return s;
}

namespace {

// The official solvers do their scalar arithmetic on float32 0-dim tensors; doing the same here
// (instead of double math) reproduces their roundings, including the infinities at sigma 0 and 1.
using Scalar = torch::Tensor;

Scalar scalar(float v) {
    return torch::scalar_tensor(v, torch::kFloat32);
}

double value(const Scalar& s) {
    return static_cast<double>(s.item<float>());
}

// Flow matching: alpha = 1 - sigma, lambda = ln(alpha) - ln(sigma) (inf at sigma 0, -inf at sigma 1).
Scalar alphaOf(const Scalar& sigma) {
    return 1 - sigma;
}
Scalar lambdaOf(const Scalar& sigma) {
    return torch::log(alphaOf(sigma)) - torch::log(sigma);
}

// Solver math runs in float32 (float64 stays float64) whatever the model's dtype.
torch::ScalarType computeType(const torch::Tensor& x) {
    return torch::promote_types(x.scalar_type(), torch::kFloat32);
}

void checkSchedule(const Schedule& s, Solver solver) {
    if (s.timesteps.empty())
        throw std::invalid_argument(std::string(solverName(solver)) + " solver: the schedule has no steps");
    if (s.sigmas.size() != s.timesteps.size() + 1)
        throw std::invalid_argument(std::string(solverName(solver)) + " solver: a schedule of " +
                                    std::to_string(s.timesteps.size()) + " steps needs " +
                                    std::to_string(s.timesteps.size() + 1) + " sigmas, got " +
                                    std::to_string(s.sigmas.size()));
    // Every step divides by its sigma; sigma 1 (pure noise, log-SNR -inf) is fine for all three.
    for (size_t i = 0; i + 1 < s.sigmas.size(); ++i)
        if (!(s.sigmas[i] > 0.0f && s.sigmas[i] <= 1.0f))
            throw std::invalid_argument(std::string(solverName(solver)) + " solver: sigma " + std::to_string(i) +
                                        " is " + std::to_string(s.sigmas[i]) + ", must be in (0, 1]");
    if (!(s.sigmas.back() >= 0.0f && s.sigmas.back() < 1.0f))
        throw std::invalid_argument(std::string(solverName(solver)) + " solver: the final sigma is " +
                                    std::to_string(s.sigmas.back()) + ", must be in [0, 1)");
}

class SolverBase : public FlowSolver {
public:
    SolverBase(Schedule s, Solver kind) : FlowSolver(std::move(s)), kind_(kind) {
        for (float v : schedule_.sigmas) sigmas_.push_back(scalar(v));
    }
    int stepIndex() const override { return step_; }

protected:
    int steps() const { return static_cast<int>(schedule_.timesteps.size()); }
    // Checks the call and returns v, x in the compute dtype.
    std::pair<torch::Tensor, torch::Tensor> begin(const torch::Tensor& v, const torch::Tensor& x) const {
        if (step_ >= steps())
            throw std::logic_error(std::string(solverName(kind_)) + " solver: step " + std::to_string(step_ + 1) +
                                   " called but the schedule has only " + std::to_string(steps()) + " steps");
        if (v.sizes() != x.sizes())
            throw std::invalid_argument(std::string(solverName(kind_)) + " solver: velocity " + shapeString(v.sizes()) +
                                        " and sample " + shapeString(x.sizes()) + " differ in shape");
        const auto t = computeType(x);
        return {v.to(t), x.to(t)};
    }

    Solver kind_;
    std::vector<Scalar> sigmas_;  // schedule_.sigmas as float32 0-dim CPU tensors
    int step_ = 0;
};

// Euler: x_{i+1} = x_i + (sigma_{i+1} - sigma_i) * v_i.
class EulerSolver : public SolverBase {
public:
    explicit EulerSolver(Schedule s) : SolverBase(std::move(s), Solver::Euler) {}

    torch::Tensor step(const torch::Tensor& v, const torch::Tensor& x) override {
        auto [vf, xf] = begin(v, x);
        const double dt = value(sigmas_[step_ + 1] - sigmas_[step_]);
        ++step_;
        return (xf + vf * dt).to(x.scalar_type());
    }
};

// Euler ancestral, for flow matching: every step forms the clean-latent estimate x0 = x - sigma v and
// noises it afresh to the next sigma, x' = (1 - sigma') x0 + sigma' z with new noise z. Unlike the
// deterministic solvers it does not carry the model's error in the noise estimate along the
// trajectory; the last step (sigma' = 0) returns x0. The noise is drawn on the CPU from the seed.
class EulerAncestralSolver : public SolverBase {
public:
    EulerAncestralSolver(Schedule s, uint64_t seed, double frameShare, double offset)
        : SolverBase(std::move(s), Solver::EulerAncestral),
          gen_(at::make_generator<at::CPUGeneratorImpl>(seed)),
          frameShare_(frameShare),
          offset_(offset) {}

    torch::Tensor step(const torch::Tensor& v, const torch::Tensor& x) override {
        auto [vf, xf] = begin(v, x);
        const double sigma = value(sigmas_[step_]), next = value(sigmas_[step_ + 1]);
        ++step_;
        auto x0 = xf - sigma * vf;
        if (next == 0.0) return x0.to(x.scalar_type());
        auto z = flowNoise(xf.sizes(), gen_, frameShare_, offset_).to(xf.device(), xf.scalar_type());
        return ((1.0 - next) * x0 + next * z).to(x.scalar_type());
    }

private:
    at::Generator gen_;
    double frameShare_;
    double offset_;
};

// DPM-Solver++ 2M, midpoint variant, in data (x0) prediction; first and last steps are first order.
class DpmppSolver : public SolverBase {
public:
    explicit DpmppSolver(Schedule s) : SolverBase(std::move(s), Solver::DPMpp) {}

    torch::Tensor step(const torch::Tensor& v, const torch::Tensor& x) override {
        auto [vf, xf] = begin(v, x);
        const int i = step_;
        const Scalar& sigmaS = sigmas_[i];
        const Scalar& sigmaT = sigmas_[i + 1];
        torch::Tensor m = xf - vf * value(sigmaS);  // x0 prediction

        const Scalar lambdaT = lambdaOf(sigmaT), lambdaS = lambdaOf(sigmaS);
        const Scalar h = lambdaT - lambdaS;
        // alpha_t * (e^{-h} - 1); e^{-h} is 0 when sigma_s is 1 (lambda_s = -inf).
        const Scalar coeff = alphaOf(sigmaT) * (torch::exp(-h) - 1.0);
        torch::Tensor out = xf * value(sigmaT / sigmaS) - m * value(coeff);
        const bool firstOrder = i == 0 || i == steps() - 1;
        if (!firstOrder) {
            const Scalar h0 = lambdaS - lambdaOf(sigmas_[i - 1]);
            const Scalar r0 = h0 / h;
            torch::Tensor d1 = (m - prevM_) * value(1.0 / r0);
            out = out - d1 * value(0.5 * coeff);
        }
        prevM_ = m;
        ++step_;
        return out.to(x.scalar_type());
    }

private:
    torch::Tensor prevM_;  // x0 prediction of the previous step
};

// UniPC (bh2, predict-x0): a UniC corrector on the received sample, then a UniP predictor.
// Notation as in the golden-data README: m_i = x_i - sigma_i * v_i, x̂_i the corrected sample.
class UniPCSolver : public SolverBase {
public:
    explicit UniPCSolver(Schedule s) : SolverBase(std::move(s), Solver::UniPC) {}

    torch::Tensor step(const torch::Tensor& v, const torch::Tensor& x) override {
        auto [vf, xf] = begin(v, x);
        const int i = step_;
        // m_i always comes from the sample as received, before the corrector.
        torch::Tensor m = xf - vf * value(sigmas_[i]);
        torch::Tensor xHat = i == 0 ? xf : correct(m);

        // Predictor order: 1 on the warm-up step and on the last step (lower_order_final), else 2.
        const int order = std::min({kOrder, steps() - i, i + 1});
        torch::Tensor next = predict(xHat, m, order);

        lastOrder_ = order;
        lastSample_ = xHat;
        mPrev2_ = mPrev_;
        mPrev_ = m;
        ++step_;
        return next.to(x.scalar_type());
    }

private:
    static constexpr int kOrder = 2;

    // UniC: x̂_i from x̂_{i-1}, m_{i-1} (and m_{i-2} when step i-1 used order 2) and m_i.
    torch::Tensor correct(const torch::Tensor& m) const {
        const int i = step_;
        const Scalar& sigmaT = sigmas_[i];
        const Scalar& sigmaS = sigmas_[i - 1];
        const Scalar alphaT = alphaOf(sigmaT);
        const Scalar lambdaS = lambdaOf(sigmaS);
        const Scalar h = lambdaOf(sigmaT) - lambdaS;
        const Scalar hh = -h;
        const Scalar bh = torch::expm1(hh);  // B(h); also h*phi_1 in bh2
        torch::Tensor out = lastSample_ * value(sigmaT / sigmaS) - mPrev_ * value(alphaT * bh);

        torch::Tensor dt = m - mPrev_;
        torch::Tensor res;
        if (lastOrder_ == 1) {
            res = dt * 0.5;
        } else {
            const Scalar rk = (lambdaOf(sigmas_[i - 2]) - lambdaS) / h;
            torch::Tensor d = (mPrev2_ - mPrev_) / value(rk);
            // rho solves [[1, 1], [r, 1]] rho = [b1, b2] with g1 = (e^u - 1)/u - 1, g2 = g1/u - 1/2, u = -h.
            Scalar g = bh / hh - 1;
            const Scalar b1 = g * 1 / bh;
            g = g / hh - 0.5;
            const Scalar b2 = g * 2 / bh;
            const torch::Tensor r = torch::stack({torch::ones({2}, torch::kFloat32), torch::stack({rk, scalar(1)})});
            const torch::Tensor rho = torch::linalg_solve(r, torch::stack({b1, b2}));
            res = d * value(rho[0]) + dt * value(rho[1]);
        }
        return out - res * value(alphaT * bh);
    }

    // UniP from sigma_i to sigma_{i+1}, starting at x̂_i.
    torch::Tensor predict(const torch::Tensor& xHat, const torch::Tensor& m, int order) const {
        const int i = step_;
        const Scalar& sigmaT = sigmas_[i + 1];
        const Scalar& sigmaS = sigmas_[i];
        const Scalar alphaT = alphaOf(sigmaT);
        const Scalar lambdaS = lambdaOf(sigmaS);
        const Scalar h = lambdaOf(sigmaT) - lambdaS;
        const Scalar bh = torch::expm1(-h);  // at sigma_{i+1} = 0: h = inf, B = -1, so the result is m_i
        torch::Tensor out = xHat * value(sigmaT / sigmaS) - m * value(alphaT * bh);
        if (order == 2) {
            const Scalar rk = (lambdaOf(sigmas_[i - 1]) - lambdaS) / h;
            torch::Tensor d = (mPrev_ - m) / value(rk);
            out = out - (d * 0.5) * value(alphaT * bh);
        }
        return out;
    }

    int lastOrder_ = 0;
    torch::Tensor lastSample_;  // x̂_{i-1}
    torch::Tensor mPrev_;       // m_{i-1}
    torch::Tensor mPrev2_;      // m_{i-2}
};

}  // namespace

torch::Tensor flowNoise(at::IntArrayRef sizes, at::Generator& gen, double frameShare, double offset) {
    if (!(frameShare >= 0.0 && frameShare < 1.0)) throw std::invalid_argument("flowNoise: the frame share must be in [0, 1)");
    if (!(offset >= 0.0 && offset < 1.0)) throw std::invalid_argument("flowNoise: the offset must be in [0, 1)");
    if ((frameShare > 0.0 || offset > 0.0) && sizes.size() != 4)
        throw std::invalid_argument("flowNoise: frame-shared and offset noise need [C, T, H, W] sizes");
    auto noise = torch::randn(sizes, gen, torch::kFloat32);
    if (frameShare > 0.0) {
        auto shared = torch::randn({sizes[0], 1, sizes[2], sizes[3]}, gen, torch::kFloat32);
        noise = std::sqrt(frameShare) * shared + std::sqrt(1.0 - frameShare) * noise;
    }
    if (offset > 0.0) noise = noise + offset * torch::randn({sizes[0], 1, 1, 1}, gen, torch::kFloat32);
    return noise;
}

std::unique_ptr<FlowSolver> makeSolver(Solver solver, const Schedule& schedule, uint64_t noiseSeed, double frameShare,
                                       double offset) {
    switch (solver) {
        case Solver::UniPC:
            checkSchedule(schedule, solver);
            return std::make_unique<UniPCSolver>(schedule);
        case Solver::DPMpp:
            checkSchedule(schedule, solver);
            return std::make_unique<DpmppSolver>(schedule);
        case Solver::Euler:
            checkSchedule(schedule, solver);
            return std::make_unique<EulerSolver>(schedule);
        case Solver::EulerAncestral:
            checkSchedule(schedule, solver);
            return std::make_unique<EulerAncestralSolver>(schedule, noiseSeed, frameShare, offset);
        case Solver::Invalid:
            break;
    }
    throw std::invalid_argument("makeSolver: unknown solver (use " + solverNamesText() + ")");
}

}  // namespace tessera
