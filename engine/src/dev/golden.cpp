#include "tessera/golden.h"

#include <filesystem>
#include <memory>

#include "dev/golden_case.h"
#include "io/tensor_io.h"
#include "tessera/engine.h"

namespace tessera {

namespace golden {
torch::Tensor Case::in(const std::string& name) const { return loadTensor(io, name).to(device); }
}  // namespace golden

namespace {

nlohmann::json metaJson(const SafetensorsFile& f, const std::string& key) {
    auto v = f.meta(key);
    if (!v) return nlohmann::json::object();
    nlohmann::json j = nlohmann::json::parse(*v, nullptr, false);
    if (j.is_discarded()) throw TensorFileError(f.path() + ": metadata '" + key + "' is not valid JSON");
    return j;
}

// The tensors a runner must produce: every `out.*` or `*.out.*` tensor, and for scheduler files
// the `<solver>.n<N>_s<S>.sigmas/.timesteps` schedules.
bool isExpectedOutput(const std::string& kind, const std::string& name) {
    if (name.rfind("out.", 0) == 0 || name.find(".out.") != std::string::npos) return true;
    if (kind == "wan21.sched.io" && name.rfind("steps.", 0) != 0) {
        auto endsWith = [&](const char* s) {
            std::string suf = s;
            return name.size() > suf.size() && name.compare(name.size() - suf.size(), suf.size(), suf) == 0;
        };
        return endsWith(".sigmas") || endsWith(".timesteps");
    }
    return false;
}

}  // namespace

GoldenReport runGolden(const GoldenOptions& options) {
    initEngine();
    SafetensorsFile io(options.ioPath);
    GoldenReport report;
    report.kind = io.meta("kind").value_or("");
    if (report.kind.empty()) throw TensorFileError(options.ioPath + ": has no 'kind' metadata; not a golden case file");

    std::unique_ptr<SafetensorsFile> weights;
    std::string weightsPath = options.weightsPath;
    if (weightsPath.empty()) {
        if (auto w = io.meta("weights"))
            weightsPath = (std::filesystem::path(options.ioPath).parent_path() / *w).string();
    }
    if (!weightsPath.empty()) weights = std::make_unique<SafetensorsFile>(weightsPath);

    torch::Device device(options.device);
    golden::Case c{io, weights.get(), weights ? metaJson(*weights, "config") : metaJson(io, "config"),
                   metaJson(io, "case"), device};
    if (weights && c.config.empty())
        throw TensorFileError(weightsPath + ": has no 'config' metadata describing the model");

    golden::Outputs outputs;
    {
        torch::NoGradGuard noGrad;
        if (report.kind == "wan21.dit.io" || report.kind == "wan21.dit.io.batch") {
            golden::runDit(c, outputs);
        } else if (report.kind == "wan21.sample.io") {
            golden::runSample(c, outputs);
        } else if (report.kind == "wan21.sched.io") {
            golden::runSched(c, outputs);
        } else if (report.kind == "wan21.t5.io") {
            golden::runT5(c, outputs);
        } else if (report.kind == "wan21.vae.io") {
            golden::runVae(c, outputs);
        } else {
            throw TensorFileError(options.ioPath + ": unknown golden case kind '" + report.kind + "'");
        }
    }

    const double tolerance = report.kind == "wan21.sample.io" ? 5e-5 : 2e-5;
    SafetensorsWriter writer;
    writer.setMetadata("kind", report.kind + ".result");
    writer.setMetadata("source", "tessera dev golden");
    report.pass = true;
    for (const auto& view : io.tensors()) {
        if (!isExpectedOutput(report.kind, view.name)) continue;
        GoldenTensorResult r;
        r.name = view.name;
        auto it = outputs.find(view.name);
        if (it == outputs.end()) {
            throw std::runtime_error("golden runner for " + report.kind + " did not produce '" + view.name + "'");
        }
        torch::Tensor ours = it->second.detach().to(torch::kCPU).contiguous();
        torch::Tensor ref = viewToTensor(view);
        if (ours.sizes() != ref.sizes() || ours.scalar_type() != ref.scalar_type())
            throw std::runtime_error("'" + view.name + "': produced " + shapeString(ours.sizes()) + " " +
                                     c10::toString(ours.scalar_type()) + ", expected " + shapeString(ref.sizes()) +
                                     " " + c10::toString(ref.scalar_type()));
        addTensor(writer, view.name, ours);
        torch::Tensor a = ours.to(torch::kFloat64), b = ref.to(torch::kFloat64);
        r.maxAbsError = ref.numel() ? (a - b).abs().max().item<double>() : 0.0;
        r.maxAbsRef = ref.numel() ? b.abs().max().item<double>() : 0.0;
        double refNorm = b.norm().item<double>();
        r.relL2 = refNorm > 0 ? (a - b).norm().item<double>() / refNorm : r.maxAbsError;
        if (ref.is_floating_point()) {
            r.limit = tolerance * std::max(1.0, r.maxAbsRef);
            r.pass = r.maxAbsError <= r.limit && r.relL2 <= 1e-5;
        } else {
            r.limit = 0;
            r.pass = r.maxAbsError == 0;
        }
        report.pass = report.pass && r.pass;
        report.tensors.push_back(r);
    }
    if (report.tensors.empty()) throw std::runtime_error(options.ioPath + ": holds no expected outputs to compare");
    if (!options.outPath.empty()) writer.write(options.outPath);
    return report;
}

}  // namespace tessera
