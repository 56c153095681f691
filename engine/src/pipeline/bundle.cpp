#include "pipeline/bundle.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "io/mapped_file.h"
#include "tessera/pipeline.h"
#include "tessera/safetensors.h"
#include "util/sha256.h"

namespace fs = std::filesystem;

namespace tessera {

namespace {

[[noreturn]] void bad(const std::string& file, const std::string& what) {
    throw std::runtime_error(file + ": " + what);
}

template <typename T>
T field(const nlohmann::json& j, const char* key, const T& fallback, const std::string& file) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    try {
        return it->get<T>();
    } catch (const nlohmann::json::exception&) {
        bad(file, std::string("field '") + key + "' has the wrong type");
    }
}

BundleComponent readComponent(const nlohmann::json& components, const char* key, const std::string& folder,
                              const std::string& jsonPath) {
    auto it = components.find(key);
    if (it == components.end() || !it->is_object())
        bad(jsonPath, std::string("components.") + key + " is missing (it names the file and config of that part)");
    BundleComponent c;
    std::string file = field<std::string>(*it, "file", "", jsonPath);
    if (file.empty()) bad(jsonPath, std::string("components.") + key + ".file is missing");
    c.file = fs::path(file).is_absolute() ? file : (fs::path(folder) / file).string();
    if (!fs::exists(c.file))
        bad(jsonPath, std::string("components.") + key + " names " + c.file + ", which does not exist");
    auto cfg = it->find("config");
    if (cfg != it->end() && cfg->is_object()) {
        c.config = *cfg;
    } else {
        TensorCheckpoint ck(c.file);
        auto meta = ck.meta("config");
        if (!meta) bad(c.file, "has no 'config' metadata and model.json gives none for " + std::string(key));
        c.config = nlohmann::json::parse(*meta, nullptr, false);
        if (c.config.is_discarded()) bad(c.file, "its 'config' metadata is not valid JSON");
    }
    return c;
}

}  // namespace

