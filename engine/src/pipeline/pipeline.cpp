// The generation pipeline: enhance prompt -> encode text -> build known frames -> sample with
// progress, cancel and previews -> decode in chunks -> assemble the clip (docs/tasks.md).
#include "tessera/pipeline.h"

#include <algorithm>
#include <chrono>
#include <list>
#include <random>

#include "data/rng.h"
#include "io/checkpoint_layout.h"
#include "io/state_dict.h"
#include "io/tensor_io.h"
#include "models/dit.h"
#include "models/t5.h"
#include "models/vae.h"
#include "pipeline/bundle.h"
#include "pipeline/conditioning.h"
#include "sampling/scheduler.h"
#include "tessera/engine.h"
#include "tessera/enhancer.h"
#include "tessera/judge.h"
#include "text/tokenizer.h"
#include "util/cpu_features.h"

namespace tessera {

namespace F = torch::nn::functional;

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The ring latent frames decoded before a ring loop's own (their frames are dropped).
constexpr int64_t kRingLeadLatents = 2;

[[noreturn]] void badRequest(const std::string& what) { throw GenerationError(ErrorKind::BadRequest, what); }

torch::Dtype dtypeFromString(const std::string& s, const std::string& where) {
    if (s == "float32" || s == "fp32") return torch::kFloat32;
    if (s == "bfloat16" || s == "bf16") return torch::kBFloat16;
    if (s == "float16" || s == "fp16") return torch::kFloat16;
    throw GenerationError(ErrorKind::Model, where + ": unknown dtype '" + s + "' (float32, bfloat16, float16)");
}

const char* dtypeString(torch::Dtype d) {
    return d == torch::kBFloat16 ? "bfloat16" : d == torch::kFloat16 ? "float16" : "float32";
}

torch::Device resolveDevice(const std::string& requested) {
    std::string d = requested.empty() ? defaultDevice() : requested;
    if (d.rfind("cuda", 0) == 0 && !torch::cuda::is_available())
        throw GenerationError(ErrorKind::Device, "device '" + d + "' was asked for, but no CUDA device is available");
    try {
        return torch::Device(d);
    } catch (const std::exception&) {
        throw GenerationError(ErrorKind::Device, "unknown device '" + d + "' (use cpu, cuda or cuda:N)");
    }
}

// Frames larger than Wan 2.1's native 832x480 go through the VAE in overlapping spatial tiles,
// so the full-resolution activations of one frame never have to fit at once; tiled results equal
// untiled ones to float rounding (VaeTiling), and the choice depends on the size alone.
VaeTiling tilingFor(int64_t height, int64_t width, int64_t spatialFactor) {
    VaeTiling t;
    if ((height / spatialFactor) * (width / spatialFactor) > (480 / 8) * (832 / 8)) t.tileLatent = 64;
    return t;
}

EncodeOptions encodeOptionsFor(const torch::Tensor& video, int64_t spatialFactor) {
    EncodeOptions o;
    o.tiling = tilingFor(video.size(-2), video.size(-1), spatialFactor);
    return o;
}

}  // namespace

const std::vector<std::string>& backwardExtensionNames() {
    static const std::vector<std::string> names = {"native", "reversed"};
    return names;
}

bool validGuidanceInterval(double low, double high) { return low >= 0 && low < high && high <= 1; }

const std::vector<std::string>& textToVideoNames() {
    static const std::vector<std::string> names = {"direct", "image-first"};
    return names;
}

const std::vector<std::string>& loopFromTextNames() {
    static const std::vector<std::string> names = {"bridge", "ring"};
    return names;
}

const std::vector<Task>& allTasks() {
    static const std::vector<Task> tasks = {Task::TextToVideo,   Task::ImageToVideo,   Task::FirstLastFrame,
                                            Task::Edit,          Task::ExtendForward,  Task::ExtendBackward,
                                            Task::Loop,          Task::Connect,        Task::Inpaint};
    return tasks;
}

const char* taskName(Task task) {
    switch (task) {
        case Task::TextToVideo: return "t2v";
        case Task::ImageToVideo: return "i2v";
        case Task::FirstLastFrame: return "flf2v";
        case Task::Edit: return "edit";
        case Task::ExtendForward: return "extend-forward";
        case Task::ExtendBackward: return "extend-backward";
        case Task::Loop: return "loop";
        case Task::Connect: return "connect";
        case Task::Inpaint: return "inpaint";
        case Task::Invalid: break;
    }
    return "invalid";
}

Task taskFromName(const std::string& name) {
    for (Task t : {Task::TextToVideo, Task::ImageToVideo, Task::FirstLastFrame, Task::Edit, Task::ExtendForward,
                   Task::ExtendBackward, Task::Loop, Task::Connect, Task::Inpaint})
        if (name == taskName(t)) return t;
    return Task::Invalid;
}

bool enhancerFillsUnstated(Task task, bool clipGiven) {
    return task == Task::TextToVideo || (task == Task::Loop && !clipGiven);
}

