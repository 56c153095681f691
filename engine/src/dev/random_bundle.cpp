#include "tessera/random_bundle.h"

#include <sentencepiece_trainer.h>

#include <filesystem>
#include <fstream>

#include "io/tensor_io.h"
#include "models/dit.h"
#include "models/t5.h"
#include "models/vae.h"
#include "pipeline/bundle.h"

namespace fs = std::filesystem;

namespace tessera::dev {

namespace {

void saveRandom(torch::nn::Module& m, const std::string& path, const nlohmann::json& config, uint64_t seed) {
    torch::NoGradGuard noGrad;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    SafetensorsWriter w;
    w.setMetadata("config", config.dump());
    w.setMetadata("source", "tessera random test bundle");
    for (const auto& p : m.named_parameters(true)) {
        // Norm gains near 1, everything else small: activations stay in a sane range.
        bool gain = p.key().find("norm") != std::string::npos || p.key().find("gamma") != std::string::npos;
        auto t = torch::randn(p.value().sizes(), gen, torch::kFloat32) * 0.05;
        addTensor(w, p.key(), gain ? t + 1.0 : t);
    }
    for (const auto& b : m.named_buffers(true)) addTensor(w, b.key(), b.value());
    w.write(path);
}

}  // namespace

void writeRandomBundle(const std::string& folder, const RandomBundleOptions& o) {
    fs::create_directories(folder);
    const bool mask = o.conditioning == "mask-channel";
    nlohmann::json vaeCfg = {{"dim", o.vaeDim},       {"z_dim", o.zDim},
                             {"dim_mult", {1, 2, 4, 4}}, {"num_res_blocks", 1},
                             {"attn_scales", nlohmann::json::array()},
                             {"temperal_downsample", {false, true, true}},
                             {"dropout", 0.0}};
    nlohmann::json ditCfg = {{"model_type", "t2v"},     {"patch_size", {1, 2, 2}},
                             {"text_len", o.textLen},   {"in_dim", mask ? 2 * o.zDim + 4 : o.zDim},
                             {"dim", o.ditDim},         {"ffn_dim", 2 * o.ditDim},
                             {"freq_dim", 32},          {"text_dim", o.textDim},
                             {"out_dim", o.zDim},       {"num_heads", o.ditHeads},
                             {"num_layers", o.ditLayers}, {"window_size", {-1, -1}},
                             {"qk_norm", true},         {"cross_attn_norm", true},
                             {"eps", 1e-6}};
    nlohmann::json t5Cfg = {{"vocab", o.vocab},   {"dim", o.textDim},   {"dim_attn", o.textDim},
                            {"dim_ffn", 2 * o.textDim}, {"num_heads", 2}, {"num_layers", 1},
                            {"num_buckets", 32},  {"shared_pos", false}, {"dropout", 0.0}};
    WanVAE vae(VaeConfig::fromJson(vaeCfg));
    saveRandom(*vae, (fs::path(folder) / "vae.safetensors").string(), vaeCfg, o.seed);
    WanModel dit(DitConfig::fromJson(ditCfg));
    saveRandom(*dit, (fs::path(folder) / "dit.safetensors").string(), ditCfg, o.seed + 1);
    T5Encoder t5(T5Config::fromJson(t5Cfg));
    saveRandom(*t5, (fs::path(folder) / "text_encoder.safetensors").string(), t5Cfg, o.seed + 2);

    // A small SentencePiece model with umT5's special ids (pad 0, eos 1, unk 2).
    const std::string corpus = (fs::path(folder) / "corpus.txt").string();
    {
        std::ofstream c(corpus);
        for (const char* line : {"a large red circle moving right on a black background",
                                 "a small cyan triangle to the left of a large yellow square, on a gray background",
                                 "a green square standing still on a white background",
                                 "a blue triangle bouncing on a gray background", "a magenta circle moving up",
                                 "a white square moving down on a black background", "moving left"})
            c << line << "\n";
    }
    auto status = sentencepiece::SentencePieceTrainer::Train(
        "--input=" + corpus + " --model_prefix=" + (fs::path(folder) / "tokenizer").string() +
        " --vocab_size=" + std::to_string(std::min<int64_t>(o.vocab, 60)) +
        " --model_type=unigram --pad_id=0 --eos_id=1 --unk_id=2 --bos_id=-1 --minloglevel=2 --hard_vocab_limit=false");
    if (!status.ok()) throw std::runtime_error("cannot train the test tokenizer: " + status.ToString());
    fs::remove(corpus);
    fs::remove(fs::path(folder) / "tokenizer.vocab");

    // Latent statistics and a preview projection for the random VAE: identity-ish on 3 channels.
    std::vector<float> mean(o.zDim, 0.0f), stdv(o.zDim, 1.0f);
    nlohmann::json matrix = nlohmann::json::array();
    for (int64_t i = 0; i < o.zDim; ++i) matrix.push_back({i % 3 == 0 ? 0.5 : 0.0, i % 3 == 1 ? 0.5 : 0.0, i % 3 == 2 ? 0.5 : 0.0});
    nlohmann::json model = {
        {"format", "tessera.model/1"},
        {"name", fs::path(folder).filename().string()},
        {"architecture", "wan2.1"},
        {"description", "random weights, for tests"},
        {"licence", "CC0-1.0"},
        {"conditioning", o.conditioning},
        {"enhancer", "shapes"},
        {"components",
         {{"dit", {{"file", "dit.safetensors"}}},
          {"vae", {{"file", "vae.safetensors"}}},
          {"text_encoder", {{"file", "text_encoder.safetensors"}}},
          {"tokenizer", {{"file", "tokenizer.model"}}}}},
        {"latent", {{"mean", mean}, {"std", stdv}}},
        {"preview", {{"matrix", matrix}, {"bias", {0.0, 0.0, 0.0}}}},
        {"defaults",
         {{"width", o.width},
          {"height", o.height},
          {"frames", o.frames},
          {"fps", 16},
          {"steps", o.steps},
          {"guidance", 3.0},
          {"shift", 3.0},
          {"sampler", "unipc"}}},
    };
    std::ofstream(fs::path(folder) / "model.json") << model.dump(2) << "\n";
}

}  // namespace tessera::dev
