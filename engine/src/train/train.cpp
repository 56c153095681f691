// Training tessera-shapes (docs/training.md): tokenizer, VAE, then DiT + text encoder.
#include "tessera/train.h"

#include <sentencepiece_trainer.h>
#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "data/rng.h"
#include "io/state_dict.h"
#include "io/tensor_io.h"
#include "models/dit.h"
#include "models/t5.h"
#include "models/vae.h"
#include "sampling/scheduler.h"
#include "pipeline/conditioning.h"
#include "tessera/engine.h"
#include "tessera/enhancer.h"
#include "tessera/safetensors.h"
#include "tessera/shapes_world.h"
#include "text/tokenizer.h"
#include "train/train_internal.h"
#include "util/cpu_features.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace tessera {

namespace train_detail {

void writeTextAtomically(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) throw std::runtime_error("cannot write " + tmp + " (disk full or read-only?)");
    }
    fs::rename(tmp, path);
}

void saveModule(torch::nn::Module& module, const std::string& path, const nlohmann::json& config,
                torch::Dtype dtype, const std::map<std::string, std::string>& metadata) {
    torch::NoGradGuard noGrad;
    SafetensorsWriter w;
    w.setMetadata("config", config.dump());
    for (const auto& [k, v] : metadata) w.setMetadata(k, v);
    for (const auto& p : module.named_parameters(true)) addTensor(w, p.key(), p.value().detach().to(torch::kCPU, dtype));
    for (const auto& b : module.named_buffers(true)) addTensor(w, b.key(), b.value().to(torch::kCPU));
    const std::string tmp = path + ".tmp";
    w.write(tmp);
    fs::rename(tmp, path);
}

void loadModule(torch::nn::Module& module, const std::string& path, torch::Device device) {
    LoadOptions o;
    o.device = device;
    loadStateDict(module, TensorCheckpoint(path), o);
}

torch::Tensor renderVideo(const Scene& scene, int width, int height, int frames) {
    return framesToTensor(render(scene, width, height, frames, 16.0).clip.frames, width, height);  // [3, T, H, W]
}

namespace {
// Maps per pixel frame along `dim` (4L - 3 of them, or 1) reduced to the L latent frames that encode
// them, as the VAE groups frames: latent frame 0 reads pixel frame 0, latent frame l > 0 pixel frames
// 4l - 3 .. 4l, through their mean or their most.
torch::Tensor overLatentFrames(const torch::Tensor& perFrame, int64_t dim, bool mean) {
    std::vector<torch::Tensor> latent{perFrame.narrow(dim, 0, 1)};
    for (int64_t l = 1; 4 * l - 3 < perFrame.size(dim); ++l) {
        auto group = perFrame.narrow(dim, 4 * l - 3, 4);
        latent.push_back(mean ? group.mean(dim, true) : std::get<0>(group.max(dim, true)));
    }
    return torch::cat(latent, dim);
}
}  // namespace

torch::Tensor objectCoverage(const std::vector<FrameTruth>& truth, int width, int height, int64_t spatial) {
    const int64_t T = int64_t(truth.size());
    if (T < 1 || (T - 1) % 4 != 0 || width % spatial != 0 || height % spatial != 0)
        throw std::invalid_argument("objectCoverage: needs 4L - 3 frames and a size the latent cells tile");
    auto mask = torch::zeros({T, int64_t(height), int64_t(width)});
    auto m = mask.accessor<float, 3>();
    for (int64_t t = 0; t < T; ++t)
        for (const ObjectTruth& o : truth[size_t(t)].objects)
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x)
                    if (o.mask[size_t(y) * width + x]) m[t][y][x] = 1.0f;
    auto cells = torch::avg_pool2d(mask.unsqueeze(1), {spatial, spatial}).squeeze(1);  // [T, h, w]
    return overLatentFrames(cells, 0, false).unsqueeze(0);
}

torch::Tensor attributeTargets(const Scene& scene, const std::vector<FrameTruth>& truth, int width, int height, int64_t spatial,
                               const std::array<int64_t, 3>& patch) {
    const int64_t T = int64_t(truth.size());
    if (T < 1 || (T - 1) % 4 != 0 || width % (spatial * patch[2]) != 0 || height % (spatial * patch[1]) != 0 || patch[0] < 1)
        throw std::invalid_argument("attributeTargets: needs 4L - 3 frames and a size the DiT's tokens tile");
    // Per pixel, the shape and the colour of the object drawn there (the later object where two overlap).
    auto index = torch::zeros({2, T, int64_t(height), int64_t(width)}, torch::kInt64);
    auto ix = index.accessor<int64_t, 4>();
    for (int64_t t = 0; t < T; ++t) {
        const auto& objects = truth[size_t(t)].objects;
        for (size_t i = 0; i < objects.size() && i < scene.objects.size(); ++i) {
            const int64_t shape = 1 + int64_t(scene.objects[i].shape), color = 1 + int64_t(objects[i].color);
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x)
                    if (objects[i].mask[size_t(y) * width + x]) {
                        ix[0][t][y][x] = shape;
                        ix[1][t][y][x] = color;
                    }
        }
    }
    auto oneHot = torch::cat({torch::one_hot(index[0], kAuxShapeClasses), torch::one_hot(index[1], kAuxColorClasses)}, -1)
                      .to(torch::kFloat32)
                      .permute({3, 0, 1, 2});  // [C, T, H, W]
    auto cells = torch::avg_pool2d(oneHot, {spatial, spatial});  // [C, T, h, w]
    auto lat = overLatentFrames(cells, 1, true);                    // [C, L, h, w]
    const int64_t L = lat.size(1);
    if (L % patch[0] != 0) throw std::invalid_argument("attributeTargets: the latent frames are not a multiple of the DiT's temporal patch");
    auto tokens = torch::avg_pool3d(lat.unsqueeze(0), {patch[0], patch[1], patch[2]})[0];  // [C, f, h', w']
    return tokens.flatten(1).t().contiguous();  // [f * h' * w', C], the DiT's token order
}

}  // namespace train_detail

using namespace train_detail;

namespace {

// ---- Run state -----------------------------------------------------------------------------

// The DiT's spatial patch: given, or 16 / vaeSpatial (one token per 16x16 pixels, as Wan 2.1).
int64_t ditPatchOf(const TrainOptions& o) { return o.ditPatch > 0 ? o.ditPatch : 16 / o.vaeSpatial; }

// The DiT's clip lengths of runs from before they were an option (drawn 7:9, see drawPoolEntry).
const std::vector<int> kClipFramesBeforeOption{17, 33};

// The sampler's default shift, which is also the DiT's training shift of runs from before --dit-shift.
constexpr double kShift = 3.0;

// The tokenizer type of runs and kept DiTs from before it was recorded.
constexpr const char* kTokenizerBeforeOption = "unigram";

nlohmann::json sizesJson(const TrainOptions& o) {
    return {{"seed", o.seed},         {"vae_dim", o.vaeDim},         {"z_dim", o.zDim},
            {"dit_dim", o.ditDim},    {"dit_layers", o.ditLayers},   {"dit_heads", o.ditHeads},
            {"dit_ffn", o.ditFfn},    {"text_dim", o.textDim},       {"text_layers", o.textLayers},
            {"text_heads", o.textHeads}, {"text_len", o.textLen},    {"vocab", o.vocab}, {"tokenizer", o.tokenizerType},
            {"token_budget", o.tokenBudget}, {"tokens_per_step", o.tokensPerStep}, {"vae_lr", o.vaeLr},
            {"dit_lr", o.ditLr},      {"vae_batch", o.vaeBatch},  {"vae_image_steps", o.vaeImageSteps}, {"vae_spatial", o.vaeSpatial}, {"dit_patch", ditPatchOf(o)}, {"heldout_fraction", o.heldOutFraction}, {"pool_size", o.poolSize}, {"pool_refresh", o.poolRefresh}, {"dit_simple_until", o.ditSimpleUntil},
            {"dit_simple_images", o.ditSimpleImages}, {"dit_simple_any_size", o.ditSimpleAnySize},
            {"dit_decay_from", o.ditDecayFrom}, {"dit_decay_steps", o.ditDecaySteps}, {"dit_object_weight", o.ditObjectWeight},
            {"dit_noise_share", o.ditNoiseShare}, {"dit_offset_noise", o.ditOffsetNoise}, {"dit_hold_known", o.ditHoldKnown}, {"dit_clip_frames", o.ditClipFrames},
            {"dit_pass_through", o.ditPassThrough}, {"dit_two_objects", o.ditTwoObjects}, {"dit_shift", o.ditShift}, {"dit_aux_weight", o.ditAuxWeight}, {"dit_bf16", o.ditBf16}, {"dit_distill_text", o.ditDistillText}, {"dit_distill_blocks", o.ditDistillBlocks}, {"decoder_steps", o.decoderSteps}, {"decoder_lr", o.decoderLr},
            {"decoder_dim", o.decoderDim}};
}

void applySizes(TrainOptions& o, const nlohmann::json& j) {
    o.seed = j.at("seed");
    o.vaeDim = j.at("vae_dim");
    o.zDim = j.at("z_dim");
    o.ditDim = j.at("dit_dim");
    o.ditLayers = j.at("dit_layers");
    o.ditHeads = j.at("dit_heads");
    o.ditFfn = j.at("dit_ffn");
    o.textDim = j.at("text_dim");
    o.textLayers = j.at("text_layers");
    o.textHeads = j.at("text_heads");
    o.textLen = j.at("text_len");
    o.vocab = j.at("vocab");
    o.tokenizerType = j.value("tokenizer", std::string(kTokenizerBeforeOption));
    o.tokenBudget = j.at("token_budget");
    o.tokensPerStep = j.at("tokens_per_step");
    o.vaeLr = j.at("vae_lr");
    o.ditLr = j.at("dit_lr");
    o.heldOutFraction = j.at("heldout_fraction");
    o.poolSize = j.value("pool_size", int64_t(256));
    o.poolRefresh = j.value("pool_refresh", int64_t(2));  // runs from before the key replaced 2 a step
    o.ditSimpleUntil = j.value("dit_simple_until", int64_t(0));
    o.ditSimpleImages = j.value("dit_simple_images", 0.0);
    o.ditSimpleAnySize = j.value("dit_simple_any_size", false);
    o.ditDecayFrom = j.value("dit_decay_from", int64_t(0));
    o.ditDecaySteps = j.value("dit_decay_steps", int64_t(0));
    o.ditObjectWeight = j.value("dit_object_weight", 0.0);
    o.ditNoiseShare = j.value("dit_noise_share", 0.0);
    o.ditOffsetNoise = j.value("dit_offset_noise", 0.0);
    o.ditHoldKnown = j.value("dit_hold_known", false);
    o.ditClipFrames = j.value("dit_clip_frames", kClipFramesBeforeOption);
    o.ditPassThrough = j.value("dit_pass_through", 0.0);
    o.ditTwoObjects = j.value("dit_two_objects", SceneOptions{}.twoObjectProbability);
    o.ditShift = j.value("dit_shift", kShift);
    o.ditAuxWeight = j.value("dit_aux_weight", 0.0);
    o.ditBf16 = j.value("dit_bf16", false);
    o.ditDistillText = j.value("dit_distill_text", int64_t(0));
    o.ditDistillBlocks = j.value("dit_distill_blocks", 0.0);
    o.decoderSteps = j.value("decoder_steps", int64_t(0));
    o.decoderLr = j.value("decoder_lr", 1e-4);
    o.decoderDim = j.value("decoder_dim", int64_t(0));
    o.vaeBatch = j.value("vae_batch", int64_t(2));
    o.vaeImageSteps = j.value("vae_image_steps", int64_t(0));
    o.vaeSpatial = j.value("vae_spatial", int64_t(8));
    o.ditPatch = j.value("dit_patch", int64_t(0));  // runs from before the key: 0, ditPatchOf's default
}

struct Run {
    TrainOptions options;
    fs::path dir;
    nlohmann::json state;  // run.json
    torch::Device device{torch::kCPU};
    TrainLog log;
    std::function<bool()> stop;
    Clock::time_point invocationStart = Clock::now();