namespace {

// For a prompt that comes with an image or a clip: what they show fills what the prompt leaves open,
// read from the frames the new ones join (at most 17, so a long clip costs no more than a short one).
EnhanceOptions enhanceOptionsFor(const GenerationRequest& r) {
    EnhanceOptions o;
    o.fillFromSeed = enhancerFillsUnstated(r.task, !r.video.frames.empty());
    if (o.fillFromSeed) return o;
    Clip shown;
    const auto& v = r.video.frames;
    const size_t n = std::min<size_t>(v.size(), 17);
    if (r.task == Task::ImageToVideo || r.task == Task::FirstLastFrame) {
        if (!r.image.empty()) shown.frames = {r.image};
    } else if (r.task == Task::ExtendForward || r.task == Task::Loop || r.task == Task::Connect) {
        shown.frames.assign(v.end() - n, v.end());
    } else {
        shown.frames.assign(v.begin(), v.begin() + n);
    }
    try {
        if (!shown.frames.empty()) o.shown = describeClip(shown);
    } catch (const std::exception&) {
        // A malformed image or clip: nothing is read from it, and the conditioning names the problem.
    }
    return o;
}

}  // namespace

int framesForSeconds(double seconds, double fps) {
    if (!(seconds > 0) || !(fps > 0)) return 1;
    return roundFrames(static_cast<int>(std::lround(seconds * fps)));
}

struct Model::Impl {
    BundleSpec spec;
    ModelInfo info;
    torch::Device device = torch::kCPU;
    torch::Dtype dtype = torch::kFloat32;
    DitConfig ditConfig;
    VaeConfig vaeConfig;
    T5Config t5Config;
    WanModel dit{nullptr};
    WanVAE vae{nullptr};
    T5Encoder t5{nullptr};
    std::unique_ptr<Tokenizer> tokenizer;
    torch::Tensor latentMean, latentInvStd;  // [z] or [2, z] (frame 0 apart) float32 on device
    torch::Tensor previewMatrix, previewBias;  // [z, 3], [3] float32 on CPU
    struct EncodedText {
        std::string text;
        torch::Tensor context;  // [tokens read, dim]
        int64_t tokens = 0;     // tokens the whole text takes (more than text_len when its end is cut)
    };
    std::list<EncodedText> textCache;  // most recent first

    struct Resolved {
        int width, height, frames, steps;
        double fps, guidance, shift, strength;
        double guidanceLow, guidanceHigh;  // guided steps: guidanceLow < sigma <= guidanceHigh
        Solver solver;
        int64_t seed;
        std::string negative;
    };

    Resolved resolve(const GenerationRequest& r, std::vector<std::string>& notes) const;
    /// The DiT's context for `text` (cached), and in `tokens` the tokens the whole text takes.
    torch::Tensor encodeText(const std::string& text, int64_t* tokens = nullptr);
    GenerationResult run(const GenerationRequest& r, const ProgressCallback& progress, const std::atomic<bool>* cancel);
    /// Extend backward made as a forward extension of the clip played backward (backwardExtension "reversed").
    GenerationResult runReversedBackward(const GenerationRequest& r, const ProgressCallback& progress,
                                         const std::atomic<bool>* cancel);
    torch::Tensor sample(const Conditioning& cond, const Resolved& s, const torch::Tensor& ctx, const torch::Tensor& uctx,
                         const torch::Tensor& startLatents, double strength, uint64_t noiseSeed,
                         const ProgressCallback& progress, const std::atomic<bool>* cancel, const char* stage,
                         Clock::time_point t0);
    Frame preview(const torch::Tensor& x0) const;
};

