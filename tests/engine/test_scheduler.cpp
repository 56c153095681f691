// Flow-matching schedules and solvers (engine/src/sampling/scheduler.cpp). The official step
// sequences are checked by the golden case `sched`; these tests cover the schedule examples of the
// golden README, argument checking, and exactness on straight-line flows.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "sampling/scheduler.h"
#include "tessera/pipeline.h"

namespace {

using namespace tessera;

template <typename F>
std::string errorOf(F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

// max |a - b| as a double, for messages.
double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

TEST(Schedule, UniPCMatchesTheReadmeExamples) {
    // README, "UniPC schedule": N=10, shift 5.
    Schedule s = makeSchedule(Solver::UniPC, 10, 5.0);
    EXPECT_EQ(s.timesteps, (std::vector<int64_t>{999, 978, 952, 920, 882, 833, 768, 681, 555, 356}));
    ASSERT_EQ(s.sigmas.size(), 11u);
    EXPECT_EQ(s.sigmas.back(), 0.0f);

    // README, sample.io: N=4, shift 5 (out.timesteps and out.sigmas).
    Schedule s4 = makeSchedule(Solver::UniPC, 4, 5.0);
    EXPECT_EQ(s4.timesteps, (std::vector<int64_t>{999, 937, 833, 624}));
    EXPECT_EQ(s4.sigmas, (std::vector<float>{0.99979985f, 0.93726546f, 0.8330554f, 0.6246874f, 0.0f}));
}

TEST(Schedule, DpmppAndEulerStartAtSigmaOne) {
    for (Solver solver : {Solver::DPMpp, Solver::Euler}) {
        Schedule s = makeSchedule(solver, 10, 5.0);
        ASSERT_EQ(s.timesteps.size(), 10u) << solverName(solver);
        EXPECT_EQ(s.timesteps.front(), 1000) << solverName(solver);
        EXPECT_EQ(s.sigmas.front(), 1.0f) << solverName(solver);
        EXPECT_EQ(s.sigmas.back(), 0.0f) << solverName(solver);
        for (size_t i = 0; i + 1 < s.sigmas.size(); ++i)
            EXPECT_GT(s.sigmas[i], s.sigmas[i + 1]) << solverName(solver) << " sigma " << i;
        for (size_t i = 0; i < s.timesteps.size(); ++i) {
            // Truncated, not rounded: floor(1000 * sigma'(1 - i/10)).
            const double t = shiftSigma(1.0 - i / 10.0, 5.0) * 1000;
            EXPECT_LE(s.timesteps[i], t + 1e-9) << solverName(solver) << " timestep " << i;
            EXPECT_GT(s.timesteps[i], t - 1) << solverName(solver) << " timestep " << i;
        }
    }
}

TEST(Schedule, ShiftOneIsTheIdentityAndLargerShiftsKeepMoreNoise) {
    EXPECT_DOUBLE_EQ(shiftSigma(0.3, 1.0), 0.3);
    EXPECT_DOUBLE_EQ(shiftSigma(0.0, 7.0), 0.0);
    EXPECT_DOUBLE_EQ(shiftSigma(1.0, 7.0), 1.0);
    EXPECT_GT(shiftSigma(0.5, 5.0), shiftSigma(0.5, 3.0));
}

TEST(Schedule, RejectsInvalidArguments) {
    EXPECT_NE(errorOf([] { makeSchedule(Solver::UniPC, 0, 5.0); }).find("steps must be at least 1"), std::string::npos);
    EXPECT_NE(errorOf([] { makeSchedule(Solver::DPMpp, -3, 5.0); }).find("steps"), std::string::npos);
    EXPECT_NE(errorOf([] { makeSchedule(Solver::UniPC, 10, 0.0); }).find("shift must be a positive number"),
              std::string::npos);
    EXPECT_NE(errorOf([] { makeSchedule(Solver::Euler, 10, -1.0); }).find("shift"), std::string::npos);
    EXPECT_NE(errorOf([] { makeSchedule(Solver::Euler, 10, std::nan("")); }).find("shift"), std::string::npos);
    EXPECT_THROW(makeSchedule(Solver::UniPC, 0, 5.0), std::invalid_argument);
    EXPECT_NE(errorOf([] { makeSchedule(Solver::Invalid, 10, 5.0); }).find("unknown solver"), std::string::npos);
}

TEST(Solver, NamesParseAndUnknownNamesAreRejected) {
    EXPECT_EQ(solverFromName("unipc"), Solver::UniPC);
    EXPECT_EQ(solverFromName("dpmpp"), Solver::DPMpp);
    EXPECT_EQ(solverFromName("dpm++"), Solver::DPMpp);
    EXPECT_EQ(solverFromName("euler"), Solver::Euler);
    EXPECT_EQ(solverFromName("euler_a"), Solver::EulerAncestral);
    EXPECT_EQ(solverFromName("euler_ancestral"), Solver::EulerAncestral);
    EXPECT_EQ(solverFromName("ddim"), Solver::Invalid);
    EXPECT_EQ(solverFromName(""), Solver::Invalid);
    for (Solver s : {Solver::UniPC, Solver::DPMpp, Solver::Euler, Solver::EulerAncestral})
        EXPECT_EQ(solverFromName(solverName(s)), s);
    // The public list (menus, --sampler) is every solver once, by its canonical name.
    EXPECT_EQ(samplerNames(), (std::vector<std::string>{"unipc", "dpmpp", "euler", "euler_a"}));
    EXPECT_EQ(solverNamesText(), "unipc, dpmpp, euler or euler_a");
    Schedule sched = makeSchedule(Solver::Euler, 4, 3.0);
    EXPECT_NE(errorOf([&] { makeSolver(solverFromName("heun"), sched); }).find("unknown solver (use unipc, dpmpp, euler or euler_a)"),
              std::string::npos);
}

TEST(Solver, RejectsMalformedSchedulesAndCalls) {
    Schedule bad = makeSchedule(Solver::UniPC, 4, 3.0);
    bad.sigmas.pop_back();
    EXPECT_NE(errorOf([&] { makeSolver(Solver::UniPC, bad); }).find("needs 5 sigmas"), std::string::npos);
    EXPECT_THROW(makeSolver(Solver::DPMpp, Schedule{}), std::invalid_argument);
    Schedule tooLarge = makeSchedule(Solver::DPMpp, 4, 3.0);
    tooLarge.sigmas[0] = 1.5f;
    EXPECT_NE(errorOf([&] { makeSolver(Solver::UniPC, tooLarge); }).find("sigma 0 is 1.5"), std::string::npos);
    Schedule negative = makeSchedule(Solver::DPMpp, 4, 3.0);
    negative.sigmas[2] = -0.5f;
    EXPECT_NE(errorOf([&] { makeSolver(Solver::DPMpp, negative); }).find("sigma 2 is -0.5"), std::string::npos);

    auto solver = makeSolver(Solver::Euler, makeSchedule(Solver::Euler, 2, 3.0));
    torch::Tensor x = torch::zeros({2, 3});
    EXPECT_NE(errorOf([&] { solver->step(torch::zeros({3, 2}), x); }).find("differ in shape"), std::string::npos);
    solver->step(x, x);
    solver->step(x, x);
    EXPECT_EQ(solver->stepIndex(), 2);
    EXPECT_NE(errorOf([&] { solver->step(x, x); }).find("only 2 steps"), std::string::npos);
}

// On the straight path x_t = (1 - sigma) x0 + sigma * noise the velocity noise - x0 is constant.
// Euler integrates it exactly: every step lands on the path, the last one on x0.
TEST(Solver, EulerIntegratesALinearVelocityFieldExactly) {
    torch::manual_seed(3);
    torch::Tensor x0 = torch::randn({2, 3, 4}), noise = torch::randn({2, 3, 4});
    torch::Tensor v = noise - x0;
    Schedule s = makeSchedule(Solver::Euler, 7, 5.0);
    auto solver = makeSolver(Solver::Euler, s);
    torch::Tensor x = noise;  // sigma_0 = 1
    for (int i = 0; i < 7; ++i) {
        x = solver->step(v, x);
        torch::Tensor onPath = (1.0 - s.sigmas[i + 1]) * x0 + s.sigmas[i + 1] * noise;
        EXPECT_LT(maxAbsDiff(x, onPath), 1e-5) << "after step " << i;
    }
    EXPECT_LT(maxAbsDiff(x, x0), 1e-5);
    EXPECT_EQ(solver->stepIndex(), 7);
}

// The x0 prediction x - sigma * v is the same at every step of a straight path, so every
// multistep correction vanishes and all solvers must end at x0.
TEST(Solver, AllSolversEndAtX0ForAConstantVelocityField) {
    torch::manual_seed(4);
    torch::Tensor x0 = torch::randn({3, 2, 4, 6}), noise = torch::randn({3, 2, 4, 6});
    torch::Tensor v = noise - x0;
    for (Solver kind : {Solver::UniPC, Solver::DPMpp, Solver::Euler}) {
        for (int steps : {1, 2, 3, 10}) {
            // Also over a schedule starting at sigma 1 (log-SNR -inf), which UniPC's own never does.
            for (Solver scheduleOf : {kind, Solver::DPMpp}) {
                Schedule s = makeSchedule(scheduleOf, steps, 5.0);
                auto solver = makeSolver(kind, s);
                torch::Tensor x = (1.0 - s.sigmas[0]) * x0 + s.sigmas[0] * noise;
                for (int i = 0; i < steps; ++i) x = solver->step(v, x);
                EXPECT_LT(maxAbsDiff(x, x0), 2e-5)
                    << solverName(kind) << " with " << steps << " steps from sigma " << s.sigmas[0];
            }
        }
    }
}

// README: with a final sigma of 0 the last UniPC step returns exactly x_{N-1} - sigma_{N-1} v_{N-1},
// whatever the history (its corrector has no effect on the result).
TEST(Solver, UniPCLastStepReturnsTheX0Prediction) {
    torch::manual_seed(5);
    Schedule s = makeSchedule(Solver::UniPC, 5, 3.0);
    auto solver = makeSolver(Solver::UniPC, s);
    torch::Tensor x = torch::randn({4, 5});
    for (int i = 0; i < 4; ++i) x = solver->step(torch::randn({4, 5}), x);
    torch::Tensor v = torch::randn({4, 5});
    torch::Tensor expected = x - v * static_cast<double>(s.sigmas[4]);
    EXPECT_TRUE(torch::equal(solver->step(v, x), expected));
}

TEST(Solver, Bf16InputsGiveBf16ResultsCloseToFloat32) {
    torch::manual_seed(6);
    torch::Tensor x0 = torch::randn({8, 8}), noise = torch::randn({8, 8});
    for (Solver kind : {Solver::UniPC, Solver::DPMpp, Solver::Euler}) {
        Schedule s = makeSchedule(kind, 6, 5.0);
        auto f32 = makeSolver(kind, s), bf16 = makeSolver(kind, s);
        torch::Tensor x = (1.0 - s.sigmas[0]) * x0 + s.sigmas[0] * noise, xb = x.to(torch::kBFloat16);
        for (int i = 0; i < 6; ++i) {
            torch::Tensor v = torch::randn({8, 8});
            x = f32->step(v, x);
            // A bf16 model output and sample: the result keeps the sample's dtype.
            xb = bf16->step(v.to(torch::kBFloat16), xb);
            ASSERT_EQ(xb.scalar_type(), torch::kBFloat16) << solverName(kind);
        }
        auto f64 = makeSolver(kind, s);
        EXPECT_EQ(f64->step(x0.to(torch::kFloat64), noise.to(torch::kFloat64)).scalar_type(), torch::kFloat64);
        EXPECT_LT(maxAbsDiff(xb, x), 0.1 * std::max(1.0, x.abs().max().item<double>())) << solverName(kind);
    }
}

}  // namespace

// Euler ancestral: each step noises the clean estimate x - sigma v afresh to the next sigma. With the
// exact velocity of a single data point c, every step's estimate is c, so the result is c whatever
// the noise; a step's residual around (1 - sigma') c is fresh noise of std sigma' (not the start's
// noise), the same seed repeats it and another seed does not.
TEST(Solver, EulerAncestralRenoisesTheCleanEstimateWithSeededNoise) {
    const Schedule sched = makeSchedule(Solver::EulerAncestral, 6, 3.0);
    EXPECT_FLOAT_EQ(sched.sigmas.front(), 1.0f);
    torch::manual_seed(3);
    const auto c = torch::randn({4, 3, 32, 32});
    const auto start = torch::randn({4, 3, 32, 32});
    auto run = [&](uint64_t seed, std::vector<torch::Tensor>* trace) {
        auto solver = makeSolver(Solver::EulerAncestral, sched, seed);
        torch::Tensor x = start;
        for (size_t i = 0; i + 1 < sched.sigmas.size(); ++i) {
            const double sigma = sched.sigmas[i];
            const auto eps = (x - (1.0 - sigma) * c) / sigma;  // the noise in x, given x0 = c
            x = solver->step(eps - c, x);
            if (trace) trace->push_back(x);
        }
        return x;
    };
    std::vector<torch::Tensor> trace;
    const auto out = run(11, &trace);
    EXPECT_TRUE(torch::allclose(out, c, 1e-5, 1e-5));
    const double next = sched.sigmas[1];
    const auto residual = (trace[0] - (1.0 - next) * c) / next;
    EXPECT_NEAR(residual.std().item<double>(), 1.0, 0.05);
    EXPECT_NEAR(residual.mean().item<double>(), 0.0, 0.05);
    // Fresh noise, not the starting noise carried along (as Euler would): nearly uncorrelated with it.
    EXPECT_LT(std::abs((residual * start).mean().item<double>()), 0.05);
    std::vector<torch::Tensor> again, other;
    run(11, &again);
    run(12, &other);
    EXPECT_TRUE(torch::equal(trace[2], again[2]));
    EXPECT_FALSE(torch::allclose(trace[2], other[2], 1e-3, 1e-3));
}

// Frame-shared noise: share 0 is exactly torch::randn; with share a each value stays N(0, 1) and two
// frames correlate by a; the same generator seed gives the same noise; a bad share or shape is refused.
TEST(FlowNoise, ShareZeroIsPlainNoiseAndAShareCorrelatesTheFrames) {
    auto gen = [](uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); };
    auto g0 = gen(5), g1 = gen(5);
    EXPECT_TRUE(torch::equal(flowNoise({4, 3, 16, 16}, g0, 0.0), torch::randn({4, 3, 16, 16}, g1, torch::kFloat32)));
    for (double a : {0.3, 0.7}) {
        auto g = gen(7);
        const auto n = flowNoise({8, 4, 32, 32}, g, a);
        EXPECT_NEAR(n.mean().item<double>(), 0.0, 0.03);
        EXPECT_NEAR(n.std().item<double>(), 1.0, 0.03);
        const auto f0 = n.select(1, 0), f3 = n.select(1, 3);
        EXPECT_NEAR((f0 * f3).mean().item<double>(), a, 0.03) << "share " << a;
        auto again = gen(7);
        EXPECT_TRUE(torch::equal(n, flowNoise({8, 4, 32, 32}, again, a)));
    }
    auto g = gen(1);
    EXPECT_THROW(flowNoise({4, 3, 8, 8}, g, 1.0), std::invalid_argument);
    EXPECT_THROW(flowNoise({4, 3, 8, 8}, g, -0.1), std::invalid_argument);
    EXPECT_THROW(flowNoise({4, 8, 8}, g, 0.5), std::invalid_argument);
}

