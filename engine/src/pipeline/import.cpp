// Importing downloaded Wan 2.1 checkpoints as a bundle that references them (tessera/import.h).
#include "tessera/import.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "io/checkpoint_layout.h"
#include "io/mapped_file.h"
#include "io/tensor_io.h"
#include "models/dit.h"
#include "models/t5.h"
#include "models/vae.h"
#include "pipeline/bundle.h"
#include "tessera/engine.h"
#include "text/tokenizer.h"
#include "util/sha256.h"
#include "util/cpu_features.h"

namespace fs = std::filesystem;

namespace tessera {

namespace {

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what); }

// The Wan 2.1 VAE's per-channel latent statistics (official WanVAE, z_dim 16).
const std::vector<float> kWanMean = {-0.7571f, -0.7089f, -0.9113f, 0.1075f, -0.1745f, 0.9653f, -0.1517f, 1.5508f,
                                     0.4134f,  -0.0715f, 0.5517f,  -0.3632f, -0.1922f, -0.9497f, 0.2503f, -0.2921f};
const std::vector<float> kWanStd = {2.8184f, 1.4541f, 2.3275f, 2.6558f, 1.2196f, 1.7708f, 2.6052f, 2.0743f,
                                    3.2687f, 2.1526f, 2.8652f, 1.5579f, 1.6382f, 1.1253f, 2.8251f, 1.9160f};

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isTensorFile(const fs::path& p) {
    const std::string n = p.filename().string();
    for (const char* ext : {".safetensors", ".safetensors.index.json", ".pth", ".pt", ".ckpt"})
        if (endsWith(n, ext)) return true;
    return false;
}

bool isSentencePiece(const fs::path& p) {
    const std::string n = p.filename().string();
    return n == "spiece.model" || n == "tokenizer.model" || (endsWith(n, ".model") && n.find("sentencepiece") != std::string::npos);
}

// Files to look at: the given files, and the files of given folders (two levels deep, so an
// official release folder's google/umt5-xxl/spiece.model is found). Shards named by an index are
// read through the index only.
std::vector<fs::path> collect(const std::vector<std::string>& paths, std::vector<fs::path>* tokenizerJson) {
    std::vector<fs::path> files;
    for (const auto& p : paths) {
        if (!fs::exists(p)) fail(p + ": does not exist");
        if (fs::is_regular_file(p)) {
            files.push_back(fs::absolute(p));
            continue;
        }
        for (auto it = fs::recursive_directory_iterator(p); it != fs::recursive_directory_iterator(); ++it) {
            if (it.depth() > 2) it.disable_recursion_pending();
            if (!it->is_regular_file()) continue;
            if (isTensorFile(it->path()) || isSentencePiece(it->path())) files.push_back(fs::absolute(it->path()));
            if (it->path().filename() == "tokenizer.json") tokenizerJson->push_back(it->path());
        }
    }
    std::set<fs::path> shards;
    for (const auto& f : files) {
        if (!endsWith(f.string(), ".index.json")) continue;
        std::ifstream in(f);
        auto j = nlohmann::json::parse(in, nullptr, false);
        if (auto wm = j.find("weight_map"); !j.is_discarded() && wm != j.end() && wm->is_object())
            for (auto it = wm->begin(); it != wm->end(); ++it)
                if (it->is_string()) shards.insert(f.parent_path() / it->get<std::string>());
    }
    std::vector<fs::path> out;
    std::set<fs::path> seen;
    for (const auto& f : files)
        if (!shards.count(f) && seen.insert(f.lexically_normal()).second) out.push_back(f.lexically_normal());
    return out;
}