std::shared_ptr<Model> Model::load(const std::string& bundlePath, const std::string& device) {
    initEngine();
    auto impl = std::make_unique<Impl>();
    try {
        impl->spec = BundleSpec::read(bundlePath);
    } catch (const std::exception& e) {
        throw GenerationError(ErrorKind::Model, e.what());
    }
    const BundleSpec& s = impl->spec;
    impl->device = resolveDevice(device);
    impl->dtype = dtypeFromString(impl->device.is_cuda() ? s.cudaDtype : s.cpuDtype, s.path + "/model.json");
    try {
        torch::NoGradGuard noGrad;
        impl->ditConfig = DitConfig::fromJson(s.dit.config);
        impl->vaeConfig = VaeConfig::fromJson(s.vae.config);
        impl->t5Config = T5Config::fromJson(s.textEncoder.config);
        const int64_t z = impl->vaeConfig.zDim;
        const bool maskChannel = s.conditioning == "mask-channel";
        const int64_t wantIn = maskChannel ? 2 * z + 4 : z;
        if (impl->ditConfig.inDim != wantIn || impl->ditConfig.outDim != z)
            throw std::runtime_error(s.dit.file + ": DiT in_dim " + std::to_string(impl->ditConfig.inDim) +
                                     " / out_dim " + std::to_string(impl->ditConfig.outDim) + " do not fit a " +
                                     s.conditioning + " model with VAE z_dim " + std::to_string(z) + " (expected " +
                                     std::to_string(wantIn) + " / " + std::to_string(z) + ")");
        if (impl->ditConfig.textDim != impl->t5Config.dim)
            throw std::runtime_error(s.dit.file + ": DiT text_dim " + std::to_string(impl->ditConfig.textDim) +
                                     " differs from the text encoder's dim " + std::to_string(impl->t5Config.dim));
        LoadOptions ditOpt;
        ditOpt.device = impl->device;
        ditOpt.dtype = impl->dtype;
        impl->dit = WanModel(impl->ditConfig);
        auto loadPart = [](torch::nn::Module& m, const std::string& file, ModelPart part, const LoadOptions& o) {
            TensorCheckpoint ck(file);
            loadWithLayout(m, ck, detectLayout(ck, part), o);
        };
        loadPart(*impl->dit, s.dit.file, ModelPart::Dit, ditOpt);
        impl->dit->eval();
        LoadOptions f32 = ditOpt;
        f32.dtype = torch::kFloat32;
        impl->vae = WanVAE(impl->vaeConfig);
        loadPart(*impl->vae, s.vae.file, ModelPart::Vae, f32);
        impl->vae->eval();
        impl->t5 = T5Encoder(impl->t5Config);
        // On a GPU the text encoder (umT5-XXL: 5.7B parameters) waits on the CPU at the GPU dtype and
        // visits the GPU only to encode a prompt that is not cached; on the CPU it runs in float32.
        LoadOptions t5Opt = f32;
        if (impl->device.is_cuda()) {
            t5Opt.device = torch::kCPU;
            t5Opt.dtype = impl->dtype;
        }
        loadPart(*impl->t5, s.textEncoder.file, ModelPart::TextEncoder, t5Opt);
        impl->t5->eval();
        impl->tokenizer = std::make_unique<Tokenizer>(s.tokenizerFile);
        if (impl->tokenizer->vocabSize() > impl->t5Config.vocab)
            throw std::runtime_error(s.tokenizerFile + ": tokenizer has " + std::to_string(impl->tokenizer->vocabSize()) +
                                     " pieces but the text encoder only " + std::to_string(impl->t5Config.vocab));
        auto opts = torch::TensorOptions().dtype(torch::kFloat32);
        impl->latentMean = latentStatTensor(s.latentMean, s.latentFirstMean).to(impl->device);
        impl->latentInvStd = (1.0 / latentStatTensor(s.latentStd, s.latentFirstStd)).to(impl->device);
        if (!s.previewMatrix.empty()) {
            impl->previewMatrix = torch::empty({z, 3}, opts);
            for (int64_t i = 0; i < z; ++i)
                for (int c = 0; c < 3; ++c) impl->previewMatrix[i][c] = s.previewMatrix[i][c];
            impl->previewBias = torch::tensor(s.previewBias, opts);
        }
    } catch (const GenerationError&) {
        throw;
    } catch (const std::exception& e) {
        throw GenerationError(ErrorKind::Model, std::string("cannot load model ") + s.path + ": " + e.what());
    }

    ModelInfo& i = impl->info;
    i.name = s.name;
    i.path = s.path;
    i.hash = s.hash();
    i.conditioning = s.conditioning;
    i.device = impl->device.str();
    i.dtype = dtypeString(impl->dtype);
    for (Task t : allTasks()) i.tasks.push_back(taskName(t));
    i.defaultWidth = s.defaultWidth;
    i.defaultHeight = s.defaultHeight;
    i.defaultFrames = s.defaultFrames;
    i.defaultSteps = s.defaultSteps;
    i.defaultFps = s.defaultFps;
    i.defaultGuidance = s.defaultGuidance;
    i.defaultShift = s.defaultShift;
    i.defaultGuidanceLow = s.defaultGuidanceLow;
    i.defaultGuidanceHigh = s.defaultGuidanceHigh;
    i.defaultSampler = s.defaultSampler;
    i.defaultBackwardExtension = s.extendBackward;
    i.defaultTextToVideo = s.textToVideo;
    i.defaultLoopFromText = s.loopFromText;
    i.description = s.description;
    i.licence = s.licence;
    return std::shared_ptr<Model>(new Model(std::move(impl)));
}

Model::Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Model::~Model() = default;
const ModelInfo& Model::info() const { return impl_->info; }

GenerationResult Model::generate(const GenerationRequest& request, const ProgressCallback& progress,
                                 const std::atomic<bool>* cancel) {
    try {
        return impl_->run(request, progress, cancel);
    } catch (const GenerationError&) {
        throw;
    } catch (const c10::Error& e) {
        std::string what = e.what_without_backtrace();
        if (what.find("out of memory") != std::string::npos || what.find("DefaultCPUAllocator") != std::string::npos)
            throw GenerationError(ErrorKind::Device, "out of memory on " + impl_->device.str() +
                                                         ": try a smaller size, fewer frames, or tiled decoding");
        throw GenerationError(ErrorKind::Model, "engine error: " + what);
    } catch (const VaeCancelled&) {
        throw GenerationError(ErrorKind::Cancelled, "cancelled while decoding");
    }
}