BundleSpec BundleSpec::read(const std::string& folder) {
    const std::string jsonPath = (fs::path(folder) / "model.json").string();
    if (!fs::is_directory(folder)) throw std::runtime_error(folder + ": model folder does not exist");
    if (!fs::exists(jsonPath))
        throw std::runtime_error(folder + ": is not a model bundle (no model.json); see docs/models.md");
    std::ifstream in(jsonPath);
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) bad(jsonPath, "is not a valid JSON object");

    BundleSpec s;
    s.raw = j;
    s.path = fs::absolute(folder).lexically_normal().string();
    s.name = field<std::string>(j, "name", fs::path(s.path).filename().string(), jsonPath);
    s.description = field<std::string>(j, "description", "", jsonPath);
    s.licence = field<std::string>(j, "licence", "", jsonPath);
    s.architecture = field<std::string>(j, "architecture", "", jsonPath);
    if (s.architecture != "wan2.1")
        bad(jsonPath, "architecture '" + s.architecture + "' is not supported (expected \"wan2.1\")");
    s.conditioning = field<std::string>(j, "conditioning", "replacement", jsonPath);
    if (s.conditioning != "mask-channel" && s.conditioning != "replacement")
        bad(jsonPath, "conditioning must be \"mask-channel\" or \"replacement\", not '" + s.conditioning + "'");
    s.enhancer = field<std::string>(j, "enhancer", "none", jsonPath);
    if (s.enhancer != "shapes" && s.enhancer != "none")
        bad(jsonPath, "enhancer must be \"shapes\" or \"none\", not '" + s.enhancer + "'");

    auto comps = j.find("components");
    if (comps == j.end() || !comps->is_object()) bad(jsonPath, "has no 'components' object");
    s.dit = readComponent(*comps, "dit", s.path, jsonPath);
    s.vae = readComponent(*comps, "vae", s.path, jsonPath);
    s.textEncoder = readComponent(*comps, "text_encoder", s.path, jsonPath);
    auto tok = comps->find("tokenizer");
    if (tok == comps->end() || !tok->is_object()) bad(jsonPath, "components.tokenizer is missing");
    std::string tokFile = field<std::string>(*tok, "file", "", jsonPath);
    s.tokenizerFile = fs::path(tokFile).is_absolute() ? tokFile : (fs::path(s.path) / tokFile).string();
    if (tokFile.empty() || !fs::exists(s.tokenizerFile))
        bad(jsonPath, "components.tokenizer names " + s.tokenizerFile + ", which does not exist");

    auto latent = j.find("latent");
    if (latent == j.end() || !latent->is_object()) bad(jsonPath, "has no 'latent' object (mean and std)");
    s.latentMean = field<std::vector<float>>(*latent, "mean", {}, jsonPath);
    s.latentStd = field<std::vector<float>>(*latent, "std", {}, jsonPath);
    const size_t z = s.vae.config.value("z_dim", 0);
    if (s.latentMean.size() != z || s.latentStd.size() != z)
        bad(jsonPath, "latent.mean and latent.std need " + std::to_string(z) + " values (the VAE's z_dim)");
    s.latentFirstMean = field<std::vector<float>>(*latent, "first_mean", {}, jsonPath);
    s.latentFirstStd = field<std::vector<float>>(*latent, "first_std", {}, jsonPath);
    if (!(s.latentFirstMean.empty() && s.latentFirstStd.empty()) &&
        (s.latentFirstMean.size() != z || s.latentFirstStd.size() != z))
        bad(jsonPath, "latent.first_mean and latent.first_std go together and need " + std::to_string(z) +
                          " values each (the VAE's z_dim)");
    for (const auto* stds : {&s.latentStd, &s.latentFirstStd})
        for (float v : *stds)
            if (!(v > 0)) bad(jsonPath, "latent.std and latent.first_std values must be positive");

    if (auto p = j.find("preview"); p != j.end() && p->is_object()) {
        s.previewMatrix = field<std::vector<std::vector<float>>>(*p, "matrix", {}, jsonPath);
        s.previewBias = field<std::vector<float>>(*p, "bias", {0, 0, 0}, jsonPath);
        if (s.previewMatrix.size() != z || s.previewBias.size() != 3)
            bad(jsonPath, "preview.matrix must be z_dim rows of 3 and preview.bias 3 values");
        for (const auto& row : s.previewMatrix)
            if (row.size() != 3) bad(jsonPath, "preview.matrix rows must have 3 values (R, G, B)");
    }

    s.frameSharedNoise = field<double>(j, "frame_shared_noise", 0.0, jsonPath);
    if (!(s.frameSharedNoise >= 0.0 && s.frameSharedNoise < 1.0))
        bad(jsonPath, "frame_shared_noise must be in [0, 1) (the share of the starting noise common to all frames)");
    s.offsetNoise = field<double>(j, "offset_noise", 0.0, jsonPath);
    if (!(s.offsetNoise >= 0.0 && s.offsetNoise < 1.0))
        bad(jsonPath, "offset_noise must be in [0, 1) (the scale of the noise's per-channel offset the model was trained with)");
    const std::string context = field<std::string>(j, "known_context", "zeros", jsonPath);
    if (context != "zeros" && context != "hold")
        bad(jsonPath, "known_context must be \"zeros\" or \"hold\" (how the frames before a known span are filled), not \"" +
                          context + "\"");
    s.holdKnownContext = context == "hold";
    s.extendBackward = field<std::string>(j, "extend_backward", "native", jsonPath);
    const auto& ways = backwardExtensionNames();
    if (std::find(ways.begin(), ways.end(), s.extendBackward) == ways.end())
        bad(jsonPath, "extend_backward must be \"native\" or \"reversed\" (how frames before a clip are made), not \"" +
                          s.extendBackward + "\"");
    s.textToVideo = field<std::string>(j, "text_to_video", "direct", jsonPath);
    const auto& t2v = textToVideoNames();
    if (std::find(t2v.begin(), t2v.end(), s.textToVideo) == t2v.end())
        bad(jsonPath, "text_to_video must be \"direct\" or \"image-first\" (how a clip is made from text), not \"" +
                          s.textToVideo + "\"");
    s.loopFromText = field<std::string>(j, "loop_from_text", "bridge", jsonPath);
    const auto& loops = loopFromTextNames();
    if (std::find(loops.begin(), loops.end(), s.loopFromText) == loops.end())
        bad(jsonPath, "loop_from_text must be \"bridge\" or \"ring\" (how a loop is made from text), not \"" +
                          s.loopFromText + "\"");
    if (auto d = j.find("defaults"); d != j.end() && d->is_object()) {
        s.defaultWidth = field<int>(*d, "width", s.defaultWidth, jsonPath);
        s.defaultHeight = field<int>(*d, "height", s.defaultHeight, jsonPath);
        s.defaultFrames = field<int>(*d, "frames", s.defaultFrames, jsonPath);
        s.defaultFps = field<double>(*d, "fps", s.defaultFps, jsonPath);
        s.defaultSteps = field<int>(*d, "steps", s.defaultSteps, jsonPath);
        s.defaultGuidance = field<double>(*d, "guidance", s.defaultGuidance, jsonPath);
        s.defaultShift = field<double>(*d, "shift", s.defaultShift, jsonPath);
        if (auto g = d->find("guidance_interval"); g != d->end()) {
            if (!g->is_array() || g->size() != 2 || !(*g)[0].is_number() || !(*g)[1].is_number())
                bad(jsonPath, "defaults.guidance_interval must be two numbers [low, high] (the sigmas guidance applies at)");
            s.defaultGuidanceLow = (*g)[0].get<double>();
            s.defaultGuidanceHigh = (*g)[1].get<double>();
            if (!validGuidanceInterval(s.defaultGuidanceLow, s.defaultGuidanceHigh))
                bad(jsonPath, "defaults.guidance_interval must satisfy 0 <= low < high <= 1, not [" +
                                  std::to_string(s.defaultGuidanceLow) + ", " + std::to_string(s.defaultGuidanceHigh) + "]");
        }
        s.defaultSampler = field<std::string>(*d, "sampler", s.defaultSampler, jsonPath);
        s.defaultNegativePrompt = field<std::string>(*d, "negative_prompt", "", jsonPath);
        s.cpuDtype = field<std::string>(*d, "cpu_dtype", s.cpuDtype, jsonPath);
        s.cudaDtype = field<std::string>(*d, "cuda_dtype", s.cudaDtype, jsonPath);
    }
    return s;
}