// Names and shapes the module of `part` with `config` has. Repeated blocks are identical, so the
// module is built with one block and its shapes stand for every block (a 14B DiT is never
// allocated to be checked).
std::map<std::string, std::vector<int64_t>> expectedShapes(ModelPart part, const nlohmann::json& config) {
    std::map<std::string, std::vector<int64_t>> out;
    auto add = [&](torch::nn::Module& m) {
        for (auto& p : m.named_parameters(true)) out[p.key()] = p.value().sizes().vec();
        for (auto& b : m.named_buffers(true)) out[b.key()] = b.value().sizes().vec();
    };
    auto repeat = [&](const char* blocks, int64_t layers) {
        const std::string b0 = std::string(blocks) + "0.";
        std::map<std::string, std::vector<int64_t>> more;
        for (const auto& [name, shape] : out)
            if (name.compare(0, b0.size(), b0) == 0)
                for (int64_t i = 1; i < layers; ++i) more[std::string(blocks) + std::to_string(i) + "." + name.substr(b0.size())] = shape;
        out.insert(more.begin(), more.end());
    };
    if (part == ModelPart::Dit) {
        DitConfig c = DitConfig::fromJson(config);
        const int64_t layers = c.numLayers;
        c.numLayers = 1;
        WanModel m(c);
        add(*m);
        repeat("blocks.", layers);
    } else if (part == ModelPart::TextEncoder) {
        T5Config c = T5Config::fromJson(config);
        const int64_t layers = c.numLayers;
        c.numLayers = 1;
        c.vocab = 1;
        T5Encoder m(c);
        add(*m);
        out["token_embedding.weight"] = {T5Config::fromJson(config).vocab, c.dim};
        repeat("blocks.", layers);
    } else {
        WanVAE m(VaeConfig::fromJson(config));
        add(*m);
    }
    return out;
}

// Every tensor the config implies is present with its shape and a float dtype; no tensor is left
// over; every fp8 scale is one finite number.
void validate(const TensorCheckpoint& ck, const CheckpointLayout& l, const nlohmann::json& config, const std::string& arch) {
    std::set<std::string> used;
    for (const auto& [name, shape] : expectedShapes(l.part, config)) {
        const std::string fileName = l.fileName(name);
        const TensorView* t = ck.find(fileName);
        if (!t)
            fail(ck.path() + ": has no tensor '" + fileName + "', which a " + arch + " " + partName(l.part) +
                 " needs (incomplete download, or another architecture?)");
        if (t->shape != shape) {
            std::ostringstream a, b;
            for (auto d : t->shape) a << (a.tellp() ? "," : "") << d;
            for (auto d : shape) b << (b.tellp() ? "," : "") << d;
            fail(ck.path() + ": tensor '" + fileName + "' has shape [" + a.str() + "] but a " + arch + " " +
                 partName(l.part) + " has [" + b.str() + "] there (a checkpoint of another architecture or size?)");
        }
        switch (t->dtype) {
            case DType::F32: case DType::F16: case DType::BF16: case DType::F8E4M3: case DType::F8E5M2: break;
            default: fail(ck.path() + ": tensor '" + fileName + "' is " + dtypeName(t->dtype) + ", not a float type");
        }
        if (t->dtype == DType::F8E4M3 || t->dtype == DType::F8E5M2) {
            if (const TensorView* s = fp8Scale(ck, fileName)) {
                if (s->numel() != 1) fail(ck.path() + ": '" + s->name + "' must be one number (a per-tensor scale)");
                const float v = viewToTensor(*s).to(torch::kFloat32).item<float>();
                if (!std::isfinite(v) || v == 0.0f) fail(ck.path() + ": '" + s->name + "' is not a usable scale");
            }
        }
        used.insert(fileName);
    }
    for (const TensorView* t : ck.tensors())
        if (!used.count(t->name) && !ignoredByLayout(l, t->name))
            fail(ck.path() + ": has a tensor '" + t->name + "' that a " + arch + " " + partName(l.part) +
                 " does not (another architecture or config?)");
}

std::string ditArchitecture(const nlohmann::json& c) {
    const int64_t dim = c.value("dim", 0), layers = c.value("num_layers", 0);
    if (dim == 1536 && layers == 30) return "Wan 2.1 T2V 1.3B";
    if (dim == 5120 && layers == 40) return "Wan 2.1 T2V 14B";
    return "Wan 2.1 T2V (custom: dim " + std::to_string(dim) + ", " + std::to_string(layers) + " blocks)";
}

std::string slug(std::string s) {
    for (char& c : s) c = std::isalnum(static_cast<unsigned char>(c)) || c == '.' ? char(std::tolower(c)) : '-';
    std::string out;
    for (char c : s)
        if (!(c == '-' && (out.empty() || out.back() == '-'))) out += c;
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

nlohmann::json readJsonObject(const std::string& text, const std::string& what) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) fail(what + " is not a JSON object: " + text);
    return j;
}

}  // namespace

