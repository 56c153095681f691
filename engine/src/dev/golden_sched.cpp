// Golden runner for the flow-matching schedulers (kind wan21.sched.io): sigma/timestep schedules
// and scheduler-only step sequences with given model outputs.
#include <cmath>
#include <sstream>

#include "dev/golden_case.h"
#include "io/tensor_io.h"
#include "sampling/scheduler.h"

namespace tessera::golden {

namespace {

// "n10_s5" for 10 steps at shift 5.0 (integral shifts without ".0", others as the shortest decimal).
std::string scheduleTag(int steps, double shift) {
    std::ostringstream os;
    os << "n" << steps << "_s";
    if (shift == std::floor(shift)) {
        os << static_cast<long long>(shift);
    } else {
        os.precision(17);
        os << shift;
    }
    return os.str();
}

// The io's config describes the official schedulers; refuse variants this engine does not implement.
void checkSolverConfig(const std::string& name, const nlohmann::json& cfg, const std::string& file) {
    auto expect = [&](const char* key, const nlohmann::json& want) {
        if (!cfg.contains(key) || cfg[key] != want)
            throw std::runtime_error(file + ": " + name + " config '" + key + "' is " +
                                     (cfg.contains(key) ? cfg[key].dump() : std::string("absent")) + ", only " +
                                     want.dump() + " is implemented");
    };
    expect("solver_order", 2);
    expect("lower_order_final", true);
    expect("final_sigmas_type", "zero");
    if (name == "unipc") {
        expect("solver_type", "bh2");
        expect("predict_x0", true);
    } else {
        expect("algorithm_type", "dpmsolver++");
        expect("solver_type", "midpoint");
    }
}

}  // namespace

void runSched(const Case& c, Outputs& out) {
    const std::string& file = c.io.path();
    const int numTrain = c.config.value("num_train_timesteps", 1000);
    for (const char* name : {"unipc", "dpmpp"})
        if (c.config.contains(name)) checkSolverConfig(name, c.config[name], file);

    if (!c.info.contains("schedules") || !c.info["schedules"].is_array())
        throw std::runtime_error(file + ": case JSON has no 'schedules' list");
    for (const auto& entry : c.info["schedules"]) {
        const int steps = entry.at(0).get<int>();
        const double shift = entry.at(1).get<double>();
        for (const char* name : {"unipc", "dpmpp"}) {
            const Schedule s = makeSchedule(solverFromName(name), steps, shift, numTrain);
            const std::string prefix = std::string(name) + "." + scheduleTag(steps, shift);
            out[prefix + ".sigmas"] = torch::tensor(s.sigmas, torch::kFloat32);
            out[prefix + ".timesteps"] = torch::tensor(s.timesteps, torch::kInt64);
        }
    }

    for (const auto& test : c.info.value("step_tests", nlohmann::json::array())) {
        const std::string name = test.at(0).get<std::string>();
        const int steps = test.at(1).get<int>();
        const double shift = test.at(2).get<double>();
        const Solver solver = solverFromName(name);
        if (solver == Solver::Invalid)
            throw std::runtime_error(file + ": step test names unknown solver '" + name + "'");
        const std::string prefix = "steps." + name + "." + scheduleTag(steps, shift);
        const Schedule s = makeSchedule(solver, steps, shift, numTrain);

        // The official scheduler takes its timesteps from its own schedule; the stored ones must agree.
        const torch::Tensor given = loadTensor(c.io, prefix + ".timesteps");
        if (!torch::equal(given, torch::tensor(s.timesteps, torch::kInt64)))
            throw std::runtime_error(file + ": '" + prefix + ".timesteps' differ from the schedule computed here");

        torch::Tensor sample = c.in(prefix + ".in.sample");          // [4, 2, 4, 6]
        const torch::Tensor v = c.in(prefix + ".in.model_outputs");  // [N, 4, 2, 4, 6]
        auto fm = makeSolver(solver, s);
        std::vector<torch::Tensor> samples;
        for (int i = 0; i < steps; ++i) {
            // Called with a batch dimension of 1, as the official loop does.
            sample = fm->step(v[i].unsqueeze(0), sample.unsqueeze(0)).squeeze(0);
            samples.push_back(sample);
        }
        out[prefix + ".out.samples"] = torch::stack(samples);
    }
}

}  // namespace tessera::golden