void BundleSpec::write() const {
    std::string text = raw.dump(2) + "\n";
    writeFileAtomically((fs::path(path) / "model.json").string(), std::vector<uint8_t>(text.begin(), text.end()));
}

namespace {

bool isIndex(const std::string& file) {
    return file.size() >= 11 && file.compare(file.size() - 11, 11, ".index.json") == 0;
}

// The shard files a sharded index names, in name order (paths beside the index).
std::vector<std::string> shardFiles(const std::string& index) {
    std::ifstream in(index);
    auto j = nlohmann::json::parse(in, nullptr, false);
    std::set<std::string> names;
    if (!j.is_discarded() && j.contains("weight_map") && j["weight_map"].is_object())
        for (auto& [k, v] : j["weight_map"].items())
            if (v.is_string()) names.insert(v.get<std::string>());
    std::vector<std::string> out;
    for (const auto& n : names) out.push_back((fs::path(index).parent_path() / n).string());
    return out;
}

}  // namespace

std::string checkpointSha256(const std::string& file) {
    if (!isIndex(file)) return sha256File(file);
    Sha256 h;  // a sharded checkpoint: the index and every shard it names
    h.update(sha256File(file));
    for (const auto& s : shardFiles(file)) h.update(sha256File(s));
    return h.hexDigest();
}

uint64_t checkpointBytes(const std::string& file) {
    uint64_t n = fs::file_size(file);
    if (isIndex(file))
        for (const auto& s : shardFiles(file)) n += fs::file_size(s);
    return n;
}

std::string BundleSpec::hash() const {
    // Imported bundles record each big file's SHA-256 and size at import; while the size is
    // unchanged that digest is used instead of reading gigabytes at every load.
    auto recorded = [&](const char* role, const std::string& file) -> std::string {
        const auto c = raw.find("components");
        if (c == raw.end() || !c->contains(role)) return {};
        const auto& e = (*c)[role];
        if (!e.contains("sha256") || !e.contains("bytes") || !e["sha256"].is_string() || !e["bytes"].is_number_unsigned())
            return {};
        return checkpointBytes(file) == e["bytes"].get<uint64_t>() ? e["sha256"].get<std::string>() : std::string();
    };
    Sha256 h;
    h.update(raw.dump());
    const std::pair<const char*, std::string> parts[] = {
        {"dit", dit.file}, {"vae", vae.file}, {"text_encoder", textEncoder.file}, {"tokenizer", tokenizerFile}};
    for (const auto& [role, f] : parts) {
        h.update(fs::path(f).filename().string());
        const std::string r = recorded(role, f);
        h.update(r.empty() ? checkpointSha256(f) : r);
    }
    return h.hexDigest();
}

}  // namespace tessera