ImportReport importModel(const ImportOptions& o) {
    if (o.paths.empty()) fail("name the files or folders to import");
    if (o.modelsDir.empty()) fail("no model folder to import into");
    std::vector<fs::path> tokenizerJson;
    const auto files = collect(o.paths, &tokenizerJson);

    struct Found {
        std::string file;
        std::unique_ptr<TensorCheckpoint> ck;
        CheckpointLayout layout;
    };
    std::map<ModelPart, Found> parts;
    std::string tokenizer;
    for (const auto& f : files) {
        if (isSentencePiece(f)) {
            if (!tokenizer.empty() && tokenizer != f.string())
                fail("two tokenizers: " + tokenizer + " and " + f.string() + "; import one model at a time");
            tokenizer = f.string();
            continue;
        }
        auto ck = std::make_unique<TensorCheckpoint>(f.string());
        const ModelPart part = detectPart(*ck);
        if (parts.count(part))
            fail(std::string("two ") + partName(part) + " files: " + parts[part].file + " and " + f.string() +
                 "; import one model at a time");
        CheckpointLayout layout = detectLayout(*ck, part);
        parts[part] = Found{f.string(), std::move(ck), layout};
    }
    std::vector<std::string> missing;
    if (!parts.count(ModelPart::Dit)) missing.push_back("the DiT (diffusion_pytorch_model.safetensors or wan2.1_t2v_*.safetensors)");
    if (!parts.count(ModelPart::Vae)) missing.push_back("the VAE (Wan2.1_VAE.pth or wan_2.1_vae.safetensors)");
    if (!parts.count(ModelPart::TextEncoder))
        missing.push_back("the text encoder (models_t5_umt5-xxl-enc-bf16.pth or umt5_xxl_*.safetensors)");
    if (tokenizer.empty())
        missing.push_back(tokenizerJson.empty() ? "the tokenizer (google/umt5-xxl/spiece.model)"
                                                : "the tokenizer: " + tokenizerJson.front().string() +
                                                      " is a Hugging Face tokenizer.json, which Tessera does not read; "
                                                      "the same folder of google/umt5-xxl has spiece.model");
    if (!missing.empty()) {
        std::string m = "cannot import: missing ";
        for (size_t i = 0; i < missing.size(); ++i) m += (i ? "; " : "") + missing[i];
        fail(m);
    }

    ImportReport report;
    // Configs: the release folder's config.json beside the DiT, else the file's `config` metadata,
    // else what the shapes say; then the user's overrides.
    nlohmann::json configs[3];
    for (auto& [part, f] : parts) {
        nlohmann::json c = inferConfig(*f.ck, f.layout);
        const fs::path beside = fs::path(f.file).parent_path() / "config.json";
        if (part == ModelPart::Dit && fs::exists(beside)) {
            std::ifstream in(beside);
            auto j = nlohmann::json::parse(in, nullptr, false);
            if (j.is_discarded() || !j.is_object()) fail(beside.string() + ": is not a JSON object");
            for (auto it = j.begin(); it != j.end(); ++it)
                if (!it.key().empty() && it.key()[0] != '_') c[it.key()] = it.value();
            report.notes.push_back("DiT config from " + beside.string());
        } else if (auto meta = f.ck->meta("config")) {
            auto j = nlohmann::json::parse(*meta, nullptr, false);
            if (j.is_object())
                for (auto it = j.begin(); it != j.end(); ++it) c[it.key()] = it.value();
        } else if (part == ModelPart::Dit) {
            report.notes.push_back(o.ditConfigJson.empty()
                                       ? "no config.json beside the DiT: text_len 512 and 128-wide heads (" +
                                             std::to_string(c.value("num_heads", 0)) + ") assumed, as in every Wan 2.1 release"
                                       : "no config.json beside the DiT: config from the tensor shapes and --dit-config");
        }
        if (part == ModelPart::Dit && !o.ditConfigJson.empty()) {
            const nlohmann::json overrides = readJsonObject(o.ditConfigJson, "--dit-config");
            for (auto it = overrides.begin(); it != overrides.end(); ++it) c[it.key()] = it.value();
        }
        configs[int(part)] = c;
    }
    const auto& ditC = configs[int(ModelPart::Dit)];
    const auto& vaeC = configs[int(ModelPart::Vae)];
    const auto& t5C = configs[int(ModelPart::TextEncoder)];
    report.architecture = ditArchitecture(ditC);
    try {
        for (auto& [part, f] : parts) validate(*f.ck, f.layout, configs[int(part)], report.architecture);
    } catch (const std::invalid_argument& e) {
        fail(std::string("the config does not describe a Wan 2.1 model: ") + e.what());
    }

    const int64_t z = vaeC.value("z_dim", 0);
    const int64_t inDim = ditC.value("in_dim", 0);
    if (ditC.value("out_dim", 0) != z)
        fail(parts[ModelPart::Dit].file + ": the DiT predicts " + std::to_string(ditC.value("out_dim", 0)) +
             " latent channels but the VAE has " + std::to_string(z) + ": they are not parts of one model");
    report.conditioning = inDim == z ? "replacement" : inDim == 2 * z + 4 ? "mask-channel" : "";
    if (report.conditioning.empty())
        fail(parts[ModelPart::Dit].file + ": DiT in_dim " + std::to_string(inDim) + " fits neither text-to-video (" +
             std::to_string(z) + ") nor mask-channel conditioning (" + std::to_string(2 * z + 4) + ")");
    if (ditC.value("text_dim", 0) != t5C.value("dim", 0))
        fail(parts[ModelPart::Dit].file + ": the DiT expects text features of width " + std::to_string(ditC.value("text_dim", 0)) +
             " but the text encoder gives " + std::to_string(t5C.value("dim", 0)));
    {
        Tokenizer tok(tokenizer);
        if (tok.vocabSize() > t5C.value("vocab", 0))
            fail(tokenizer + ": has " + std::to_string(tok.vocabSize()) + " pieces but the text encoder only " +
                 std::to_string(t5C.value("vocab", 0)) + " embeddings: not this model's tokenizer");
    }
    std::vector<float> mean, stdv;
    if (!o.latentStatsJson.empty()) {
        auto j = readJsonObject(o.latentStatsJson, "--latent-stats");
        mean = j.value("mean", std::vector<float>{});
        stdv = j.value("std", std::vector<float>{});
        if (int64_t(mean.size()) != z || int64_t(stdv.size()) != z)
            fail("--latent-stats needs " + std::to_string(z) + " mean and std values (the VAE's z_dim)");
    } else if (z == 16) {
        mean = kWanMean;
        stdv = kWanStd;
    } else {
        fail(parts[ModelPart::Vae].file + ": a VAE with z_dim " + std::to_string(z) +
             " is not the Wan 2.1 VAE, so its latent statistics are unknown; give them with --latent-stats");
    }

    const std::string name = o.name.empty() ? slug(report.architecture) : o.name;
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
        fail("'" + name + "' is not a usable model name");
    const fs::path dir = fs::path(o.modelsDir) / name;
    if (fs::exists(dir / "model.json") && !o.overwrite)
        fail(dir.string() + ": a model of that name exists; choose another --name or pass --overwrite");

    nlohmann::json comps = nlohmann::json::object();
    auto component = [&](const char* role, const Found& f, const nlohmann::json& config) {
        ImportedPart p{role, f.file, f.ck->format(), f.layout.name, f.layout.dtype, f.layout.parameters, checkpointBytes(f.file)};
        report.parts.push_back(p);
        comps[role] = {{"file", f.file}, {"config", config}, {"layout", f.layout.name}, {"dtype", f.layout.dtype},
                       {"bytes", p.bytes}, {"sha256", checkpointSha256(f.file)}};
    };
    component("dit", parts[ModelPart::Dit], ditC);
    component("vae", parts[ModelPart::Vae], vaeC);
    component("text_encoder", parts[ModelPart::TextEncoder], t5C);
    report.parts.push_back({"tokenizer", tokenizer, "sentencepiece", "", "", 0, fs::file_size(tokenizer)});
    comps["tokenizer"] = {{"file", tokenizer}};

    nlohmann::json j = {
        {"format", "tessera.model/1"},
        {"name", name},
        {"architecture", "wan2.1"},
        {"description", report.architecture + ", imported from " + fs::path(parts[ModelPart::Dit].file).filename().string()},
        {"licence", "as published with the imported files"},
        {"conditioning", report.conditioning},
        {"enhancer", "none"},
        {"components", comps},
        {"latent", {{"mean", mean}, {"std", stdv}}},
        {"defaults",
         {{"width", 832}, {"height", 480}, {"frames", 81}, {"fps", 16}, {"steps", 50}, {"guidance", 5.0},
          {"shift", 5.0}, {"sampler", "unipc"}, {"negative_prompt", ""}, {"cpu_dtype", "float32"},
          {"cuda_dtype", "bfloat16"}}},
        {"imported", {{"from", o.paths}, {"notes", report.notes}}}};
    fs::create_directories(dir);
    const std::string text = j.dump(2) + "\n";
    writeFileAtomically((dir / "model.json").string(), std::vector<uint8_t>(text.begin(), text.end()));
    report.bundlePath = dir.string();
    BundleSpec::read(dir.string());  // the bundle reads back
    return report;
}