// Offset noise: offset 0 draws what it drew before; an offset adds one value per channel, the same at
// every frame and position, drawn after the rest, so the per-channel means of many draws spread by
// about the offset (the noise's own means by 1/sqrt(T H W)); a bad offset or shape is refused.
TEST(FlowNoise, AnOffsetAddsOneValuePerChannelAfterTheRest) {
    auto gen = [](uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); };
    auto a = gen(3), b = gen(3);
    EXPECT_TRUE(torch::equal(flowNoise({4, 3, 8, 8}, a, 0.5, 0.0), flowNoise({4, 3, 8, 8}, b, 0.5)));
    for (double share : {0.0, 0.5}) {
        auto plain = gen(9), offset = gen(9), d = gen(9);
        const auto p = flowNoise({6, 5, 16, 16}, plain, share);
        const auto o = flowNoise({6, 5, 16, 16}, offset, share, 0.4);
        (void)flowNoise({6, 5, 16, 16}, d, share);  // the same draws first, then the offset's
        const auto added = 0.4 * torch::randn({6, 1, 1, 1}, d, torch::kFloat32);
        EXPECT_TRUE(torch::allclose(o, p + added, 1e-6, 1e-6)) << "share " << share;
    }
    std::vector<double> means, plainMeans;
    for (uint64_t seed = 0; seed < 200; ++seed) {
        auto g = gen(seed), h = gen(seed);
        means.push_back(flowNoise({2, 3, 8, 8}, g, 0.5, 0.5)[0].mean().item<double>());
        plainMeans.push_back(flowNoise({2, 3, 8, 8}, h, 0.5)[0].mean().item<double>());
    }
    auto spread = [](const std::vector<double>& v) { return torch::tensor(v).std().item<double>(); };
    EXPECT_NEAR(spread(means), 0.5, 0.1);
    EXPECT_LT(spread(plainMeans), 0.15);
    auto g = gen(1);
    EXPECT_THROW(flowNoise({4, 3, 8, 8}, g, 0.0, -0.1), std::invalid_argument);
    EXPECT_THROW(flowNoise({4, 3, 8, 8}, g, 0.0, 1.0), std::invalid_argument);
    EXPECT_THROW(flowNoise({4, 8, 8}, g, 0.0, 0.3), std::invalid_argument);
}