Model::Impl::Resolved Model::Impl::resolve(const GenerationRequest& r, std::vector<std::string>& notes) const {
    Resolved s{};
    const int mult = static_cast<int>(vaeConfig.spatialFactor() * ditConfig.patchSize[1]);
    // Size: asked for, else the input's, else the model's default; rounded to the model's multiple.
    int w = r.width, h = r.height;
    const Frame* input = !r.image.empty() ? &r.image : (!r.video.frames.empty() ? &r.video.frames[0] : nullptr);
    if ((w <= 0 || h <= 0) && input) {
        w = input->width;
        h = input->height;
    }
    if (w <= 0 || h <= 0) {
        w = spec.defaultWidth;
        h = spec.defaultHeight;
    }
    if (w > 8192 || h > 8192) badRequest("size " + std::to_string(w) + "x" + std::to_string(h) + " is too large (at most 8192)");
    auto round = [&](int v) { return std::max(mult, (v + mult / 2) / mult * mult); };
    s.width = round(w);
    s.height = round(h);
    if (s.width != w || s.height != h)
        notes.push_back("size " + std::to_string(w) + "x" + std::to_string(h) + " rounded to " +
                        std::to_string(s.width) + "x" + std::to_string(s.height) + " (a multiple of " +
                        std::to_string(mult) + ")");
    int frames = r.frames > 0 ? r.frames : spec.defaultFrames;
    if (r.frames < 0 || frames > 2001) badRequest("frame count " + std::to_string(r.frames) + " is out of range (1..2001)");
    s.frames = roundFrames(frames);
    if (s.frames != frames)
        notes.push_back("frames " + std::to_string(frames) + " rounded to " + std::to_string(s.frames) + " (1+4k)");
    s.fps = r.fps > 0 ? r.fps : (r.video.fps > 0 && !r.video.frames.empty() ? r.video.fps : spec.defaultFps);
    if (s.fps > 240) badRequest("fps " + std::to_string(s.fps) + " is out of range (at most 240)");
    s.steps = r.steps > 0 ? r.steps : spec.defaultSteps;
    if (r.steps < 0 || s.steps > 1000) badRequest("steps must be between 1 and 1000, not " + std::to_string(r.steps));
    s.guidance = r.guidance >= 0 ? r.guidance : spec.defaultGuidance;
    if (s.guidance > 50) badRequest("guidance " + std::to_string(s.guidance) + " is out of range (0..50)");
    if ((r.guidanceLow < 0) != (r.guidanceHigh < 0))
        badRequest("a guidance interval needs both ends (low and high sigma), or neither for the model's default");
    s.guidanceLow = r.guidanceLow >= 0 ? r.guidanceLow : spec.defaultGuidanceLow;
    s.guidanceHigh = r.guidanceHigh >= 0 ? r.guidanceHigh : spec.defaultGuidanceHigh;
    if (!validGuidanceInterval(s.guidanceLow, s.guidanceHigh))
        badRequest("guidance interval [" + std::to_string(s.guidanceLow) + ", " + std::to_string(s.guidanceHigh) +
                   "] must satisfy 0 <= low < high <= 1 (sigmas, 1 = pure noise)");
    s.shift = r.shift > 0 ? r.shift : spec.defaultShift;
    if (r.shift == 0 || s.shift > 100) badRequest("shift must be in (0, 100]");
    std::string sampler = r.sampler.empty() ? spec.defaultSampler : r.sampler;
    s.solver = solverFromName(sampler);
    if (s.solver == Solver::Invalid) badRequest("unknown sampler '" + sampler + "' (use " + solverNamesText() + ")");
    s.strength = r.strength;
    s.seed = r.seed;
    if (s.seed < 0) {
        // A random 53-bit seed (exact in JSON numbers), reported back so the result can be regenerated.
        std::random_device rd;
        s.seed = static_cast<int64_t>(((uint64_t(rd()) << 32) | rd()) & ((1ULL << 53) - 1));
    }
    s.negative = r.negativePrompt.empty() ? spec.defaultNegativePrompt : r.negativePrompt;
    return s;
}

torch::Tensor Model::Impl::encodeText(const std::string& text, int64_t* tokens) {
    for (auto it = textCache.begin(); it != textCache.end(); ++it)
        if (it->text == text) {
            textCache.splice(textCache.begin(), textCache, it);
            if (tokens) *tokens = it->tokens;
            return it->context;
        }
    torch::NoGradGuard noGrad;
    TokenizedText tok = tokenizer->encode(text, ditConfig.textLen);
    auto ids = torch::tensor(tok.ids, torch::kInt64).unsqueeze(0).to(device);
    auto mask = torch::tensor(tok.mask, torch::kInt64).unsqueeze(0).to(device);
    const bool offload = device.is_cuda();
    if (offload) t5->to(device);
    auto out = t5->forward(ids, mask);  // [1, text_len, dim]
    if (offload) t5->to(torch::kCPU);
    // Like Wan's text encoder wrapper: the DiT gets only the rows of real tokens.
    auto ctx = out[0].narrow(0, 0, std::max<int64_t>(1, tok.length)).to(dtype).contiguous();
    textCache.push_front({text, ctx, tok.fullLength});
    if (textCache.size() > 16) textCache.pop_back();
    if (tokens) *tokens = tok.fullLength;
    return ctx;
}