    fs::path file(const std::string& name) const { return dir / name; }
    void saveState() { writeTextAtomically(file("run.json").string(), state.dump(2) + "\n"); }
    nlohmann::json& stage(const std::string& name) {
        auto& s = state["stages"][name];
        if (s.is_null()) s = {{"step", 0}, {"seconds", 0.0}, {"done", false}};
        return s;
    }
    bool shouldStop() const {
        if (stop && stop()) return true;
        const double minutes = std::chrono::duration<double>(Clock::now() - invocationStart).count() / 60.0;
        return options.stopAfterMinutes > 0 && minutes >= options.stopAfterMinutes;
    }
    void note(const std::string& stageName, const std::string& message) {
        TrainEvent e;
        e.stage = stageName;
        e.step = stage(stageName)["step"];
        e.seconds = stage(stageName)["seconds"];
        e.message = message;
        if (log) log(e);
    }
};

std::set<Combination> heldOutSet(const Run& run) {
    return heldOutCombinations(deriveSeed(run.options.seed, 0x4E1D), run.options.heldOutFraction);
}

// A CSV loss log that, on resume, drops the rows logged after the checkpoint it resumes from.
class LossLog {
public:
    LossLog(const fs::path& path, const std::string& header, int64_t resumeStep) : path_(path) {
        std::vector<std::string> keep;
        if (fs::exists(path)) {
            std::ifstream in(path);
            std::string line;
            std::getline(in, line);
            while (std::getline(in, line))
                if (!line.empty() && std::stoll(line.substr(0, line.find(','))) <= resumeStep) keep.push_back(line);
        }
        std::ostringstream text;
        text << header << "\n";
        for (const auto& l : keep) text << l << "\n";
        writeTextAtomically(path.string(), text.str());
        out_.open(path, std::ios::app);
    }
    void row(const std::string& line) {
        out_ << line << "\n";
        out_.flush();
    }

private:
    fs::path path_;
    std::ofstream out_;
};

void setLr(torch::optim::Optimizer& opt, double lr) {
    for (auto& g : opt.param_groups()) static_cast<torch::optim::AdamWOptions&>(g.options()).lr(lr);
}

double warmupLr(double base, int64_t step, int64_t warmup) {
    return base * std::min(1.0, double(step + 1) / double(warmup));
}

// A learning-rate factor: 1 before step `from`, then a cosine to 0 at from + steps, 0 after.
double cosineDecay(int64_t step, int64_t from, int64_t steps) {
    if (step < from) return 1.0;
    const double f = std::min(1.0, double(step - from) / double(steps));
    return 0.5 * (1.0 + std::cos(M_PI * f));
}

// The DiT's data offset (run.json "dit_data_offset", 0 until a restart sets it): which stream of
// clips, noise, timesteps and caption dropouts the DiT stage draws (train_detail::ditDataSeed).
int64_t ditDataOffset(const nlohmann::json& state) {
    return state.value("dit_data_offset", int64_t(0));
}

// Standard normal from the run's generator (Box-Muller), for the timestep distribution.
double normal(Rng& rng) {
    const double u1 = std::max(rng.uniform(), 1e-12), u2 = rng.uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

struct Shape2 {
    int width, height;
};
// Native sizes: 1:1, 16:9 (112x64 is the nearest multiple-of-16 size) and 9:16.
constexpr Shape2 kTrainSizes[] = {{64, 64}, {112, 64}, {64, 112}};

// The DiT's patch must tile the latents of every training size, and the longest training clip
// must fit one packed sequence.
void checkDitSizes(const TrainOptions& o) {
    if (o.tokenizerType != "bpe" && o.tokenizerType != "unigram")
        throw std::runtime_error("train: the tokenizer type '" + o.tokenizerType + "' is not one SentencePiece trains here (use bpe or unigram)");
    if (o.poolRefresh < 1)
        throw std::runtime_error("train: --pool-refresh must be at least 1 (pool entries replaced a step), not " +
                                 std::to_string(o.poolRefresh));
    if (!(o.ditShift >= 0.1 && o.ditShift <= 20))
        throw std::runtime_error("train: --dit-shift must be in [0.1, 20], not " + std::to_string(o.ditShift));
    if (!(o.ditAuxWeight >= 0 && o.ditAuxWeight <= 10))
        throw std::runtime_error("train: --dit-aux-weight must be in [0, 10], not " + std::to_string(o.ditAuxWeight));
    if (o.ditDistillText < 0)
        throw std::runtime_error("train: --dit-distill-text is a number of steps, not " + std::to_string(o.ditDistillText));
    if (!(o.ditDistillBlocks >= 0 && o.ditDistillBlocks <= 100))
        throw std::runtime_error("train: --dit-distill-blocks must be in [0, 100], not " + std::to_string(o.ditDistillBlocks));
    if (!(o.ditPassThrough >= 0 && o.ditPassThrough <= 1))
        throw std::runtime_error("train: --dit-pass-through is a share of the clips, in [0, 1], not " + std::to_string(o.ditPassThrough));
    if (!(o.ditTwoObjects >= 0 && o.ditTwoObjects <= 1))
        throw std::runtime_error("train: --dit-two-objects is a share of the scenes, in [0, 1], not " + std::to_string(o.ditTwoObjects));
    if (o.ditClipFrames.empty()) throw std::runtime_error("train: --dit-clip-frames needs at least one length");
    int longest = 0;
    for (int f : o.ditClipFrames) {
        if (f < 5 || (f - 1) % 4 != 0)
            throw std::runtime_error("train: a DiT training clip of " + std::to_string(f) +
                                     " frames is not 1+4k frames of at least 5 (e.g. 9, 17, 25, 33)");
        longest = std::max(longest, f);
    }
    const int64_t latentFrames = (longest - 1) / 4 + 1;
    const int64_t p = ditPatchOf(o);
    int64_t largest = 0;
    for (const Shape2& s : kTrainSizes) {
        const int64_t w = s.width / o.vaeSpatial, h = s.height / o.vaeSpatial;
        if (p < 1 || w % p != 0 || h % p != 0)
            throw std::runtime_error("train: a DiT patch of " + std::to_string(p) + " latent pixels does not tile the " +
                                     std::to_string(s.width) + "x" + std::to_string(s.height) +
                                     " training clips' latents (choose a patch that divides " + std::to_string(w) + " and " +
                                     std::to_string(h) + ")");
        largest = std::max(largest, latentFrames * (w / p) * (h / p));
    }
    if (o.tokenBudget < largest)
        throw std::runtime_error("train: the token budget of " + std::to_string(o.tokenBudget) +
                                 " is smaller than the largest training clip (" + std::to_string(longest) + " frames: " +
                                 std::to_string(largest) + " tokens with this patch): give --token-budget " +
                                 std::to_string(largest) + " or more, or shorter --dit-clip-frames");
}

torch::Generator cpuGenerator(uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

// ---- Tokenizer -----------------------------------------------------------------------------

void trainTokenizer(Run& run) {
    auto& st = run.stage("tokenizer");
    if (st["done"]) return;
    run.note("tokenizer", "training the SentencePiece tokenizer on the caption corpus");
    const fs::path corpus = run.file("captions.txt");
    {
        std::ofstream out(corpus);
        Rng rng(deriveSeed(run.options.seed, 0x70C));
        for (int i = 0; i < 6000; ++i) {
            Scene s = sampleScene(rng.next());
            out << caption(s) << "\n" << dropoutCaption(s, rng.next()) << "\n";
            // The enhancer's output for empty input: its own vocabulary and phrasing.
            if (i % 6 == 0) out << enhance("", rng.next()).caption << "\n";
        }
    }
    auto status = sentencepiece::SentencePieceTrainer::Train(
        "--input=" + corpus.string() + " --model_prefix=" + run.file("tokenizer").string() +
        " --vocab_size=" + std::to_string(run.options.vocab) +
        " --model_type=" + run.options.tokenizerType + " --character_coverage=1.0 --pad_id=0 --eos_id=1 --unk_id=2 --bos_id=-1"
        " --hard_vocab_limit=false --num_threads=1 --minloglevel=2");
    if (!status.ok()) throw std::runtime_error("cannot train the tokenizer: " + status.ToString());
    fs::remove(run.file("tokenizer.vocab"));
    Tokenizer tok(run.file("tokenizer.model").string());
    run.state["vocab_size"] = tok.vocabSize();
    st["done"] = true;
    run.saveState();
    run.note("tokenizer", "tokenizer has " + std::to_string(tok.vocabSize()) + " pieces");
}

// Writes an optimiser's state next to `path` and renames it over it, so a kill never leaves half a file.
void saveOptimizer(torch::optim::Optimizer& opt, const fs::path& path) {
    torch::save(opt, path.string() + ".tmp");
    fs::rename(path.string() + ".tmp", path);
}

// Records a checkpointed stage position in run.json.
void recordCheckpoint(Run& run, nlohmann::json& st, int64_t step, double seconds) {
    st["step"] = step;
    st["seconds"] = seconds;
    run.saveState();
}

}  // namespace

const std::set<std::string>& resumeChangeableKeys() {
    static const std::set<std::string> keys{"text_len",        "dit_lr",          "dit_simple_until", "dit_simple_images",
                                            "dit_simple_any_size", "dit_decay_from", "dit_decay_steps", "dit_object_weight",
                                            "dit_noise_share", "dit_offset_noise", "dit_hold_known", "dit_clip_frames", "dit_pass_through", "dit_two_objects", "dit_shift", "dit_aux_weight", "dit_bf16", "dit_distill_text", "dit_distill_blocks", "decoder_steps", "decoder_lr",
                                            "decoder_dim"};
    return keys;
}

namespace train_detail {

bool warmStartTextEncoder(torch::nn::Module& t5, const nlohmann::json& t5Config, const std::string& keptFile,
                          const Tokenizer& keptTok, const Tokenizer& tok) {
    torch::NoGradGuard noGrad;
    SafetensorsFile file(keptFile);
    const auto meta = file.metadata().find("config");
    if (meta == file.metadata().end()) return false;
    auto keptConfig = nlohmann::json::parse(meta->second), newConfig = t5Config;
    keptConfig.erase("vocab");
    newConfig.erase("vocab");
    if (keptConfig != newConfig) return false;
    const std::string embeddingName = "token_embedding.weight";
    for (auto& p : t5.named_parameters(true)) {
        auto dst = p.value();
        if (p.key() != embeddingName) {
            dst.copy_(loadTensor(file, p.key()).to(dst.scalar_type()));
            continue;
        }
        const auto kept = loadTensor(file, embeddingName).to(dst.device(), dst.scalar_type());
        for (int64_t id = 0; id < dst.size(0); ++id) {
            // pad, </s> and unknown have the same ids in every tokenizer the trainer makes (0, 1, 2)
            if (id == tok.padId() || id == tok.eosId() || id == 2) {
                dst[id].copy_(kept[id]);
                continue;
            }
            const TokenizedText t = keptTok.encode(tok.decode({id}), 64);
            if (t.length <= 1) continue;  // no text: the new row stays
            dst[id].copy_(kept.index_select(0, torch::tensor(std::vector<int64_t>(t.ids.begin(), t.ids.begin() + t.length - 1))
                                                   .to(dst.device()))
                              .mean(0));
        }
    }
    return true;
}

double ditLearningRate(const TrainOptions& o, int64_t step) {
    double lr = warmupLr(o.ditLr, step, 300);
    // After text distillation the DiT's weights start to train with new AdamW moments: the rate
    // warms up again over 300 steps from the step they unfreeze.
    if (o.ditDistillText > 0 && step >= o.ditDistillText) lr = std::min(lr, warmupLr(o.ditLr, step - o.ditDistillText, 300));
    return o.ditDecaySteps > 0 ? lr * cosineDecay(step, o.ditDecayFrom, o.ditDecaySteps) : lr;
}

uint64_t ditDataSeed(uint64_t seed, int64_t dataOffset) {
    return dataOffset == 0 ? seed : deriveSeed(seed, 0x0FF5E70000000ull + static_cast<uint64_t>(dataOffset));
}

int64_t bundleDataEnd(const nlohmann::json& training) {
    if (training.contains("dit_data_end")) return training["dit_data_end"].get<int64_t>();
    const int64_t steps = training.value("dit_steps", int64_t(0));
    const auto init = training.value("dit_init", nlohmann::json());
    return steps + (init.is_object() ? init.value("bundle_dit_steps", int64_t(0)) : 0);
}

PoolDraw drawPoolEntry(const TrainOptions& o, const std::set<Combination>& heldOut, int64_t k, int64_t dataOffset) {
    PoolDraw d{Rng(deriveSeed(ditDataSeed(o.seed, dataOffset), 0xDA7A0000000ull + static_cast<uint64_t>(k)))};
    Rng& rng = d.rng;
    SceneOptions so;
    so.heldOut = heldOut;
    so.split = Split::Seen;
    so.twoObjectProbability = o.ditTwoObjects;
    // The step at which entry k enters the pool (k / R, up to the pool's first fill).
    d.simple = k / o.poolRefresh < o.ditSimpleUntil;
    Shape2 size = kTrainSizes[rng.below(3)];
    const double fr = rng.uniform();
    if (fr < 0.2) {
        d.frames = 1;
    } else if (o.ditClipFrames == kClipFramesBeforeOption) {
        d.frames = fr < 0.55 ? 17 : 33;  // the mix before the option, so older runs keep their data stream
    } else {
        const size_t n = o.ditClipFrames.size();
        d.frames = o.ditClipFrames[std::min(n - 1, size_t((fr - 0.2) / 0.8 * double(n)))];
    }
    if (d.simple) {
        so.twoObjectProbability = 0.0;
        // (The draw is only made with a share, so runs without one keep their data stream.)
        if (o.ditSimpleImages > 0 && rng.chance(o.ditSimpleImages)) {
            d.frames = 1;
        } else if (!o.ditSimpleAnySize) {
            size = kTrainSizes[0];
            d.frames = 17;
        }
    }
    d.width = size.width;
    d.height = size.height;
    d.scene = sampleScene(rng.next(), so);
    // (Drawn only with a share, so runs without one keep their data stream.)
    if (o.ditPassThrough > 0 && d.frames > 1 && rng.chance(o.ditPassThrough)) d.scene = passingThrough(d.scene, rng.next());
    return d;
}

}  // namespace train_detail

namespace {

bool budgetDone(double seconds, double minutes, int64_t step, int64_t maxSteps) {
    return seconds >= minutes * 60 || (maxSteps > 0 && step >= maxSteps);
}

bool coolDownDone(const TrainOptions& o, int64_t step) {
    return o.ditDecaySteps > 0 && step >= o.ditDecayFrom + o.ditDecaySteps;
}

// ---- VAE -----------------------------------------------------------------------------------

nlohmann::json vaeConfigJson(const TrainOptions& o) {
    // vaeSpatial 8: Wan 2.1's 4x8x8 compression; 4: one stage fewer, 4x4x4.
    const bool wan = o.vaeSpatial == 8;
    nlohmann::json j = {{"dim", o.vaeDim},
            {"z_dim", o.zDim},
            {"dim_mult", wan ? nlohmann::json{1, 2, 4, 4} : nlohmann::json{1, 2, 4}},
            {"num_res_blocks", 1},
            {"attn_scales", nlohmann::json::array()},
            {"temperal_downsample", wan ? nlohmann::json{false, true, true} : nlohmann::json{true, true}},
            {"dropout", 0.0}};
    if (o.decoderDim > 0 && o.decoderDim != o.vaeDim) j["dec_dim"] = o.decoderDim;  // Wan 2.2's wider decoder
    return j;
}

// A batch of same-shaped rendered clips [B, 3, T, H, W] of seen scenes: single frames only when
// `imagesOnly` (the warm-up: a one-frame step costs about a fifth of a clip step and teaches the
// spatial half), otherwise 1, 5, 9, 17 or 33 frames (1 to 9 latent frames, the lengths the DiT
// trains on: clips of 3 latents or fewer taught the causal decoder nothing past them, and longer
// reconstructions drifted to gray; shapes-v2 added 33-frame clips at VAE step 1781).
//
// With `cropClips`, multi-frame clips are rendered at their native size (so objects keep the scale
// they have at inference) and each is cut to a random kClipCrop x kClipCrop window: the VAE is
// fully convolutional, and a window costs a quarter to a seventh of the whole frame, so the
// temporal half gets several times more steps per minute (shapes-v2 switched at VAE step 2250,
// after 750 whole-frame clip steps had reached about 20 dB).
constexpr int kClipCrop = 32;
torch::Tensor vaeBatch(const Run& run, Rng& rng, const std::set<Combination>& heldOut, int batch, bool imagesOnly = false,
                       bool cropClips = false) {
    const Shape2 size = kTrainSizes[rng.below(3)];
    const double r = rng.uniform();
    const int frames = imagesOnly || r < 0.1 ? 1 : r < 0.3 ? 5 : r < 0.55 ? 9 : r < 0.8 ? 17 : 33;
    SceneOptions so;
    so.heldOut = heldOut;
    so.split = Split::Seen;
    const bool crop = cropClips && frames > 1;
    std::vector<torch::Tensor> clips;
    for (int i = 0; i < batch; ++i) {
        auto clip = renderVideo(sampleScene(rng.next(), so), size.width, size.height, frames);  // [3, T, H, W]
        if (crop) {
            const int64_t x = rng.below(size.width - kClipCrop + 1), y = rng.below(size.height - kClipCrop + 1);
            clip = clip.slice(3, x, x + kClipCrop).slice(2, y, y + kClipCrop).contiguous();
        }
        clips.push_back(clip);
    }
    return torch::stack(clips);
}

// A float32 CPU tensor's values, for run.json.
std::vector<float> toFloats(const torch::Tensor& t) {
    auto c = t.contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Statistics that leave latents raw (mean 0, scale 1): the VAE is trained and measured on its own
// latents, before (and independently of) the normalisation the DiT sees.
struct RawStats {
    torch::Tensor zero, one;
};
RawStats rawStats(int64_t z, torch::Device device) {
    auto opts = torch::TensorOptions().device(device);
    return {torch::zeros({z}, opts), torch::ones({z}, opts)};
}

// Latent frame 0 is the first frame encoded alone, and on Shapes World its values spread about a
// third as far as the other frames' (shapes-v2: per-channel std 0.09-0.45 against 0.3-0.9 after the
// global normalisation). Normalised with the global statistics, the same DiT error is then about
// three times larger relative to frame 0's content, and sampled first frames came out as confetti
// while the later frames were clean. So frame 0 gets its own statistics, measured on single frames
// (which encode exactly as a clip's first frame does).
void measureFirstFrameStats(Run& run, WanVAE& vae, const std::set<Combination>& heldOut) {
    torch::NoGradGuard noGrad;
    vae->eval();
    Rng rng(deriveSeed(run.options.seed, 0xF1257));
    const int64_t z = run.options.zDim;
    const auto [zero, one] = rawStats(z, run.device);
    std::vector<torch::Tensor> latents;
    for (int i = 0; i < 8; ++i) {
        auto images = vaeBatch(run, rng, heldOut, 8, /*imagesOnly=*/true).to(run.device);  // [8, 3, 1, H, W]
        auto mu = vae->encode(images, zero, one).to(torch::kCPU);                          // [8, z, 1, h, w]
        latents.push_back(mu.permute({0, 2, 3, 4, 1}).reshape({-1, z}));
    }
    auto X = torch::cat(latents);
    run.state["latent"]["first_mean"] = toFloats(X.mean(0));
    run.state["latent"]["first_std"] = toFloats(X.std(0).clamp_min(1e-4));
}

void measureLatentStats(Run& run, WanVAE& vae, const std::set<Combination>& heldOut) {
    // Per-channel mean/std of the encoder's mean over seen clips, and a linear latent -> RGB preview
    // (least squares from raw latent pixels to the mean colour of the pixels they cover).
    torch::NoGradGuard noGrad;
    vae->eval();
    Rng rng(deriveSeed(run.options.seed, 0x57A7));
    const int64_t z = run.options.zDim, f = vae->config().spatialFactor();
    const auto [zero, one] = rawStats(z, run.device);
    std::vector<torch::Tensor> latents, colours;
    for (int i = 0; i < 24; ++i) {
        auto video = vaeBatch(run, rng, heldOut, 1).to(run.device);  // [1, 3, T, H, W]
        auto mu = vae->encode(video, zero, one).to(torch::kCPU)[0];   // [z, L, h, w]
        // Latent frame k shows pixel frame 4k (frame 0 for k = 0) at the end of its group.
        auto idx = torch::arange(mu.size(1), torch::kInt64) * vae->config().temporalFactor();
        auto frames = video[0].to(torch::kCPU).index_select(1, idx);  // [3, L, H, W]
        auto pooled = torch::avg_pool3d(frames.unsqueeze(0), {1, f, f}, {1, f, f})[0];  // [3, L, h, w]
        latents.push_back(mu.flatten(1).t());
        colours.push_back(pooled.flatten(1).t());
    }
    auto X = torch::cat(latents), Y = torch::cat(colours);  // [N, z], [N, 3]
    auto mean = X.mean(0), stdv = X.std(0).clamp_min(1e-4);
    auto Xa = torch::cat({X, torch::ones({X.size(0), 1})}, 1).to(torch::kFloat64);
    auto W = torch::linalg_pinv(Xa).matmul(Y.to(torch::kFloat64)).to(torch::kFloat32);  // [z + 1, 3]
    nlohmann::json matrix = nlohmann::json::array();
    for (int64_t i = 0; i < z; ++i) matrix.push_back(toFloats(W[i]));
    run.state["latent"] = {{"mean", toFloats(mean)}, {"std", toFloats(stdv)}};
    run.state["preview"] = {{"matrix", matrix}, {"bias", toFloats(W[z])}};
    measureFirstFrameStats(run, vae, heldOut);
}

// TESSERA_TRAIN_PROFILE=1 prints where a step's time goes (stderr).
const bool kProfile = std::getenv("TESSERA_TRAIN_PROFILE") != nullptr;
struct Phases {
    Clock::time_point last = Clock::now();
    std::string text;
    void mark(const char* name) {
        if (!kProfile) return;
        const auto now = Clock::now();
        text += std::string(" ") + name + " " + std::to_string(std::chrono::duration<double>(now - last).count()).substr(0, 5);
        last = now;
    }
    void print(int64_t step) const {
        if (kProfile) std::fprintf(stderr, "profile step %lld:%s\n", static_cast<long long>(step), text.c_str());
    }
};

double psnr(const torch::Tensor& a, const torch::Tensor& b) {
    // Both in [-1, 1]; PSNR of the [0, 1] images.
    const double mse = ((a.clamp(-1, 1) - b) * 0.5).pow(2).mean().item<double>();
    return 10.0 * std::log10(1.0 / std::max(mse, 1e-12));
}

// The VAE trains channels-last (activations and 3D kernels): oneDNN then skips a reorder into and
// out of its layout per convolution. Measured on 2 threads with the same data: forward about 1.6x
// faster, backward unchanged, a step 14-19% shorter, losses equal to 6 digits.
// TESSERA_VAE_NCDHW=1 trains in the default layout (for comparison).
const bool kChannelsLast = std::getenv("TESSERA_VAE_NCDHW") == nullptr;
void channelsLast(torch::nn::Module& m) {
    if (!kChannelsLast) return;
    torch::NoGradGuard noGrad;
    for (auto& p : m.parameters(true))
        if (p.dim() == 5) p.set_data(p.data().contiguous(torch::MemoryFormat::ChannelsLast3d));
}
torch::Tensor channelsLast(const torch::Tensor& video) {
    return kChannelsLast ? video.contiguous(torch::MemoryFormat::ChannelsLast3d) : video;
}

// The reconstruction loss terms of a batch [B, 3, T, H, W] in [-1, 1].
//
// Objects are a few percent of a Shapes World frame, so plain means let their colours wash out to
// the background (seen at shapes-v2 step 3670: positions tracked, colours gray after frame 0).
// Backgrounds are flat, so a pixel away from its frame's corner colour is an object pixel; those
// weigh 10x (shapes-v2 from VAE step ~3700). With `edges`, `edge` is the same weighted L1 on the
// horizontal and vertical pixel differences: it is zero inside flat areas and large only where an
// outline is blurred or misplaced.
struct ReconstructionTerms {
    torch::Tensor l1, mse, edge;
};
ReconstructionTerms reconstructionTerms(const torch::Tensor& recon, const torch::Tensor& video, bool edges) {
    namespace ix = torch::indexing;
    auto corner = video.index({ix::Slice(), ix::Slice(), ix::Slice(), ix::Slice(0, 1), ix::Slice(0, 1)});
    auto weight = 1.0 + 9.0 * ((video - corner).abs().amax(1, true) > 0.1).to(video.dtype());
    auto weighted = [](const torch::Tensor& e, const torch::Tensor& w) { return (e * w).mean() / w.mean(); };
    const auto err = recon - video;
    ReconstructionTerms t{weighted(err.abs(), weight), weighted(err.pow(2), weight), {}};
    if (edges) {
        t.edge = torch::zeros({}, recon.options());
        for (int64_t dim : {3, 4}) {  // H, W
            const int64_t n = err.size(dim);
            if (n < 2) continue;
            auto diff = err.narrow(dim, 1, n - 1) - err.narrow(dim, 0, n - 1);  // d(recon) - d(video)
            auto w = torch::maximum(weight.narrow(dim, 1, n - 1), weight.narrow(dim, 0, n - 1));
            t.edge = t.edge + weighted(diff.abs(), w);
        }
    }
    return t;
}

// What the VAE stage and the decoder refinement share: the codec settings (raw latents, long
// chunks), the position (step, training seconds), the checkpoint (VAE weights, optimiser state,
// run.json), the loss log (a CSV row every 10 steps: step, seconds, loss, L1, a third term, batch
// PSNR, learning rate) and the running means reported to the console.
struct VaeStageLoop {
    VaeStageLoop(Run& run, const std::string& stage, WanVAE& vae, torch::optim::Optimizer& opt, const std::string& optimFile,
                 const std::string& thirdColumn)
        : run(run),
          stage(stage),
          st(run.stage(stage)),
          vae(vae),
          opt(opt),
          optimFile(optimFile),
          step(st["step"]),
          seconds(st["seconds"]),
          csv(run.file("loss_" + stage + ".csv"), "step,seconds,loss,l1," + thirdColumn + ",psnr_db,lr", step),
          stats(rawStats(run.options.zDim, run.device)) {
        eo.chunkLatentFrames = 64;
        dopt.chunkLatentFrames = 64;
    }
    void checkpoint() {
        saveModule(*vae, run.file("vae.safetensors").string(), vaeConfigJson(run.options), torch::kFloat32, {});
        saveOptimizer(opt, run.file(optimFile));
        recordCheckpoint(run, st, step, seconds);
        lastCheckpoint = Clock::now();
        run.note(stage, "checkpoint at step " + std::to_string(step));
    }
    /// After an optimiser step begun at t0: counts it, logs, and checkpoints when one is due.
    void finishStep(Clock::time_point t0, const torch::Tensor& loss, const torch::Tensor& l1, const torch::Tensor& third,
                    const torch::Tensor& recon, const torch::Tensor& video, double lr) {
        ++step;
        seconds += std::chrono::duration<double>(Clock::now() - t0).count();
        const double p = psnr(recon.detach(), video), l = loss.item<double>();
        emaLoss = firstStep ? l : 0.95 * emaLoss + 0.05 * l;
        emaPsnr = firstStep ? p : 0.95 * emaPsnr + 0.05 * p;
        firstStep = false;
        if (step % 10 == 0 || step == 1) {  // the first step too, so even a short run has a curve
            std::ostringstream row;
            row << step << "," << seconds << "," << l << "," << l1.item<double>() << "," << third.item<double>() << "," << p
                << "," << lr;
            csv.row(row.str());
            TrainEvent e{stage, step, seconds, emaLoss, lr, emaPsnr, ""};
            if (run.log) run.log(e);
        }
        if (std::chrono::duration<double>(Clock::now() - lastCheckpoint).count() >= run.options.checkpointMinutes * 60)
            checkpoint();
    }

    Run& run;
    const std::string stage;
    nlohmann::json& st;
    WanVAE& vae;
    torch::optim::Optimizer& opt;
    const std::string optimFile;
    int64_t step;
    double seconds;
    LossLog csv;
    const RawStats stats;
    EncodeOptions eo;
    DecodeOptions dopt;
    Clock::time_point lastCheckpoint = Clock::now();
    double emaLoss = 0, emaPsnr = 0;
    bool firstStep = true;  // of this invocation: the running means start from it, also after a resume
};

void trainVae(Run& run) {
    auto& st = run.stage("vae");
    const auto& o = run.options;
    // The VAE is final once the DiT has started training on its latents (or the decoder refinement,
    // which rewrites vae.safetensors, has begun, or the decoder was widened); before that, a resume
    // with a larger budget trains it further (and measures its statistics again).
    const bool budgetReached = budgetDone(double(st["seconds"]), o.vaeMinutes, int64_t(st["step"]), o.vaeMaxSteps);
    const bool laterStageStarted = int64_t(run.stage("dit")["step"]) > 0 || run.state["stages"].contains("decoder") ||
                                   run.state.contains("decoder_widenings");
    if (laterStageStarted || (budgetReached && st["done"])) return;
    torch::manual_seed(deriveSeed(o.seed, 0x1417));  // initial weights from the run's seed
    WanVAE vae(VaeConfig::fromJson(vaeConfigJson(o)));
    vae->to(run.device);
    std::vector<torch::Tensor> params = vae->parameters();
    torch::optim::AdamW opt(params, torch::optim::AdamWOptions(o.vaeLr).betas({0.9, 0.99}).weight_decay(0.0));
    if (int64_t(st["step"]) > 0) {
        loadModule(*vae, run.file("vae.safetensors").string(), run.device);
        torch::load(opt, run.file("vae.optim.pt").string());
        run.note("vae", "resumed at step " + std::to_string(int64_t(st["step"])));
    } else {
        // Start the posterior narrow (log-variance half of conv1 biased to -8): with unit noise on
        // near-zero means the decoder would first see nothing but noise.
        torch::NoGradGuard noGrad;
        for (auto& p : vae->named_parameters())
            if (p.key() == "conv1.bias") p.value().narrow(0, o.zDim, o.zDim).fill_(-8.0);
        run.note("vae", "training the VAE (" + std::to_string(o.vaeDim) + " base channels, z " + std::to_string(o.zDim) + ")");
    }
    channelsLast(*vae);
    vae->train();
    const auto heldOut = heldOutSet(run);
    VaeStageLoop loop(run, "vae", vae, opt, "vae.optim.pt", "kl");
    while (true) {
        if (budgetDone(loop.seconds, o.vaeMinutes, loop.step, o.vaeMaxSteps)) break;
        if (run.shouldStop()) {
            loop.checkpoint();
            return;
        }
        auto t0 = Clock::now();
        const int64_t step = loop.step;
        Rng rng(deriveSeed(o.seed, 0x7AE0000 + step));
        Phases ph;
        auto video = channelsLast(vaeBatch(run, rng, heldOut, int(o.vaeBatch), step < o.vaeImageSteps, true).to(run.device));
        ph.mark("data");
        torch::Tensor mu, logVar;
        vae->encode(video, loop.stats.zero, loop.stats.one, &mu, &logVar, loop.eo);
        ph.mark("encode");
        logVar = logVar.clamp(-30.0, 20.0);
        auto eps = torch::randn(mu.sizes(), cpuGenerator(rng.next())).to(run.device);
        auto zs = mu + torch::exp(0.5 * logVar) * eps;
        auto recon = vae->decode(zs, loop.stats.zero, loop.stats.one, loop.dopt);
        ph.mark("decode");
        const auto terms = reconstructionTerms(recon, video, false);
        auto kl = 0.5 * (mu.pow(2) + logVar.exp() - 1.0 - logVar).mean();
        auto loss = terms.l1 + terms.mse + 1e-4 * kl;
        const double lr = warmupLr(o.vaeLr, step, 100);
        setLr(opt, lr);
        opt.zero_grad();
        loss.backward();
        ph.mark("backward");
        torch::nn::utils::clip_grad_norm_(params, 1.0);
        opt.step();
        ph.mark("step");
        ph.print(step);
        loop.finishStep(t0, loss, terms.l1, kl, recon, video, lr);
    }
    loop.checkpoint();
    run.note("vae", "measuring latent statistics");
    measureLatentStats(run, vae, heldOut);
    st["done"] = true;
    run.saveState();
    run.note("vae", "VAE done");
}

void exportBundle(const Run& run) {
    exportTrainedBundle(run.dir.string(), run.options.bundleDir.empty() ? run.file("bundle").string() : run.options.bundleDir);
}

// ---- Decoder refinement --------------------------------------------------------------------

// The VAE stage ends with soft outlines: shapes-v2's VAE (25.2 dB held-out) gives small squares and
// triangles rounded corners, and the judge reads only 68% of shapes right on its reconstructions.
// This stage trains the decoder alone (conv2 and decoder.*; the encoder and conv1 are frozen, so
// the latents, their statistics and a DiT already trained on them are unchanged) on the VAE's
// data mix, decoding the posterior means as sampling does, with the edge term added and the
// learning rate decayed along a cosine to zero over `decoder_steps` (the VAE stage's rate is
// constant). It rewrites vae.safetensors; the encoder's tensors stay bit-identical.
// Returns whether the stage is complete (or not asked for); false when the run was stopped in it.
bool refineDecoder(Run& run) {
    const auto& o = run.options;
    if (o.decoderSteps <= 0) return true;
    auto& st = run.stage("decoder");
    const int64_t resumeStep = int64_t(st["step"]);
    if (resumeStep >= o.decoderSteps) return true;
    WanVAE vae(VaeConfig::fromJson(vaeConfigJson(o)));
    vae->to(run.device);
    loadModule(*vae, run.file("vae.safetensors").string(), run.device);
    std::vector<torch::Tensor> params;
    for (auto& p : vae->named_parameters()) {
        const bool decoder = p.key().rfind("decoder.", 0) == 0 || p.key().rfind("conv2.", 0) == 0;
        p.value().set_requires_grad(decoder);
        if (decoder) params.push_back(p.value());
    }
    torch::optim::AdamW opt(params, torch::optim::AdamWOptions(o.decoderLr).betas({0.9, 0.99}).weight_decay(0.0));
    if (resumeStep > 0) {
        const std::string resumed = "resumed at step " + std::to_string(resumeStep);
        if (fs::exists(run.file("decoder.optim.pt"))) {
            torch::load(opt, run.file("decoder.optim.pt").string());
            run.note("decoder", resumed);
        } else {
            // A run folder kept without its optimiser state (train-runs/ in git leaves it out): the
            // weights go on from their step, AdamW's moments start again.
            run.note("decoder", resumed + " without decoder.optim.pt: the optimiser's moments start again");
        }
    } else {
        run.note("decoder", "refining the VAE's decoder for " + std::to_string(o.decoderSteps) + " steps (encoder frozen)");
    }
    channelsLast(*vae);
    vae->train();
    const auto heldOut = heldOutSet(run);
    VaeStageLoop loop(run, "decoder", vae, opt, "decoder.optim.pt", "edge");
    while (loop.step < o.decoderSteps) {
        if (run.shouldStop()) {
            loop.checkpoint();
            return false;
        }
        auto t0 = Clock::now();
        const int64_t step = loop.step;
        Rng rng(deriveSeed(o.seed, 0xDEC0000 + step));
        auto video = channelsLast(vaeBatch(run, rng, heldOut, int(o.vaeBatch), false, true).to(run.device));
        torch::Tensor mu;
        {
            torch::NoGradGuard noGrad;
            mu = vae->encode(video, loop.stats.zero, loop.stats.one, nullptr, nullptr, loop.eo);
        }
        auto recon = vae->decode(mu, loop.stats.zero, loop.stats.one, loop.dopt);
        const auto terms = reconstructionTerms(recon, video, true);
        auto loss = terms.l1 + terms.mse + terms.edge;
        const double lr = warmupLr(o.decoderLr, step, 50) * cosineDecay(step, 0, o.decoderSteps);
        setLr(opt, lr);
        opt.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(params, 1.0);
        opt.step();
        loop.finishStep(t0, loss, terms.l1, terms.edge, recon, video, lr);
    }
    loop.checkpoint();
    st["done"] = true;
    run.saveState();
    // A run whose DiT has checkpoints gets its bundle again, with the refined decoder.
    if (fs::exists(run.file("dit.ema.safetensors"))) exportBundle(run);
    run.note("decoder", "decoder refinement done");
    return true;
}

// ---- DiT -----------------------------------------------------------------------------------

nlohmann::json ditConfigJson(const TrainOptions& o) {
    return {{"model_type", "t2v"},      {"patch_size", {1, ditPatchOf(o), ditPatchOf(o)}},   {"text_len", o.textLen},
            {"in_dim", 2 * o.zDim + 4}, {"dim", o.ditDim},           {"ffn_dim", o.ditFfn},
            {"freq_dim", 64},           {"text_dim", o.textDim},     {"out_dim", o.zDim},
            {"num_heads", o.ditHeads},  {"num_layers", o.ditLayers}, {"window_size", {-1, -1}},
            {"qk_norm", true},          {"cross_attn_norm", true},   {"eps", 1e-6}};
}

nlohmann::json t5ConfigJson(const TrainOptions& o, int64_t vocab) {
    return {{"vocab", vocab},          {"dim", o.textDim},         {"dim_attn", o.textDim},
            {"dim_ffn", 2 * o.textDim}, {"num_heads", o.textHeads}, {"num_layers", o.textLayers},
            {"num_buckets", 32},       {"shared_pos", false},      {"dropout", 0.0}};
}

// Which frames (and region) of a training clip are known: the visual-prompt tasks of the pipeline
// (docs/tasks.md), so that image-to-video, extension both ways, loops, connections and inpainting
// are native. Returns the pixel mask [T, H, W] (1 = known) or an undefined tensor (text only).
torch::Tensor sampleKnownMask(Rng& rng, int frames, int height, int width) {
    auto mask = torch::zeros({frames, height, width});
    const double r = rng.uniform();
    if (frames == 1) {
        if (r >= 0.2) return {};
    } else {
        const int L = (frames - 1) / 4 + 1;
        auto known = [&](int from, int to) { mask.narrow(0, from, to - from).fill_(1.0); };  // pixel frames [from, to)
        auto latentSpan = [&](int a, int b) { known(a == 0 ? 0 : 4 * a - 3, b == 0 ? 1 : 4 * (b - 1) + 1); };
        if (r < 0.30) return {};
        if (r < 0.52) {
            known(0, 1);  // first frame (image-to-video)
        } else if (r < 0.58) {
            known(frames - 1, frames);  // last frame
        } else if (r < 0.66) {
            known(0, 1);  // first and last frames (loops, first+last)
            known(frames - 1, frames);
        } else if (r < 0.76) {
            latentSpan(0, 1 + rng.below(L - 1));  // head (extend forward)
        } else if (r < 0.86) {
            latentSpan(L - 1 - rng.below(L - 1), L);  // tail (extend backward)
        } else if (r < 0.90) {
            const int k = 1 + rng.below(std::max(1, L / 3));  // head and tail (connect)
            latentSpan(0, k);
            latentSpan(L - k, L);
        }
        if (r < 0.90) return mask;
    }
    // A rectangle to regenerate, everything else known (inpainting), on 8-pixel boundaries.
    mask.fill_(1.0);
    const int bw = std::max(1, width / 8), bh = std::max(1, height / 8);
    const int rw = std::max(1, int(bw * rng.uniform(0.25, 0.65))), rh = std::max(1, int(bh * rng.uniform(0.25, 0.65)));
    const int x0 = rng.below(bw - rw + 1), y0 = rng.below(bh - rh + 1);
    mask.narrow(1, 8 * y0, 8 * rh).narrow(2, 8 * x0, 8 * rw).fill_(0.0);
    return mask;
}

// One rendered and encoded training clip with the known-frame conditioning of a task.
struct PoolEntry {
    Scene scene;
    int frames = 0;
    torch::Tensor x0, mask4, whole, known;  // [z, L, h, w], [4, L, h, w], [1, L, h, w], [z, L, h, w]
    torch::Tensor objects;                  // [1, L, h, w]: objectCoverage of the clip
    torch::Tensor attributes;               // [tokens, classes]: attributeTargets, with an auxiliary loss
};

// Data echoing: encoding clips through the VAE costs several times a DiT step on the CPU, so the
// DiT trains from a pool of encoded clips in which a few are replaced every step; each clip is
// used several times with fresh noise, timestep and caption dropout. Entry k of the stream is a
// pure function of (seed, k), and at step s the pool holds entries [s * R, s * R + N), so a resumed
// run sees exactly the data an uninterrupted one would.
class LatentPool {
public:
    LatentPool(Run& run, WanVAE& vae, torch::Tensor mean, torch::Tensor invStd, std::set<Combination> heldOut)
        : kRefreshPerStep(run.options.poolRefresh), kSize(std::max<int64_t>(run.options.poolSize, kRefreshPerStep)), run_(run), vae_(vae), mean_(std::move(mean)),
          invStd_(std::move(invStd)), heldOut_(std::move(heldOut)), dataOffset_(ditDataOffset(run.state)) {}
    const int64_t kRefreshPerStep;
    const int64_t kSize;
    /// The run's data offset, read once for the stage: the pool's entries and the batches drawn from it.
    int64_t dataOffset() const { return dataOffset_; }

    /// Encodes the whole pool; returns false when `stop` asked to stop part-way (nothing is lost:
    /// the pool is rebuilt from the step on the next resume).
    bool fill(int64_t step, const std::function<bool()>& stop) {
        entries_.assign(kSize, {});
        for (int64_t k = step * kRefreshPerStep; k < step * kRefreshPerStep + kSize; ++k) {
            if (stop()) return false;
            entries_[k % kSize] = make(k);
        }
        return true;
    }
    // After step `step`: entries [step * R, (step + 1) * R) are replaced by the next ones.
    void advance(int64_t step) {
        for (int64_t k = step * kRefreshPerStep; k < (step + 1) * kRefreshPerStep; ++k)
            entries_[k % kSize] = make(k + kSize);
    }
    const PoolEntry& at(int64_t i) const { return entries_[i % kSize]; }

private:
    PoolEntry make(int64_t k) {
        torch::NoGradGuard noGrad;
        PoolDraw d = drawPoolEntry(run_.options, heldOut_, k, dataOffset_);
        Rng& rng = d.rng;
        EncodeOptions eo;
        eo.chunkLatentFrames = 64;
        PoolEntry e;
        e.scene = std::move(d.scene);
        e.frames = d.frames;
        const bool simple = d.simple;
        const Shape2 size{d.width, d.height};
        const RenderedClip rendered = render(e.scene, size.width, size.height, e.frames, 16.0);
        auto video = framesToTensor(rendered.clip.frames, size.width, size.height).to(run_.device);  // [3, T, H, W]
        e.objects = objectCoverage(rendered.truth, size.width, size.height, vae_->config().spatialFactor()).to(run_.device);
        if (run_.options.ditAuxWeight > 0) {
            const int64_t p = ditPatchOf(run_.options);
            e.attributes = attributeTargets(e.scene, rendered.truth, size.width, size.height, vae_->config().spatialFactor(), {1, p, p})
                               .to(run_.device);
        }
        e.x0 = vae_->encode(video.unsqueeze(0), mean_, invStd_, nullptr, nullptr, eo)[0];
        const int64_t L = e.x0.size(1), h = e.x0.size(2), w = e.x0.size(3);
        torch::Tensor pixelMask;
        if (!simple || rng.chance(0.3)) pixelMask = sampleKnownMask(rng, e.frames, size.height, size.width);
        if (pixelMask.defined()) {
            latentMasks(pixelMask, vae_->config().spatialFactor(), &e.mask4, &e.whole);
            e.mask4 = e.mask4.to(run_.device);
            e.whole = e.whole.unsqueeze(0).to(run_.device);
            // As the pipeline does: the known channel is the encoding of the video with the unknown
            // pixels zeroed (a known span after frame 0 held before, with --dit-hold-known).
            e.known = knownLatents(
                [&](const torch::Tensor& p) { return vae_->encode(p.unsqueeze(0), mean_, invStd_, nullptr, nullptr, eo)[0]; },
                video * pixelMask.to(run_.device).unsqueeze(0), pixelMask, e.whole, run_.options.ditHoldKnown);
        } else {
            e.mask4 = torch::zeros({4, L, h, w}, e.x0.options());
            e.whole = torch::zeros({1, L, h, w}, e.x0.options());
            e.known = torch::zeros_like(e.x0);
        }
        return e;
    }

    Run& run_;
    WanVAE& vae_;
    torch::Tensor mean_, invStd_;
    std::set<Combination> heldOut_;
    const int64_t dataOffset_;
    std::vector<PoolEntry> entries_;
};

struct DitBatch {
    std::vector<torch::Tensor> inputs, targets, lossMasks;  // [2z+4, L, h, w], [z, L, h, w], [1, L, h, w]
    std::vector<torch::Tensor> attributes;                  // [tokens, classes], with an auxiliary loss
    std::vector<std::string> captions;
    std::vector<float> timesteps;
    int64_t tokens = 0;
};

DitBatch ditBatch(const Run& run, const LatentPool& pool, const DitConfig& dc, int64_t step) {
    torch::NoGradGuard noGrad;
    Rng rng(deriveSeed(ditDataSeed(run.options.seed, pool.dataOffset()), 0xD170000 + step));
    DitBatch b;
    while (b.tokens < run.options.tokensPerStep) {
        const PoolEntry& e = pool.at(rng.below(int(pool.kSize)));
        const int64_t L = e.x0.size(1), h = e.x0.size(2), w = e.x0.size(3);
        auto gen = cpuGenerator(rng.next());
        auto noise = flowNoise(e.x0.sizes(), gen, run.options.ditNoiseShare, run.options.ditOffsetNoise).to(run.device);
        // Logit-normal sigma, shifted (by default like the sampler's schedule).
        const double u = 1.0 / (1.0 + std::exp(-normal(rng)));
        const double shift = run.options.ditShift;
        const double sigma = shift * u / (1.0 + (shift - 1.0) * u);
        auto xt = (1.0 - sigma) * e.x0 + sigma * noise;
        // As in sampling, the wholly known latents follow the known latents re-noised to sigma.
        xt = e.whole * ((1.0 - sigma) * e.known + sigma * noise) + (1.0 - e.whole) * xt;
        b.inputs.push_back(torch::cat({xt, e.mask4, e.known}, 0));
        b.targets.push_back(noise - e.x0);
        if (e.attributes.defined()) b.attributes.push_back(e.attributes);
        // Known latents carry no loss; with an object weight, the cells an object covers count more.
        b.lossMasks.push_back(run.options.ditObjectWeight > 0 ? (1.0 - e.whole) * (1.0 + run.options.ditObjectWeight * e.objects)
                                                              : 1.0 - e.whole);
        DropoutOptions dopt;
        dopt.dropMotion = e.frames == 1;
        b.captions.push_back(dropoutCaption(e.scene, rng.next(), dopt));
        b.timesteps.push_back(static_cast<float>(sigma * 1000.0));
        b.tokens += dc.tokenCount(L, h, w);
    }
    return b;
}

}  // namespace

namespace train_detail {

int64_t longestCaptionTokens(const Tokenizer& tok, uint64_t seed) {
    SceneOptions so;
    so.twoObjectProbability = 1.0;
    int64_t longest = 0;
    Rng rng(deriveSeed(seed, 0x7E47));
    for (int i = 0; i < 2000; ++i)
        longest = std::max(longest, tok.tokenCount(caption(sampleScene(rng.next(), so))));
    return longest;
}

}  // namespace train_detail

namespace {

// Text embeddings of captions, each narrowed to its real tokens (as the pipeline does).
std::vector<torch::Tensor> encodeCaptions(T5Encoder& t5, const Tokenizer& tok, const std::vector<std::string>& captions,
                                          int64_t textLen, torch::Device device) {
    TokenizedBatch tb = tok.encode(captions, textLen);
    auto ids = torch::tensor(tb.ids, torch::kInt64).view({tb.batch, textLen}).to(device);
    auto mask = torch::tensor(tb.mask, torch::kInt64).view({tb.batch, textLen}).to(device);
    auto out = t5->forward(ids, mask);
    std::vector<torch::Tensor> ctx;
    for (int64_t i = 0; i < tb.batch; ++i) ctx.push_back(out[i].narrow(0, 0, std::max<int64_t>(1, tb.lengths[i])));
    return ctx;
}

void emaUpdate(torch::nn::Module& ema, torch::nn::Module& model, double decay) {
    torch::NoGradGuard noGrad;
    auto e = ema.parameters(), m = model.parameters();
    for (size_t i = 0; i < e.size(); ++i) e[i].mul_(decay).add_(m[i].detach(), 1.0 - decay);
}

void copyParameters(torch::nn::Module& to, torch::nn::Module& from) {
    torch::NoGradGuard noGrad;
    auto t = to.parameters(), f = from.parameters();
    for (size_t i = 0; i < t.size(); ++i) t[i].copy_(f[i]);
}

// ---- Restarting the DiT (--restart-dit) ------------------------------------------------------

// The files of a DiT stage; a restart keeps them in dit-before-restart-STEP.
constexpr const char* kDitFiles[] = {"dit.safetensors",      "dit.ema.safetensors", "text_encoder.safetensors",
                                     "text_encoder.ema.safetensors", "dit.optim.pt", "loss_dit.csv",
                                     "dit_aux.safetensors", "dit_aux.optim.pt", "loss_dit_aux.csv"};
// The sizes a restart may change, and those of them that fix the weights' shapes apart from the patch.
const std::set<std::string> kDitSizeKeys{"dit_patch", "dit_dim",     "dit_layers", "dit_heads",    "dit_ffn",
                                         "text_dim",  "text_layers", "text_heads", "token_budget", "tokens_per_step",
                                         "tokenizer", "pool_refresh"};
constexpr const char* kDitShapeKeys[] = {"dit_dim", "dit_layers", "dit_heads", "dit_ffn", "text_dim", "text_layers", "text_heads"};
// Whether weights of the sizes `from` can start a DiT of the sizes `to` in the shape size `key`: the
// same value, or more blocks (loadResampledDit adds them). A missing key never fits.
bool ditShapeFits(const char* key, const nlohmann::json& from, const nlohmann::json& to) {
    if (!from.contains(key)) return false;
    return from[key] == to.at(key) || (std::string(key) == "dit_layers" && from[key] < to.at(key));
}

std::string fileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What --dit-from needs of a bundle, checked before the run is touched: model.json with the sizes
// `tessera train` records, its DiT and text encoder files, the run's tokenizer byte for byte (a text
// encoder reads its own tokenizer's pieces) and the run's DiT sizes (the patch may differ: it is
// resampled as in any restart). Returns the bundle's model.json.
nlohmann::json checkDitFromBundle(const Run& run) {
    const fs::path bundle = fs::absolute(run.options.ditFrom);
    const std::string what = "--dit-from " + bundle.string();
    nlohmann::json model;
    {
        std::ifstream in(bundle / "model.json");
        if (!in) throw std::runtime_error(what + ": no model.json there; give the folder of a bundle exported by tessera train");
        try {
            model = nlohmann::json::parse(in);
        } catch (const std::exception& e) {
            throw std::runtime_error(what + ": model.json is damaged (" + e.what() + ")");
        }
    }
    if (!model.contains("training") || !model["training"].contains("sizes"))
        throw std::runtime_error(what + ": its model.json records no training sizes, so it was not exported by tessera train");
    const auto& theirs = model["training"]["sizes"];
    const auto& ours = run.state.at("sizes");
    for (const char* k : kDitShapeKeys)
        if (!ditShapeFits(k, theirs, ours))
            throw std::runtime_error(what + ": its " + k + " is " + (theirs.contains(k) ? theirs[k].dump() : "missing") +
                                     ", the run's is " + ours.at(k).dump() +
                                     " (give the run's sizes, or a bundle of this run's sizes; only --layers may be larger than the bundle's)");
    for (const char* c : {"dit", "text_encoder", "tokenizer"}) {
        const fs::path f = bundle / model.at("components").at(c).at("file").get<std::string>();
        if (!fs::exists(f)) throw std::runtime_error(what + ": " + f.filename().string() + " is missing");
    }
    if (fileBytes(bundle / model["components"]["tokenizer"]["file"].get<std::string>()) != fileBytes(run.file("tokenizer.model")))
        throw std::runtime_error(what + ": its tokenizer is not the run's, so its text encoder cannot read the run's captions");
    return model;
}

// `base`, or base-2, base-3... if an earlier restart already made that folder in the run.
std::string unusedFolderName(const Run& run, const std::string& base) {
    std::string name = base;
    for (int n = 2; fs::exists(run.file(name)); ++n) name = base + "-" + std::to_string(n);
    return name;
}

// A resume that raises decoder_dim: the trained decoder is widened (widenDecoder: same output, new
// channels at zero) and the decoder refinement starts again from step 0 on it. The previous VAE,
// decoder optimiser state and loss log are copied into decoder-before-widen-STEP first, so a
// process killed part-way loses nothing; run.json records the widening.
void widenDecoderStage(Run& run, const nlohmann::json& sizesBefore) {
    TrainOptions before;
    applySizes(before, sizesBefore);
    const auto& o = run.options;
    const int64_t from = before.decoderDim > 0 ? before.decoderDim : before.vaeDim;
    const int64_t to = o.decoderDim > 0 ? o.decoderDim : o.vaeDim;
    if (to == from) return;
    if (to < from)
        throw std::runtime_error("cannot resume with --decoder-dim " + std::to_string(to) + ": the run's decoder has " +
                                 std::to_string(from) + " base channels, and a decoder can only be widened");
    auto& stages = run.state["stages"];
    if (!stages.contains("vae") || !stages["vae"].value("done", false))
        throw std::runtime_error("cannot widen the decoder (--decoder-dim) before the run's VAE stage is done; resume without it first");
    const int64_t step = stages.contains("decoder") ? stages["decoder"].value("step", int64_t(0)) : 0;
    const std::string name = unusedFolderName(run, "decoder-before-widen-" + std::to_string(step));
    const fs::path keep = run.file(name);
    fs::create_directories(keep);
    for (const char* f : {"vae.safetensors", "decoder.optim.pt", "loss_decoder.csv"})
        if (fs::exists(run.file(f))) fs::copy_file(run.file(f), keep / f, fs::copy_options::overwrite_existing);

    WanVAE narrow(VaeConfig::fromJson(vaeConfigJson(before)));
    loadModule(*narrow, run.file("vae.safetensors").string(), torch::kCPU);
    torch::manual_seed(deriveSeed(o.seed, 0xD1DE0000 + uint64_t(to)));  // the new input columns
    WanVAE wide(VaeConfig::fromJson(vaeConfigJson(o)));
    widenDecoder(*wide, *narrow);
    saveModule(*wide, run.file("vae.safetensors").string(), vaeConfigJson(o), torch::kFloat32, {});
    fs::remove(run.file("decoder.optim.pt"));
    fs::remove(run.file("loss_decoder.csv"));
    stages.erase("decoder");
    run.state["decoder_widenings"].push_back({{"from_dim", from}, {"to_dim", to}, {"from_step", step}, {"kept_in", name}});
    run.saveState();
    run.note("decoder", "widened the decoder from " + std::to_string(from) + " to " + std::to_string(to) +
                            " base channels (the previous one kept in " + name + "); its refinement starts again");
}

// The sizes that fix the DiT's and text encoder's weight shapes (all but the patch).
nlohmann::json ditShapeSizes(const nlohmann::json& sizes) {
    nlohmann::json shapes;
    for (const char* k : kDitShapeKeys) shapes[k] = sizes.at(k);
    return shapes;
}

// Starts the DiT stage again from step 0. The previous stage's files are copied into
// dit-before-restart-STEP before run.json forgets them, so a process killed part-way loses nothing.
// run.json records the restart, and "dit_init" names the kept weights the new DiT starts from
// (trainDit uses them when the sizes that fix their shapes, all but the patch, are unchanged), or,
// with --dit-from, the bundle whose model.json is `model` (checked by checkDitFromBundle).
void restartDitStage(Run& run, const nlohmann::json& sizesBefore, const nlohmann::json& model) {
    auto& stages = run.state["stages"];
    const int64_t step = stages.contains("dit") ? stages["dit"].value("step", int64_t(0)) : 0;
    TrainOptions before;
    applySizes(before, sizesBefore);
    const bool newTokenizer = before.tokenizerType != run.options.tokenizerType;
    nlohmann::json record = {{"from_step", step}, {"dit_patch_before", ditPatchOf(before)}};
    if (newTokenizer) record["tokenizer_before"] = before.tokenizerType;
    // The new DiT starts from weights that trained on the data of offsets up to here: it draws from
    // the stream after them, not the same clips, noise and timesteps again.
    int64_t dataOffset = ditDataOffset(run.state) + step;
    if (step > 0) {
        const std::string name = unusedFolderName(run, "dit-before-restart-" + std::to_string(step));
        const fs::path keep = run.file(name);
        fs::create_directories(keep);
        for (const char* f : kDitFiles)
            if (fs::exists(run.file(f))) fs::copy_file(run.file(f), keep / f, fs::copy_options::overwrite_existing);
        if (fs::exists(run.file("tokenizer.model")))  // the kept text encoder's tokenizer
            fs::copy_file(run.file("tokenizer.model"), keep / "tokenizer.model", fs::copy_options::overwrite_existing);
        run.state["dit_init"] = {{"folder", name}, {"sizes", ditShapeSizes(sizesBefore)}, {"tokenizer", before.tokenizerType}};
        record["kept_in"] = name;
    }
    if (!run.options.ditFrom.empty()) {  // copied in, then the new DiT's start
        const fs::path bundle = fs::absolute(run.options.ditFrom);
        const std::string name = unusedFolderName(run, "dit-from-bundle");
        const fs::path into = run.file(name);
        fs::create_directories(into);
        auto copy = [&](const char* component, const char* to) {
            fs::copy_file(bundle / model["components"][component]["file"].get<std::string>(), into / to,
                          fs::copy_options::overwrite_existing);
        };
        copy("dit", "dit.ema.safetensors");  // a bundle holds EMA weights
        copy("text_encoder", "text_encoder.ema.safetensors");
        copy("tokenizer", "tokenizer.model");
        fs::copy_file(bundle / "model.json", into / "model.json", fs::copy_options::overwrite_existing);
        const int64_t bundleSteps = model["training"].value("dit_steps", int64_t(0));
        run.state["dit_init"] = {{"folder", name},
                                 {"sizes", ditShapeSizes(model["training"]["sizes"])},
                                 {"tokenizer", before.tokenizerType},  // the bundle's, checked to be the run's until now
                                 {"bundle", bundle.string()},
                                 {"bundle_dit_steps", bundleSteps}};
        record["dit_from"] = bundle.string();
        record["dit_from_steps"] = bundleSteps;
        dataOffset = bundleDataEnd(model.value("training", nlohmann::json::object()));
    }
    run.state["dit_data_offset"] = dataOffset;
    record["data_offset"] = dataOffset;
    if (newTokenizer) {  // trained again before the DiT; the old one is kept with the old DiT
        stages["tokenizer"]["done"] = false;
        fs::remove(run.file("tokenizer.model"));
    }
    stages.erase("dit");
    run.state["dit_restarts"].push_back(record);
    run.saveState();
    for (const char* f : kDitFiles) fs::remove(run.file(f));
    run.note("dit", (step > 0 ? "the DiT restarts from step 0; step " + std::to_string(step) + "'s files are kept in " +
                                    record["kept_in"].get<std::string>()
                              : std::string("the DiT restarts from step 0")) +
                        "; its data is drawn at offset " + std::to_string(dataOffset));
}

}  // namespace

namespace train_detail {

torch::Tensor resamplePatchKernel(const torch::Tensor& w, int64_t patch) {
    const int64_t from = w.size(3);
    if (from == patch) return w;
    if (from % patch == 0) {  // each new position sums the r x r old positions it covers
        const int64_t r = from / patch;
        return w.view({w.size(0), w.size(1), w.size(2), patch, r, patch, r}).sum({4, 6});
    }
    if (patch % from == 0) {  // each old position spread over r x r new ones
        const int64_t r = patch / from;
        return w.repeat_interleave(r, 3).repeat_interleave(r, 4) / double(r * r);
    }
    throw std::runtime_error("cannot resample a " + std::to_string(from) + "-pixel patch kernel to " + std::to_string(patch));
}

torch::Tensor resampleHeadRows(const torch::Tensor& w, int64_t fromPatch, int64_t patch, int64_t outDim) {
    if (fromPatch == patch) return w;
    // Rows are ordered (pt, ph, pw, c) as unpatchify reads them.
    const int64_t pt = w.size(0) / (fromPatch * fromPatch * outDim);
    std::vector<int64_t> rest(w.sizes().begin() + 1, w.sizes().end());
    auto shaped = [&](std::vector<int64_t> lead) {
        lead.insert(lead.end(), rest.begin(), rest.end());
        return lead;
    };
    torch::Tensor out;
    if (fromPatch % patch == 0) {  // each new position the mean of the r x r old ones it covers
        const int64_t r = fromPatch / patch;
        out = w.reshape(shaped({pt, patch, r, patch, r, outDim})).mean({2, 4});
    } else if (patch % fromPatch == 0) {  // each old position's row repeated over the r x r new ones
        const int64_t r = patch / fromPatch;
        out = w.reshape(shaped({pt, fromPatch, fromPatch, outDim})).repeat_interleave(r, 1).repeat_interleave(r, 2);
    } else {
        throw std::runtime_error("cannot resample a " + std::to_string(fromPatch) + "-pixel output head to " +
                                 std::to_string(patch));
    }
    return out.reshape(shaped({pt * patch * patch * outDim}));
}

std::vector<DeepenedBlock> deepenedBlocks(int64_t fromLayers, int64_t layers) {
    if (fromLayers < 1 || layers < fromLayers)
        throw std::runtime_error("a DiT of " + std::to_string(fromLayers) + " blocks cannot become one of " + std::to_string(layers) +
                                 ": a restart may only add blocks");
    const int64_t added = layers - fromLayers;
    // Added block k follows kept block k * fromLayers / added: spread evenly over the depth (one after
    // each kept block when the depth doubles).
    std::vector<int64_t> after(fromLayers, 0);
    for (int64_t k = 0; k < added; ++k) ++after[k * fromLayers / added];
    std::vector<DeepenedBlock> blocks;
    for (int64_t i = 0; i < fromLayers; ++i) {
        blocks.push_back({i, false});
        for (int64_t k = 0; k < after[i]; ++k) blocks.push_back({i, true});
    }
    return blocks;
}

int64_t loadResampledDit(WanModelImpl& dit, const std::string& path, torch::Device device) {
    torch::NoGradGuard noGrad;
    SafetensorsFile file(path);
    const auto config = nlohmann::json::parse(file.metadata().at("config"));
    const int64_t fromPatch = config.at("patch_size").at(1), patch = dit.config().patchSize[1];
    const auto blocks = deepenedBlocks(config.at("num_layers").get<int64_t>(), dit.config().numLayers);
    std::set<std::string> names;
    for (const auto& t : file.tensors()) names.insert(t.name);
    auto assign = [&](std::string name, torch::Tensor dst) {
        // An added block copies the kept block before it with its three output projections at zero:
        // it adds nothing to the residual stream until training moves them.
        bool zero = false;
        if (name.rfind("blocks.", 0) == 0) {
            const size_t dot = name.find('.', 7);
            const auto& b = blocks.at(std::stoul(name.substr(7, dot - 7)));
            const std::string rest = name.substr(dot + 1);
            name = "blocks." + std::to_string(b.from) + "." + rest;
            zero = b.added && (rest.rfind("self_attn.o.", 0) == 0 || rest.rfind("cross_attn.o.", 0) == 0 || rest.rfind("ffn.2.", 0) == 0);
        }
        if (!names.count(name)) throw std::runtime_error(path + " has no tensor " + name + ": it is not a DiT of this run");
        auto src = loadTensor(file, name).to(torch::kFloat32);
        if (zero) src = torch::zeros_like(src);
        if (name == "patch_embedding.weight") src = resamplePatchKernel(src, patch);
        if (name == "head.head.weight" || name == "head.head.bias")
            src = resampleHeadRows(src, fromPatch, patch, dit.config().outDim);
        if (src.sizes() != dst.sizes())
            throw std::runtime_error(path + ": " + name + " does not fit the restarted DiT (only the patch and the number of blocks may differ)");
        dst.copy_(src.to(device, dst.scalar_type()));
    };
    for (const auto& p : dit.named_parameters(true)) assign(p.key(), p.value());
    for (const auto& b : dit.named_buffers(true)) assign(b.key(), b.value());
    return fromPatch;
}

}  // namespace train_detail

namespace {

// The auxiliary attribute head (--dit-aux-weight): the DiT's residual stream after the first third of
// its blocks to the shape and colour classes of every token. It lives in the run folder only (with
// its own optimiser, so a resume can add it); the bundle never carries it.
torch::nn::Sequential auxHead(int64_t dim) {
    return torch::nn::Sequential(torch::nn::Linear(dim, dim), torch::nn::GELU(), torch::nn::Linear(dim, kAuxShapeClasses + kAuxColorClasses));
}
int64_t auxDepth(const TrainOptions& o) { return std::max<int64_t>(1, o.ditLayers / 3); }
// bfloat16 autocast on a device type while it lives (--dit-bf16), the previous state restored after.
class Bf16Autocast {
public:
    Bf16Autocast(torch::Device device, bool on) : type_(device.type()), on_(on) {
        if (!on_) return;
        wasEnabled_ = at::autocast::is_autocast_enabled(type_);
        wasDtype_ = at::autocast::get_autocast_dtype(type_);
        at::autocast::set_autocast_dtype(type_, at::kBFloat16);
        at::autocast::set_autocast_enabled(type_, true);
        at::autocast::increment_nesting();
    }
    ~Bf16Autocast() {
        if (!on_) return;
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        at::autocast::set_autocast_enabled(type_, wasEnabled_);
        at::autocast::set_autocast_dtype(type_, wasDtype_);
    }
    Bf16Autocast(const Bf16Autocast&) = delete;
    Bf16Autocast& operator=(const Bf16Autocast&) = delete;

private:
    c10::DeviceType type_;
    bool on_;
    bool wasEnabled_ = false;
    at::ScalarType wasDtype_ = at::kBFloat16;
};

// Mean soft cross-entropy of rows of logits against rows of target shares.
torch::Tensor softCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets) {
    return -(targets * torch::log_softmax(logits, 1)).sum(1).mean();
}

void trainDit(Run& run) {
    auto& st = run.stage("dit");
    const auto& o = run.options;
    if (double(st["seconds"]) >= o.ditMinutes * 60 || (o.ditMaxSteps > 0 && int64_t(st["step"]) >= o.ditMaxSteps)) {
        run.note("dit", "the DiT has reached its budget; give a larger --dit-minutes or --dit-steps to train on");
        return;
    }
    if (coolDownDone(o, int64_t(st["step"]))) {
        run.note("dit", "the DiT's learning-rate cool-down has ended; give a larger --dit-decay-steps to train on");
        return;
    }
    const int64_t vocab = run.state.at("vocab_size");
    WanVAE vae(VaeConfig::fromJson(vaeConfigJson(o)));
    loadModule(*vae, run.file("vae.safetensors").string(), run.device);
    vae->eval();
    for (auto& p : vae->parameters()) p.set_requires_grad(false);  // frozen: the DiT trains on its latents
    if (!run.state.at("latent").contains("first_mean")) {  // runs from before frame 0 had its own statistics
        run.note("dit", "measuring latent frame 0's statistics");
        measureFirstFrameStats(run, vae, heldOutSet(run));
        run.saveState();
    }
    auto stats = [&](const char* name) {
        const auto& l = run.state.at("latent");
        return latentStatTensor(l.at(name).get<std::vector<float>>(),
                                l.at(std::string("first_") + name).get<std::vector<float>>())
            .to(run.device);
    };
    auto mean = stats("mean"), invStd = 1.0 / stats("std");
    Tokenizer tok(run.file("tokenizer.model").string());
    {
        // Captions longer than text_len lose their end (for two-object scenes: the background), so
        // the DiT could never learn it; runs before text_len 64 had 32. Noted, not refused, so such a
        // run still resumes; a resume with --text-len fixes it (the weights do not depend on it).
        const int64_t longest = longestCaptionTokens(tok, o.seed);
        if (longest > o.textLen)
            run.note("dit", "captions of up to " + std::to_string(longest) + " tokens are cut to the run's text_len of " +
                                std::to_string(o.textLen) + ": resume with --text-len " + std::to_string(longest) +
                                " or more so the DiT reads them whole");
    }

    const DitConfig dc = DitConfig::fromJson(ditConfigJson(o));
    const T5Config tc = T5Config::fromJson(t5ConfigJson(o, vocab));
    torch::manual_seed(deriveSeed(o.seed, 0xD171));  // initial weights from the run's seed
    WanModel dit(dc), ditEma(dc);
    T5Encoder t5(tc), t5Ema(tc);
    for (torch::nn::Module* m : std::initializer_list<torch::nn::Module*>{dit.get(), ditEma.get(), t5.get(), t5Ema.get()})
        m->to(run.device);
    std::vector<torch::Tensor> params = dit->parameters();
    for (auto& p : t5->parameters()) params.push_back(p);
    torch::optim::AdamW opt(params, torch::optim::AdamWOptions(o.ditLr).betas({0.9, 0.99}).weight_decay(0.01));
    int64_t step = st["step"];
    double seconds = st["seconds"];
    if (step > 0) {
        loadModule(*dit, run.file("dit.safetensors").string(), run.device);
        loadModule(*t5, run.file("text_encoder.safetensors").string(), run.device);
        loadModule(*ditEma, run.file("dit.ema.safetensors").string(), run.device);
        loadModule(*t5Ema, run.file("text_encoder.ema.safetensors").string(), run.device);
        torch::load(opt, run.file("dit.optim.pt").string());
        run.note("dit", "resumed at step " + std::to_string(step));
    } else {
        // A restarted DiT starts from the kept one when the sizes that fix the weights' shapes agree.
        if (run.state.contains("dit_init")) {
            const auto& init = run.state["dit_init"];
            const auto& sizes = run.state.at("sizes");
            bool same = true;
            for (const char* k : kDitShapeKeys) same = same && ditShapeFits(k, init.at("sizes"), sizes);
            const int64_t addedBlocks = o.ditLayers - init.at("sizes").at("dit_layers").get<int64_t>();
            const fs::path from = run.file(init.at("folder").get<std::string>());
            // A text encoder reads its own tokenizer's pieces: with a new tokenizer it starts new.
            const bool sameTokenizer = init.value("tokenizer", std::string(kTokenizerBeforeOption)) == o.tokenizerType;
            if (same) {
                const int64_t fromPatch = loadResampledDit(*dit, (from / "dit.ema.safetensors").string(), run.device);
                if (sameTokenizer) loadModule(*t5, (from / "text_encoder.ema.safetensors").string(), run.device);
                // Text distillation starts the student from the teacher (every weight but the pieces' embeddings).
                bool warm = false;
                if (!sameTokenizer && o.ditDistillText > 0 && fs::exists(from / "text_encoder.ema.safetensors") &&
                    fs::exists(from / "tokenizer.model"))
                    warm = warmStartTextEncoder(*t5, t5ConfigJson(o, vocab), (from / "text_encoder.ema.safetensors").string(),
                                                Tokenizer((from / "tokenizer.model").string()), tok);
                run.note("dit", "starting from the " + (init.contains("bundle") ? "weights of the bundle " + init["bundle"].get<std::string>() + ", copied into"
                                                                               : std::string("EMA weights kept in")) +
                                    " " + from.filename().string() +
                                    (fromPatch == ditPatchOf(o) ? std::string()
                                                                : " (patch embedding and head resampled from patch " + std::to_string(fromPatch) +
                                                                      " to " + std::to_string(ditPatchOf(o)) + ")") +
                                    (addedBlocks > 0 ? "; " + std::to_string(addedBlocks) + " blocks added to its " +
                                                           std::to_string(o.ditLayers - addedBlocks) +
                                                           ", each a copy of the one before it with its outputs at zero"
                                                     : std::string()) +
                                    (sameTokenizer ? ""
                                     : warm ? "; the text encoder starts from the kept one, its pieces' embeddings from the kept pieces they cut into"
                                            : "; the text encoder starts new, for the new " + o.tokenizerType + " tokenizer"));
            } else {
                run.note("dit", "the DiT's sizes changed, so it starts from new weights");
            }
        }
        copyParameters(*ditEma, *dit);
        copyParameters(*t5Ema, *t5);
        int64_t n = 0;
        for (auto& p : params) n += p.numel();
        run.note("dit", "training the DiT and text encoder (" + std::to_string(n) + " parameters)");
    }
    // bfloat16 autocast pays on a CPU with bfloat16 instructions and costs dearly on one without; a
    // resume keeps the run's setting, so a run moved to such a machine is told, every invocation.
    if (o.ditBf16 && run.device.is_cpu())
        if (const std::string w = emulatedDtypeWarning("bfloat16"); !w.empty())
            run.note("dit", "warning: the run trains under bfloat16 autocast (--dit-bf16), but " + w +
                                "; to train in float32 here, go on with --resume --dit-bf16=false");
    // The auxiliary attribute head, when the run has one: its own weights and optimiser, started new
    // the first time (from the run's seed) and resumed from the run folder after that.
    const bool aux = o.ditAuxWeight > 0;
    torch::nn::Sequential auxNet{nullptr};
    std::unique_ptr<torch::optim::AdamW> auxOpt;
    if (aux) {
        torch::manual_seed(deriveSeed(o.seed, 0xD17A));
        auxNet = auxHead(o.ditDim);
        auxNet->to(run.device);
        auxOpt = std::make_unique<torch::optim::AdamW>(auxNet->parameters(),
                                                       torch::optim::AdamWOptions(o.ditLr).betas({0.9, 0.99}).weight_decay(0.01));
        if (fs::exists(run.file("dit_aux.safetensors"))) {
            loadModule(*auxNet, run.file("dit_aux.safetensors").string(), run.device);
            torch::load(*auxOpt, run.file("dit_aux.optim.pt").string());
        } else {
            run.note("dit", "the auxiliary attribute head starts new (weight " + std::to_string(o.ditAuxWeight) + ", after block " +
                                std::to_string(auxDepth(o)) + " of " + std::to_string(o.ditLayers) + ")");
        }
    }
    // Text distillation (--dit-distill-text): the text encoder and tokenizer kept by the restart,
    // frozen, teach the new text encoder what the DiT should predict; the DiT is frozen meanwhile.
    T5Encoder teacher{nullptr};
    std::unique_ptr<Tokenizer> teacherTok;
    if (step < o.ditDistillText) {
        const nlohmann::json init = run.state.value("dit_init", nlohmann::json());
        if (init.is_null() || init.value("tokenizer", std::string(kTokenizerBeforeOption)) == o.tokenizerType)
            throw std::runtime_error("train: --dit-distill-text teaches a new tokenizer's text encoder from the one a restart "
                                     "kept: give it with --restart-dit --tokenizer (this run's DiT did not start from a "
                                     "text encoder of another tokenizer)");
        const fs::path from = run.file(init.at("folder").get<std::string>());
        const fs::path teFile = from / "text_encoder.ema.safetensors", tokFile = from / "tokenizer.model";
        for (const fs::path& f : {teFile, tokFile})
            if (!fs::exists(f))
                throw std::runtime_error("train: --dit-distill-text: " + f.string() +
                                         " is missing (the kept text encoder and tokenizer the new text encoder learns from)");
        const SafetensorsFile meta(teFile.string());
        const auto config = meta.metadata().find("config");
        if (config == meta.metadata().end())
            throw std::runtime_error("train: --dit-distill-text: " + teFile.string() + " has no 'config' metadata");
        teacher = T5Encoder(T5Config::fromJson(nlohmann::json::parse(config->second)));
        loadModule(*teacher, teFile.string(), run.device);
        teacher->eval();
        for (auto& p : teacher->parameters()) p.set_requires_grad(false);
        teacherTok = std::make_unique<Tokenizer>(tokFile.string());
        run.note("dit", "distilling the text encoder kept in " + from.filename().string() + " (" +
                            init.value("tokenizer", std::string(kTokenizerBeforeOption)) + " tokenizer) into the new one until step " +
                            std::to_string(o.ditDistillText) + "; the DiT is frozen until then");
    }
    for (auto& p : ditEma->parameters()) p.set_requires_grad(false);
    for (auto& p : t5Ema->parameters()) p.set_requires_grad(false);
    dit->train();
    t5->train();
    LatentPool pool(run, vae, mean, invStd, heldOutSet(run));
    run.note("dit", "encoding the first " + std::to_string(pool.kSize) + " clips of the latent pool");
    if (!pool.fill(step, [&] { return run.shouldStop(); })) {
        run.note("dit", "stopped while encoding the latent pool; continue with --resume");
        return;
    }
    LossLog csv(run.file("loss_dit.csv"), "step,seconds,loss,lr,tokens_per_second", step);
    std::unique_ptr<LossLog> auxCsv;
    if (aux) auxCsv = std::make_unique<LossLog>(run.file("loss_dit_aux.csv"), "step,shape_ce,color_ce", step);
    auto lastCheckpoint = Clock::now();
    auto checkpoint = [&] {
        saveModule(*dit, run.file("dit.safetensors").string(), ditConfigJson(o), torch::kFloat32, {});
        saveModule(*t5, run.file("text_encoder.safetensors").string(), t5ConfigJson(o, vocab), torch::kFloat32, {});
        saveModule(*ditEma, run.file("dit.ema.safetensors").string(), ditConfigJson(o), torch::kFloat32, {});
        saveModule(*t5Ema, run.file("text_encoder.ema.safetensors").string(), t5ConfigJson(o, vocab), torch::kFloat32, {});
        saveOptimizer(opt, run.file("dit.optim.pt"));
        if (aux) {
            saveModule(*auxNet, run.file("dit_aux.safetensors").string(), {{"dim", o.ditDim}, {"after_blocks", auxDepth(o)}},
                       torch::kFloat32, {});
            saveOptimizer(*auxOpt, run.file("dit_aux.optim.pt"));
        }
        recordCheckpoint(run, st, step, seconds);
        lastCheckpoint = Clock::now();
        exportBundle(run);
        run.note("dit", "checkpoint at step " + std::to_string(step) + ", bundle exported");
    };
    bool ditFrozen = false;  // the DiT's weights take no gradient (text distillation)
    double emaLoss = 0;
    bool firstStep = true;  // of this invocation: the running mean starts from it, also after a resume
    while (true) {
        if (budgetDone(seconds, o.ditMinutes, step, o.ditMaxSteps)) break;
        if (coolDownDone(o, step)) {
            run.note("dit", "the learning-rate cool-down has reached zero at step " + std::to_string(step));
            break;
        }
        if (run.shouldStop()) {
            checkpoint();
            return;
        }
        auto t0 = Clock::now();
        Phases ph;
        DitBatch b = ditBatch(run, pool, dc, step);
        ph.mark("data");
        // While distilling, the DiT's weights take no gradient (AdamW then leaves them alone) and the
        // target is the DiT's prediction with the kept text encoder instead of the flow's velocity.
        const bool distill = step < o.ditDistillText;
        if (distill != ditFrozen) {
            for (auto& p : dit->parameters()) p.set_requires_grad(!distill);
            ditFrozen = distill;
            if (!distill && teacher) run.note("dit", "text distillation done at step " + std::to_string(step) + ": the DiT trains from here");
        }
        const bool auxNow = aux && !distill;
        std::vector<torch::Tensor> hidden, v, targets = b.targets;
        // With --dit-distill-blocks: the residual stream after every block, with the new text encoder
        // (student) and the kept one (teacher).
        const bool blocksNow = distill && o.ditDistillBlocks > 0;
        std::vector<torch::Tensor> studentBlocks, teacherBlocks;
        {
            Bf16Autocast autocast(run.device, o.ditBf16);
            auto ctx = encodeCaptions(t5, tok, b.captions, o.textLen, run.device);
            auto t = torch::tensor(b.timesteps).to(run.device);
            v = dit->forwardPacked(b.inputs, t, ctx, o.tokenBudget, auxNow ? &hidden : nullptr, auxDepth(o),
                                   blocksNow ? &studentBlocks : nullptr);
            if (distill) {
                torch::NoGradGuard noGrad;
                targets = dit->forwardPacked(b.inputs, t, encodeCaptions(teacher, *teacherTok, b.captions, o.textLen, run.device),
                                             o.tokenBudget, nullptr, 0, blocksNow ? &teacherBlocks : nullptr);
                for (auto& x : targets) x = x.to(torch::kFloat32);
            }
        }
        ph.mark("forward");
        torch::Tensor sum = torch::zeros({}, torch::TensorOptions().device(run.device));
        double count = 0;
        for (size_t i = 0; i < v.size(); ++i) {
            sum = sum + ((v[i] - targets[i]).pow(2) * b.lossMasks[i]).sum();
            count += b.lossMasks[i].sum().item<double>() * o.zDim;
        }
        auto loss = sum / std::max(count, 1.0);
        if (blocksNow) {
            // Each block's squared difference relative to the teacher stream's mean square, averaged.
            torch::Tensor blocks = torch::zeros({}, loss.options());
            for (size_t k = 0; k < studentBlocks.size(); ++k) {
                const auto ts = teacherBlocks[k].to(torch::kFloat32);
                blocks = blocks + (studentBlocks[k].to(torch::kFloat32) - ts).pow(2).mean() / (ts.pow(2).mean() + 1e-8);
            }
            loss = loss + o.ditDistillBlocks * blocks / static_cast<double>(studentBlocks.size());
        }
        torch::Tensor shapeCe, colorCe;
        if (auxNow) {
            auto logits = auxNet->forward(torch::cat(hidden).to(torch::kFloat32));
            auto targets = torch::cat(b.attributes);
            shapeCe = softCrossEntropy(logits.narrow(1, 0, kAuxShapeClasses), targets.narrow(1, 0, kAuxShapeClasses));
            colorCe = softCrossEntropy(logits.narrow(1, kAuxShapeClasses, kAuxColorClasses),
                                       targets.narrow(1, kAuxShapeClasses, kAuxColorClasses));
        }
        const double lr = ditLearningRate(o, step);
        setLr(opt, lr);
        opt.zero_grad();
        if (auxNow) {
            setLr(*auxOpt, lr);
            auxOpt->zero_grad();
            (loss + o.ditAuxWeight * (shapeCe + colorCe)).backward();
        } else {
            loss.backward();
        }
        ph.mark("backward");
        torch::nn::utils::clip_grad_norm_(params, 1.0);
        opt.step();
        if (auxNow) {
            torch::nn::utils::clip_grad_norm_(auxNet->parameters(), 1.0);
            auxOpt->step();
        }
        ph.mark("step");
        pool.advance(step);
        ph.mark("refresh");
        ph.print(step);
        ++step;
        emaUpdate(*ditEma, *dit, std::min(0.999, (1.0 + step) / (10.0 + step)));
        emaUpdate(*t5Ema, *t5, std::min(0.999, (1.0 + step) / (10.0 + step)));
        const double dt = std::chrono::duration<double>(Clock::now() - t0).count();
        seconds += dt;
        emaLoss = firstStep ? loss.item<double>() : 0.98 * emaLoss + 0.02 * loss.item<double>();
        firstStep = false;
        if (step % 10 == 0 || step == 1) {  // the first step too, so even a short run has a curve
            std::ostringstream row;
            row << step << "," << seconds << "," << loss.item<double>() << "," << lr << "," << b.tokens / dt;
            csv.row(row.str());
            if (auxNow) auxCsv->row(std::to_string(step) + "," + std::to_string(shapeCe.item<double>()) + "," + std::to_string(colorCe.item<double>()));
            TrainEvent e{"dit", step, seconds, emaLoss, lr, b.tokens / dt, ""};
            if (run.log) run.log(e);
        }
        if (std::chrono::duration<double>(Clock::now() - lastCheckpoint).count() >= o.checkpointMinutes * 60) checkpoint();
    }
    checkpoint();
    st["done"] = true;
    run.saveState();
    run.note("dit", "DiT done");
}

}  // namespace

void train(const TrainOptions& options, const TrainLog& log, const std::function<bool()>& stop) {
    initEngine();
    if (options.runDir.empty()) throw std::runtime_error("train: no run folder given");
    Run run;
    run.options = options;
    run.dir = fs::absolute(options.runDir);
    run.log = log;
    run.stop = stop;
    const fs::path stateFile = run.dir / "run.json";
    if (options.restartDit && !options.resume)
        throw std::runtime_error("--restart-dit restarts the DiT of an existing run: give --resume as well");
    nlohmann::json sizesBefore;  // a resumed run's sizes before this invocation's changes
    if (options.resume) {
        if (!fs::exists(stateFile))
            throw std::runtime_error("cannot resume: " + stateFile.string() + " does not exist (start the run without --resume)");
        // The few settings a resume may change are written into the run's sizes before they are read.
        for (const auto& key : options.resumeChanges)
            if (!resumeChangeableKeys().count(key) && !(options.restartDit && kDitSizeKeys.count(key)))
                throw std::runtime_error("cannot resume: the run's " + key + " is fixed when the run starts (start a new run to change it" +
                                         (kDitSizeKeys.count(key) ? ", or restart its DiT with --restart-dit)" : ")"));
        const auto given = sizesJson(options);
        std::ifstream in(stateFile);
        try {
            run.state = nlohmann::json::parse(in);
            auto& sizes = run.state.at("sizes");
            sizesBefore = sizes;
            for (const auto& key : options.resumeChanges) sizes[key] = given.at(key);
            applySizes(run.options, sizes);
        } catch (const std::exception& e) {
            throw std::runtime_error("cannot resume: " + stateFile.string() + " is damaged (" + e.what() + ")");
        }
    } else {
        if (fs::exists(stateFile))
            throw std::runtime_error(run.dir.string() + " already holds a run; continue it with --resume or choose another folder");
        fs::create_directories(run.dir);
        run.state = {{"format", "tessera.train/1"}, {"sizes", sizesJson(options)}, {"stages", nlohmann::json::object()}};
    }
    checkDitSizes(run.options);
    // Every invocation (start and resumes) is recorded with the commit it ran from (runs begun before
    // this list existed kept one "command").
    if (run.state.contains("command")) {
        run.state["commands"].push_back({{"command", run.state["command"]}, {"commit", run.state.value("commit", "")}});
        run.state.erase("command");
        run.state.erase("commit");
    }
    run.state["commands"].push_back({{"command", options.commandLine}, {"commit", options.commit}});
    const bool cuda = torch::cuda::is_available();
    if (options.device == "cuda" && !cuda) throw std::runtime_error("train: --device cuda, but no CUDA device is available");
    run.device = (options.device == "cuda" || (options.device == "auto" && cuda)) ? torch::Device(torch::kCUDA)
                                                                                 : torch::Device(torch::kCPU);
    if (!options.ditFrom.empty() && !options.restartDit)
        throw std::runtime_error("--dit-from starts a restarted DiT from a bundle: give --resume --restart-dit as well");
    const nlohmann::json fromBundle = options.ditFrom.empty() ? nlohmann::json() : checkDitFromBundle(run);
    if (options.restartDit) restartDitStage(run, sizesBefore, fromBundle);
    if (options.resume) widenDecoderStage(run, sizesBefore);
    run.saveState();
    trainTokenizer(run);
    if (run.shouldStop()) return;
    trainVae(run);
    if (!run.stage("vae")["done"]) return;
    if (!refineDecoder(run)) return;
    trainDit(run);
}

std::vector<double> vaeHeldOutPsnr(const std::string& runDir, int clips, Frame* sheet) {
    initEngine();
    const fs::path dir(runDir);
    nlohmann::json state;
    {
        std::ifstream in(dir / "run.json");
        if (!in) throw std::runtime_error((dir / "run.json").string() + " not found");
        state = nlohmann::json::parse(in);
    }
    TrainOptions o;
    applySizes(o, state.at("sizes"));
    if (!fs::exists(dir / "vae.safetensors")) throw std::runtime_error("the run in " + runDir + " has no VAE checkpoint yet");
    torch::NoGradGuard noGrad;
    WanVAE vae(VaeConfig::fromJson(vaeConfigJson(o)));
    loadModule(*vae, (dir / "vae.safetensors").string(), torch::kCPU);
    vae->eval();
    const auto [zero, one] = rawStats(o.zDim, torch::kCPU);
    SceneOptions so;
    so.heldOut = heldOutCombinations(deriveSeed(o.seed, 0x4E1D), o.heldOutFraction);
    so.split = Split::HeldOut;
    Rng rng(deriveSeed(o.seed, 0xC4EC));
    std::vector<double> result;
    std::vector<std::vector<Frame>> rows;
    for (int i = 0; i < clips; ++i) {
        const Shape2 size = kTrainSizes[i % 3];
        auto video = renderVideo(sampleScene(rng.next(), so), size.width, size.height, 33).unsqueeze(0);
        EncodeOptions eo;
        eo.chunkLatentFrames = 64;
        auto mu = vae->encode(video, zero, one, nullptr, nullptr, eo);
        DecodeOptions dopt;
        dopt.clamp = true;
        auto recon = vae->decode(mu, zero, one, dopt);
        result.push_back(psnr(recon, video));
        if (sheet) {
            auto a = tensorToFrames(video[0]), b = tensorToFrames(recon[0]);
            std::vector<Frame> top, bottom;
            for (int t = 0; t < 33; t += 4) {
                top.push_back(a[t]);
                bottom.push_back(b[t]);
            }
            rows.push_back(top);
            rows.push_back(bottom);
        }
    }
    if (sheet) {
        int w = 0, h = 0;
        for (const auto& r : rows) {
            int rw = 0;
            for (const auto& f : r) rw += f.width + 2;
            w = std::max(w, rw);
            h += r[0].height + 2;
        }
        *sheet = Frame(w, h, 60, 60, 60);
        int y = 0;
        for (const auto& r : rows) {
            int x = 0;
            for (const auto& f : r) {
                for (int yy = 0; yy < f.height; ++yy)
                    std::copy(f.at(0, yy), f.at(0, yy) + 3 * f.width, sheet->at(x, y + yy));
                x += f.width + 2;
            }
            y += r[0].height + 2;
        }
    }
    return result;
}

void exportTrainedBundle(const std::string& runDir, const std::string& bundleDir) {
    const fs::path dir(runDir);
    nlohmann::json state;
    {
        std::ifstream in(dir / "run.json");
        if (!in) throw std::runtime_error("export: " + (dir / "run.json").string() + " not found");
        state = nlohmann::json::parse(in);
    }
    TrainOptions o;
    applySizes(o, state.at("sizes"));
    const int64_t vocab = state.at("vocab_size");
    const fs::path out(bundleDir);
    fs::create_directories(out);
    // Weights to float16 (the bundle is loaded in the run dtype); EMA weights of DiT and text encoder.
    auto convert = [&](torch::nn::Module& m, const std::string& from, const std::string& to, const nlohmann::json& cfg) {
        loadModule(m, (dir / from).string(), torch::kCPU);
        saveModule(m, (out / to).string(), cfg, torch::kFloat16, {{"source", "tessera train"}});
    };
    {
        WanVAE vae(VaeConfig::fromJson(vaeConfigJson(o)));
        convert(*vae, "vae.safetensors", "vae.safetensors", vaeConfigJson(o));
        WanModel dit(DitConfig::fromJson(ditConfigJson(o)));
        convert(*dit, "dit.ema.safetensors", "dit.safetensors", ditConfigJson(o));
        T5Encoder t5(T5Config::fromJson(t5ConfigJson(o, vocab)));
        convert(*t5, "text_encoder.ema.safetensors", "text_encoder.safetensors", t5ConfigJson(o, vocab));
    }
    fs::copy_file(dir / "tokenizer.model", out / "tokenizer.model", fs::copy_options::overwrite_existing);

    nlohmann::json heldOut = nlohmann::json::array();
    for (const auto& c : heldOutCombinations(deriveSeed(o.seed, 0x4E1D), o.heldOutFraction))
        heldOut.push_back({{"color", word(c.color)}, {"shape", word(c.shape)}, {"motion", word(c.motion)}});
    const auto& stages = state.at("stages");
    const int64_t ditSteps = stages.value("dit", nlohmann::json::object()).value("step", int64_t(0));
    nlohmann::json model = {
        {"format", "tessera.model/1"},
        {"name", "tessera-shapes"},
        {"architecture", "wan2.1"},
        {"description",
         "Tessera's embedded default model: Wan 2.1 architecture at a tiny size, trained on Shapes World "
         "(flat-coloured circles, squares and triangles moving on plain backgrounds)."},
        {"licence", "CC0-1.0"},
        {"conditioning", "mask-channel"},
        {"enhancer", "shapes"},
        {"components",
         {{"dit", {{"file", "dit.safetensors"}}},
          {"vae", {{"file", "vae.safetensors"}}},
          {"text_encoder", {{"file", "text_encoder.safetensors"}}},
          {"tokenizer", {{"file", "tokenizer.model"}}}}},
        {"latent", state.at("latent")},
        {"preview", state.at("preview")},
        {"defaults",
         {{"width", 112},
          {"height", 64},
          {"frames", 33},
          {"fps", 16},
          // No prompt or task figure differs significantly between 12 steps and 20 (docs/training.md,
          // 31st and 32nd sessions); 10 make the first frame jump more often.
          {"steps", 12},
          {"guidance", 4.0},
          {"shift", kShift},
          {"sampler", "unipc"},
          {"negative_prompt", ""}}},
        {"frame_shared_noise", o.ditNoiseShare},
        {"offset_noise", o.ditOffsetNoise},
        {"known_context", o.ditHoldKnown ? "hold" : "zeros"},
        // Shapes World reads the same played backward, and the DiT's extensions from a known head join
        // far better than from a known tail (docs/tasks.md, "Extend backward by reversal").
        {"extend_backward", "reversed"},
        // A loop from text sampled as one ring joins its end to its start far better than a bridge does
        // (docs/tasks.md, "Loops from text").
        {"loop_from_text", "ring"},
        {"training",
         {{"commands", state.value("commands", nlohmann::json::array())},
          {"seed", o.seed},
          {"sizes", state.at("sizes")},
          {"vae_steps", stages.value("vae", nlohmann::json::object()).value("step", 0)},
          {"vae_seconds", stages.value("vae", nlohmann::json::object()).value("seconds", 0.0)},
          {"decoder_steps", stages.value("decoder", nlohmann::json::object()).value("step", 0)},
          {"dit_steps", ditSteps},
          {"dit_seconds", stages.value("dit", nlohmann::json::object()).value("seconds", 0.0)},
          {"dit_init", state.value("dit_init", nlohmann::json())},
          {"dit_data_offset", ditDataOffset(state)},
          {"dit_data_end", ditDataOffset(state) + ditSteps},
          {"heldout_fraction", o.heldOutFraction},
          {"heldout", heldOut}}},
    };
    writeTextAtomically((out / "model.json").string(), model.dump(2) + "\n");
}

}  // namespace tessera