MemoryPlan planMemory(const std::string& modelDir, const std::string& device, int width, int height, int frames) {
    const BundleSpec s = BundleSpec::read(modelDir);
    MemoryPlan p;
    p.name = s.name;
    p.width = width = width > 0 ? width : s.defaultWidth;
    p.height = height = height > 0 ? height : s.defaultHeight;
    p.frames = frames = frames > 0 ? frames : s.defaultFrames;
    const bool cuda = device.compare(0, 4, "cuda") == 0 || (device == "auto" && defaultDevice() == "cuda");
    p.device = cuda ? "cuda" : "cpu";
    p.dtype = cuda ? s.cudaDtype : s.cpuDtype;
    const uint64_t runBytes = p.dtype == "float32" ? 4 : 2;
    auto params = [](const BundleComponent& c) {
        TensorCheckpoint ck(c.file);
        uint64_t n = 0;
        const auto layout = detectLayout(ck, detectPart(ck));
        for (const TensorView* t : ck.tensors())
            if (!ignoredByLayout(layout, t->name)) n += uint64_t(t->numel());
        return n;
    };
    p.ditBytes = params(s.dit) * runBytes;
    p.vaeBytes = params(s.vae) * 4;  // the VAE runs in float32
    // The text encoder runs in float32 on the CPU; with a GPU it waits in CPU memory at the GPU
    // dtype and is on the GPU only while it encodes an uncached prompt (then the DiT is idle).
    p.textEncoderBytes = params(s.textEncoder) * (cuda ? runBytes : 4);
    const DitConfig dc = DitConfig::fromJson(s.dit.config);
    const VaeConfig vc = VaeConfig::fromJson(s.vae.config);
    const int64_t f = vc.spatialFactor();
    const uint64_t tokens = uint64_t(vc.latentFrames(frames)) * (height / f / dc.patchSize[1]) * (width / f / dc.patchSize[2]);
    // DiT: a few stream-wide buffers per token (q, k, v, attention out, FFN hidden) for the two
    // CFG passes; attention itself is memory-efficient. VAE decode: the widest stage at full
    // resolution over a causal cache of a few frames (tiled above 832x480, see pipeline.cpp).
    const uint64_t ditAct = tokens * uint64_t(4 * dc.dim + dc.ffnDim) * runBytes * 2;
    const uint64_t tilePixels = std::min<uint64_t>(uint64_t(width) * height, 832ull * 480ull);
    const uint64_t vaeAct = tilePixels * uint64_t(vc.dim * vc.dimMult.back()) * 4 * 6;
    p.activationBytes = std::max(ditAct, vaeAct);
    if (cuda) {
        const auto rt = runtimeInfo();
        if (!rt.cudaDevices.empty()) p.availableBytes = uint64_t(rt.cudaDevices.front().memoryBytes);
    } else {
        std::ifstream in("/proc/meminfo");
        std::string key;
        uint64_t kb = 0;
        std::string unit;
        while (in >> key >> kb >> unit)
            if (key == "MemAvailable:") p.availableBytes = kb * 1024;
    }
    const uint64_t need = cuda ? std::max(p.ditBytes + p.vaeBytes + p.activationBytes, p.ditBytes + p.vaeBytes + p.textEncoderBytes)
                               : p.ditBytes + p.vaeBytes + p.textEncoderBytes + p.activationBytes;
    p.fits = p.availableBytes == 0 || need <= p.availableBytes;
    if (!p.fits) {
        if (p.dtype == "float32")
            p.advice.push_back("run the DiT in bfloat16 (cpu_dtype in model.json): saves " + std::to_string(p.ditBytes / 2 >> 20) +
                               " MiB" + (cuda || cpuComputesNatively("bfloat16")
                                             ? std::string()
                                             : " (slowly: " + emulatedDtypeWarning("bfloat16") + ")"));
        if (!cuda && p.textEncoderBytes > p.availableBytes / 4)
            p.advice.push_back("a GPU: the text encoder then waits in CPU memory at half the size");
        if (p.activationBytes > p.availableBytes / 4) p.advice.push_back("a smaller size or fewer frames");
        if (cuda && p.ditBytes + p.vaeBytes > p.availableBytes)
            p.advice.push_back("a GPU with more memory than the weights (" +
                               std::to_string((p.ditBytes + p.vaeBytes) >> 20) + " MiB)");
    }
    return p;
}

}  // namespace tessera