Frame Model::Impl::preview(const torch::Tensor& x0) const {
    if (!previewMatrix.defined()) return {};
    // x0: [z, L, h, w] normalised latents; show the middle latent frame.
    auto mid = x0.select(1, x0.size(1) / 2).to(torch::kCPU, torch::kFloat32);  // [z, h, w]
    // The middle frame is never latent frame 0 (unless it is the only one): the last row of the stats.
    auto stat = [&](const torch::Tensor& s) { return (s.dim() == 2 ? s[x0.size(1) > 1 ? 1 : 0] : s).to(torch::kCPU).view({-1, 1, 1}); };
    auto raw = mid / stat(latentInvStd) + stat(latentMean);
    auto rgb = torch::einsum("zhw,zc->chw", {raw, previewMatrix}) + previewBias.view({3, 1, 1});
    return tensorToFrames(rgb.unsqueeze(1))[0];
}

torch::Tensor Model::Impl::sample(const Conditioning& cond, const Resolved& s, const torch::Tensor& ctx,
                                  const torch::Tensor& uctx, const torch::Tensor& startLatents, double strength,
                                  uint64_t noiseSeed, const ProgressCallback& progress,
                                  const std::atomic<bool>* cancel, const char* stage, Clock::time_point t0) {
    torch::NoGradGuard noGrad;
    const int64_t z = vaeConfig.zDim, f = vaeConfig.spatialFactor();
    const int64_t L = vaeConfig.latentFrames(cond.frames), h = cond.height / f, w = cond.width / f;
    // Noise is drawn on the CPU from the seed, so a recipe gives the same frames on any run.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(noiseSeed);
    auto noise = flowNoise({z, L, h, w}, gen, spec.frameSharedNoise, spec.offsetNoise).to(device);

    torch::Tensor known, knownMask, maskInput;  // [z, L, h, w], [1, L, h, w], [4 + z, L, h, w]
    if (cond.anyKnown) {
        torch::Tensor mask4, whole;
        latentMasks(cond.pixelMask, f, &mask4, &whole);
        auto pixels = cond.pixels.to(device);
        knownMask = whole.unsqueeze(0).to(device);
        known = knownLatents(
            [&](const torch::Tensor& p) {
                return vae->encode(p.unsqueeze(0), latentMean, latentInvStd, nullptr, nullptr, encodeOptionsFor(p, f))[0];
            },
            pixels, cond.pixelMask, knownMask, spec.holdKnownContext);
        if (spec.conditioning == "mask-channel") maskInput = torch::cat({mask4.to(device), known}, 0);
    } else if (spec.conditioning == "mask-channel") {
        maskInput = torch::zeros({4 + z, L, h, w}, torch::TensorOptions().device(device));
    }

    Schedule schedule = makeSchedule(s.solver, s.steps, s.shift);
    torch::Tensor x = noise;
    if (startLatents.defined()) {
        // Edit / refine: start from the given latents noised to the sigma where the remaining steps
        // begin, and run a fresh solver over the rest of the schedule.
        int first = std::min(s.steps, static_cast<int>(std::lround((1.0 - strength) * s.steps)));
        if (first >= s.steps) return startLatents;
        x = (1.0 - schedule.sigmas[first]) * startLatents + schedule.sigmas[first] * noise;
        schedule.timesteps.erase(schedule.timesteps.begin(), schedule.timesteps.begin() + first);
        schedule.sigmas.erase(schedule.sigmas.begin(), schedule.sigmas.begin() + first);
    }
    // (An ancestral solver's own noise is a stream of its own, apart from the starting noise.)
    auto solver =
        makeSolver(s.solver, schedule, deriveSeed(noiseSeed, 0xA2CE57A1ull), spec.frameSharedNoise, spec.offsetNoise);
    const int steps = static_cast<int>(schedule.timesteps.size());
    // A ring: at odd steps the DiT sees the period's latents rotated by half, so the wrap from the last
    // to the first is inside its window (the first latent frame, a single frame, stays in front).
    const int64_t period = L - 1;
    auto rotate = [&](const torch::Tensor& t, int64_t by) {
        return by == 0 ? t : torch::cat({t.narrow(1, 0, 1), torch::roll(t.narrow(1, 1, period), {by}, {1})}, 1);
    };
    for (int i = 0; i < steps; ++i) {
        if (cancel && cancel->load()) throw GenerationError(ErrorKind::Cancelled, "cancelled at step " + std::to_string(i));
        const double sigma = schedule.sigmas[i];
        const bool guided = s.guidance != 1.0 && sigma > s.guidanceLow && sigma <= s.guidanceHigh;
        if (known.defined())  // the known region follows the known latents, re-noised to this step's sigma
            x = knownMask * ((1.0 - sigma) * known + sigma * noise) + (1.0 - knownMask) * x;
        const int64_t rotation = cond.ring && (i % 2) ? period / 2 : 0;
        auto in = maskInput.defined() ? torch::cat({rotate(x, -rotation), maskInput}, 0) : rotate(x, -rotation);
        in = in.to(dtype);
        std::vector<torch::Tensor> xs{in}, cs{ctx};
        if (guided) {
            xs.push_back(in);
            cs.push_back(uctx);
        }
        auto t = torch::full({static_cast<int64_t>(xs.size())}, static_cast<double>(schedule.timesteps[i]),
                             torch::TensorOptions().device(device).dtype(torch::kFloat32));
        auto out = dit->forward(xs, t, cs, 0);
        auto v = out[0].to(torch::kFloat32);
        if (guided) {
            auto vu = out[1].to(torch::kFloat32);
            v = vu + s.guidance * (v - vu);
        }
        v = rotate(v, rotation);
        if (progress) {
            Progress p;
            p.stage = stage;
            p.step = i + 1;
            p.total = steps;
            p.elapsedSeconds = since(t0);
            p.preview = preview(x - sigma * v);
            progress(p);
        }
        x = solver->step(v, x);
    }
    if (known.defined()) x = knownMask * known + (1.0 - knownMask) * x;
    return x;
}

GenerationResult Model::Impl::runReversedBackward(const GenerationRequest& r, const ProgressCallback& progress,
                                                  const std::atomic<bool>* cancel) {
    std::vector<std::string> ignored;  // run() below resolves again and reports the notes
    const Resolved s = resolve(r, ignored);
    GenerationRequest forward = r;
    forward.task = Task::ExtendForward;
    forward.seed = s.seed;
    // A forward extension makes whole groups of 4 frames: the few beyond what was asked are made at
    // the far end and dropped, so any number of new frames comes out as asked.
    const int wanted = std::max(1, r.extendFrames > 0 ? r.extendFrames : s.frames);
    forward.extendFrames = (wanted + 3) / 4 * 4;
    std::reverse(forward.video.frames.begin(), forward.video.frames.end());
    // The model is asked for what the new frames show played backward. With the Shapes World enhancer
    // the caption (filled from the clip's first frames, as for a native backward extension) has its
    // motions reversed; any other prompt goes to the model as written.
    EnhancedPrompt enhanced;
    enhanced.caption = r.prompt;
    if (r.enhancePrompt && spec.enhancer == "shapes") {
        enhanced = enhance(r.prompt, static_cast<uint64_t>(forward.seed), enhanceOptionsFor(r));
        forward.prompt = caption(reversedInTime(enhanced.prompt));
        forward.enhancePrompt = false;
    }
    GenerationResult result = run(forward, progress, cancel);
    // The output was the clip played backward, then the new frames: played back, the new frames, then the clip.
    std::reverse(result.clip.frames.begin(), result.clip.frames.end());
    result.clip.frames.erase(result.clip.frames.begin(), result.clip.frames.begin() + (forward.extendFrames - wanted));
    result.prompt = r.prompt;
    result.enhancedPrompt = enhanced.caption;
    result.unknownWords = enhanced.unknownWords;
    result.notes.push_back("made as a forward extension of the clip played backward, the model prompted with \"" +
                           (forward.prompt.empty() ? std::string("(no prompt)") : forward.prompt) + "\"");
    nlohmann::json recipe = nlohmann::json::parse(result.recipeJson);
    recipe["task"] = taskName(r.task);
    recipe["prompt"] = r.prompt;
    recipe["enhanced_prompt"] = enhanced.caption;
    recipe["enhance_prompt"] = r.enhancePrompt;
    recipe["backward_extension"] = "reversed";
    recipe["extend_frames"] = wanted;
    result.recipeJson = recipe.dump();
    return result;
}

GenerationResult Model::Impl::run(const GenerationRequest& r, const ProgressCallback& progress,
                                  const std::atomic<bool>* cancel) {
    if (r.task == Task::ExtendBackward) {
        const std::string& how = r.backwardExtension.empty() ? spec.extendBackward : r.backwardExtension;
        const auto& names = backwardExtensionNames();
        if (std::find(names.begin(), names.end(), how) == names.end())
            badRequest("backward extension must be \"native\" or \"reversed\", not \"" + how + "\"");
        if (how == "reversed") return runReversedBackward(r, progress, cancel);
    }
    auto t0 = Clock::now();
    GenerationResult result;
    Resolved s = resolve(r, result.notes);
    if (device.is_cpu())
        if (const std::string w = emulatedDtypeWarning(dtypeString(dtype)); !w.empty())
            result.notes.push_back(std::string("the DiT runs in ") + dtypeString(dtype) + " (cpu_dtype in " + spec.path +
                                   "/model.json), but " + w + "; cpu_dtype float32 is faster here, at twice the DiT's memory");
    result.seed = s.seed;
    result.prompt = r.prompt;
    result.enhancedPrompt = r.prompt;
    if (r.enhancePrompt && spec.enhancer == "shapes") {
        EnhancedPrompt e = enhance(r.prompt, static_cast<uint64_t>(s.seed), enhanceOptionsFor(r));
        result.enhancedPrompt = e.caption;
        result.unknownWords = e.unknownWords;
    }

    auto tText = Clock::now();
    if (progress) progress({"encode-text", 0, 1, since(t0), {}});
    int64_t promptTokens = 0, negativeTokens = 0;
    torch::Tensor ctx = encodeText(result.enhancedPrompt, &promptTokens), uctx = encodeText(s.negative, &negativeTokens);
    result.timingsSeconds["encode_text"] = since(tText);
    // The DiT reads at most text_len tokens: a longer prompt loses its end, which is said, not hidden.
    for (const auto& [what, tokens] : {std::pair<const char*, int64_t>{"prompt", promptTokens}, {"negative prompt", negativeTokens}})
        if (tokens > ditConfig.textLen)
            result.notes.push_back(std::string("the ") + what + " is " + std::to_string(tokens) + " tokens and the model reads the first " +
                                   std::to_string(ditConfig.textLen) + ": its end was ignored (shorten it)");

    // A clip from text alone, made image first: the first frame is sampled alone (as the model makes
    // images), then the clip is made from it as image to video.
    const std::string& t2v = r.textToVideo.empty() ? spec.textToVideo : r.textToVideo;
    const auto& t2vNames = textToVideoNames();
    if (std::find(t2vNames.begin(), t2vNames.end(), t2v) == t2vNames.end())
        badRequest("text to video must be \"direct\" or \"image-first\", not \"" + t2v + "\"");
    const bool loopOfText = r.task == Task::Loop && r.video.frames.empty();
    const bool fromText = r.task == Task::TextToVideo || loopOfText;
    const bool imageFirst = fromText && t2v == "image-first" && s.frames > 1;
    Frame firstFrame;
    if (imageFirst) {
        auto tImage = Clock::now();
        GenerationRequest still = r;
        still.task = Task::TextToVideo;
        Conditioning c1 = buildConditioning(still, s.width, s.height, 1);
        auto x1 = sample(c1, s, ctx, uctx, {}, 1.0, static_cast<uint64_t>(s.seed), progress, cancel, "image", t0);
        DecodeOptions imageDecode;
        imageDecode.clamp = true;
        imageDecode.tiling = tilingFor(s.height, s.width, vaeConfig.spatialFactor());
        firstFrame = tensorToFrames(vae->decode(x1.unsqueeze(0), latentMean, latentInvStd, imageDecode)[0])[0];
        result.timingsSeconds["image"] = since(tImage);
    }
    auto fromFirstFrame = [&](GenerationRequest& q) {
        if (!imageFirst) return;
        q.task = Task::ImageToVideo;
        q.image = firstFrame;
    };

    // Loop without a clip: make the clip first, then bridge its end back to its start.
    GenerationRequest req = r;
    if (r.task == Task::TextToVideo) fromFirstFrame(req);
    const std::string& loopHow = r.loopFromText.empty() ? spec.loopFromText : r.loopFromText;
    const auto& loopNames = loopFromTextNames();
    if (std::find(loopNames.begin(), loopNames.end(), loopHow) == loopNames.end())
        badRequest("a loop from text must be made as a \"bridge\" or a \"ring\", not \"" + loopHow + "\"");
    const bool ringLoop = loopOfText && loopHow == "ring";
    if (ringLoop && s.frames < 9)
        badRequest("a ring loop needs at least 9 frames (it is frames - 1 long), not " + std::to_string(s.frames));
    if (loopOfText && !ringLoop) {
        GenerationRequest first = r;
        first.task = Task::TextToVideo;
        fromFirstFrame(first);
        Conditioning c0 = buildConditioning(first, s.width, s.height, s.frames);
        auto x0 = sample(c0, s, ctx, uctx, {}, 1.0, static_cast<uint64_t>(s.seed), progress, cancel, "sample", t0);
        DecodeOptions firstPass;
        firstPass.clamp = true;
        firstPass.tiling = tilingFor(s.height, s.width, vaeConfig.spatialFactor());
        req.video.frames = tensorToFrames(vae->decode(x0.unsqueeze(0), latentMean, latentInvStd, firstPass)[0]);
        req.video.fps = s.fps;
        if (req.extendFrames <= 0) req.extendFrames = 8;
    }

    auto tSample = Clock::now();
    if (ringLoop) {  // one sampling run over the whole loop: a clip from text whose latents form a ring
        req.task = Task::TextToVideo;
        fromFirstFrame(req);
    }
    Conditioning cond = buildConditioning(req, s.width, s.height, s.frames);
    cond.ring = ringLoop;
    for (auto& n : cond.notes) result.notes.push_back(n);
    torch::Tensor start;
    if (cond.editSource.defined())
        start = vae->encode(cond.editSource.unsqueeze(0).to(device), latentMean, latentInvStd, nullptr, nullptr,
                            encodeOptionsFor(cond.editSource, vaeConfig.spatialFactor()))[0];
    // The bridge of a loop made from text gets the next seed: the first pass used this one.
    const uint64_t noiseSeed = static_cast<uint64_t>(s.seed) + (req.video.frames.empty() == r.video.frames.empty() ? 0 : 1);
    torch::Tensor x0 = sample(cond, s, ctx, uctx, start, s.strength, noiseSeed, progress, cancel, "sample", t0);
    result.timingsSeconds["sample"] = since(tSample);

    if (r.refine) {
        // Cascade refinement: 2x in space, then a low-strength second pass at the new size.
        auto tRefine = Clock::now();
        Resolved s2 = s;
        s2.width *= 2;
        s2.height *= 2;
        GenerationRequest up = req;
        Conditioning cond2 = buildConditioning(up, s2.width, s2.height, s.frames);
        auto upLatents = F::interpolate(x0.unsqueeze(0), F::InterpolateFuncOptions()
                                                             .size(std::vector<int64_t>{x0.size(1), x0.size(2) * 2,
                                                                                        x0.size(3) * 2})
                                                             .mode(torch::kTrilinear)
                                                             .align_corners(false))[0];
        x0 = sample(cond2, s2, ctx, uctx, upLatents, 0.3, static_cast<uint64_t>(s.seed) + 2, progress, cancel,
                    "refine", t0);
        cond = std::move(cond2);
        s = s2;
        result.timingsSeconds["refine"] = since(tRefine);
    }

    auto tDecode = Clock::now();
    DecodeOptions dopt;
    dopt.clamp = true;
    dopt.tiling = tilingFor(s.height, s.width, vaeConfig.spatialFactor());
    const int64_t latentFrames = x0.size(1);
    dopt.progress = [&](int64_t done, int64_t total) {
        if (progress) progress({"decode", static_cast<int>(done), static_cast<int>(total), since(t0), {}});
        (void)latentFrames;
        return !(cancel && cancel->load());
    };
    torch::Tensor decodeLatents = x0;
    if (ringLoop) {
        // The causal decoder would draw the ring's first frames after the single first frame and its
        // last ones after the whole ring. Decoded after the ring's last latent frames instead, its
        // first frames follow its end as they will when the loop plays; the frames of those lead-in
        // latents are dropped. (Decoding more of the ring before it lets the decoder's state drift:
        // docs/tasks.md, "Loops from text".)
        const int64_t period = x0.size(1) - 1, lead = std::min<int64_t>(kRingLeadLatents, period);
        decodeLatents = torch::cat({x0.narrow(1, 0, 1), x0.narrow(1, 1 + period - lead, lead), x0.narrow(1, 1, period)}, 1);
        cond.plan.keepFrom = int(1 + 4 * lead);
        cond.plan.keepTo = int(1 + 4 * (lead + period));
    }
    torch::Tensor video = vae->decode(decodeLatents.unsqueeze(0), latentMean, latentInvStd, dopt)[0];  // [3, T, H, W]
    if (cond.pasteSource.defined()) {
        auto keep = cond.pasteMask.unsqueeze(0).to(video.device());
        video = keep * cond.pasteSource.to(video.device()) + (1.0 - keep) * video;
    }
    std::vector<Frame> decoded = tensorToFrames(video);
    result.timingsSeconds["decode"] = since(tDecode);

    const OutputPlan& plan = cond.plan;
    auto fit = [&](const std::vector<Frame>& frames) {
        std::vector<Frame> out;
        for (const auto& f : frames) out.push_back(resizeFrame(f, s.width, s.height));
        return out;
    };
    result.clip.fps = s.fps;
    result.clip.frames = fit(plan.before);
    for (int i = plan.keepFrom; i < plan.keepTo; ++i) result.clip.frames.push_back(std::move(decoded[i]));
    for (auto& f : fit(plan.after)) result.clip.frames.push_back(std::move(f));

    torch::Tensor lat = x0.to(torch::kCPU).contiguous();
    result.latents.dtype = dtypeName(fromTorchDtype(lat.scalar_type()));
    result.latents.shape.assign(lat.sizes().begin(), lat.sizes().end());
    const uint8_t* p = static_cast<const uint8_t*>(lat.data_ptr());
    result.latents.bytes.assign(p, p + lat.numel() * lat.element_size());

    nlohmann::json recipe = {
        {"engine", buildInfo().version},
        {"model", {{"name", info.name}, {"hash", info.hash}}},
        {"task", taskName(r.task)},
        {"prompt", r.prompt},
        {"enhanced_prompt", result.enhancedPrompt},
        {"enhance_prompt", r.enhancePrompt},
        {"negative_prompt", s.negative},
        {"seed", s.seed},
        {"steps", s.steps},
        {"guidance", s.guidance},
        {"guidance_interval", {s.guidanceLow, s.guidanceHigh}},
        {"shift", s.shift},
        {"sampler", solverName(s.solver)},
        {"width", cond.width},
        {"height", cond.height},
        {"frames", cond.frames},
        {"extend_frames", req.extendFrames},
        {"fps", s.fps},
        {"strength", s.strength},
        {"refine", r.refine},
        {"device", device.str()},
        {"dtype", dtypeString(dtype)},
    };
    if (r.task == Task::ExtendBackward) recipe["backward_extension"] = "native";
    if (fromText) recipe["text_to_video"] = t2v;
    if (loopOfText) recipe["loop_from_text"] = loopHow;
    result.recipeJson = recipe.dump();
    result.timingsSeconds["total"] = since(t0);
    if (progress) progress({"done", 1, 1, since(t0), {}});
    return result;
}

}  // namespace tessera
