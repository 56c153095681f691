#include "generate_command.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "tessera/app/media.h"
#include "tessera/app/models.h"
#include "tessera/app/plugins.h"
#include "tessera/app/queue_runner.h"
#include "tessera/engine.h"
#include "tessera/import.h"
#include "tessera/pipeline.h"
#include "tessera/safetensors.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

std::atomic<bool> gCancel{false};

void onInterrupt(int) {
    if (gCancel.exchange(true)) _exit(130);  // a second Ctrl-C leaves at once
}

// Terminal progress: one redrawn line on a TTY, plain lines otherwise.
class ProgressPrinter {
public:
    ProgressPrinter() : tty_(isatty(STDERR_FILENO)) {}
    void operator()(const Progress& p) {
        if (p.stage == "done") {
            if (tty_ && drawn_) std::fprintf(stderr, "\n");
            return;
        }
        double eta = -1;
        if (p.stage == stage_ && p.step > 0 && p.total > 0) {
            double per = (p.elapsedSeconds - stageStart_) / p.step;
            eta = per * (p.total - p.step);
        }
        if (p.stage != stage_) {
            stage_ = p.stage;
            stageStart_ = p.elapsedSeconds;
        }
        if (tty_) {
            const int width = 24;
            int filled = p.total > 0 ? width * p.step / p.total : 0;
            std::string bar(filled, '#');
            bar.resize(width, '.');
            std::fprintf(stderr, "\r%-12s [%s] %3d/%-3d %6.1fs", p.stage.c_str(), bar.c_str(), p.step, p.total,
                         p.elapsedSeconds);
            if (eta >= 0) std::fprintf(stderr, "  ETA %5.1fs", eta);
            std::fprintf(stderr, "   ");
            drawn_ = true;
        } else if (p.stage != "decode" || p.step == p.total) {
            std::fprintf(stderr, "%s %d/%d %.1fs\n", p.stage.c_str(), p.step, p.total, p.elapsedSeconds);
        }
        std::fflush(stderr);
    }

private:
    bool tty_, drawn_ = false;
    std::string stage_;
    double stageStart_ = 0;
};

Task chooseTask(const GenerateOptions& o) {
    if (!o.connect.empty()) return Task::Connect;
    if (!o.extend.empty()) return o.direction == "backward" ? Task::ExtendBackward : Task::ExtendForward;
    if (o.loop) return Task::Loop;
    if (!o.mask.empty()) return Task::Inpaint;
    if (!o.video.empty()) return Task::Edit;
    if (!o.image.empty() && !o.endImage.empty()) return Task::FirstLastFrame;
    if (!o.image.empty() || !o.endImage.empty()) return Task::ImageToVideo;
    return Task::TextToVideo;
}

void checkOutputPath(const std::string& out) {
    if (!isSupportedOutput(out))
        throw MediaError(out + ": unsupported output type (use .mp4, .webm, .gif, or .png for one frame)");
    fs::path dir = fs::path(out).has_parent_path() ? fs::path(out).parent_path() : fs::path(".");
    if (!fs::is_directory(dir)) throw MediaError(out + ": the folder " + dir.string() + " does not exist");
    if (::access(dir.c_str(), W_OK) != 0) throw MediaError(out + ": the folder " + dir.string() + " is not writable");
}

}  // namespace

void addGenerateOptions(CLI::App* cmd, GenerateOptions& o) {
    cmd->add_option("-p,--prompt", o.prompt, "What to make, in your words (the enhancer rewrites it; see --json)");
    cmd->add_option("--negative", o.negative, "What to avoid (negative prompt)");
    cmd->add_option("--enhancer-plugin", o.enhancerPlugin, "Rewrite the prompt with this prompt-enhancer plugin first");
    cmd->add_option("--enhancer-option", o.enhancerOption, "The enhancer plugin's preset (e.g. cinematic)");
    cmd->add_option("--filter-plugin", o.filterPlugin, "Apply this clip-filter plugin to the result");
    cmd->add_option("--filter-param", o.filterParams, "NAME=VALUE for the filter plugin (repeatable)");
    cmd->add_option("-m,--model", o.model, "Model name (see `tessera models`) or bundle folder");
    cmd->add_option("--size", o.size, "Output size WxH, e.g. 832x480 (rounded to a multiple of 16)");
    cmd->add_option("--seconds", o.seconds,
                    "Duration; frames = the nearest 1+4k to seconds x fps (2 s at 16 fps = 33 frames). With --extend "
                    "or --connect: the length of the new part");
    cmd->add_option("--frames", o.frames, "Frame count instead of --seconds (rounded to 1+4k: 1, 5, 9, ...)")
        ->check(CLI::Range(1, 2001));
    cmd->add_option("--fps", o.fps, "Frames per second (default: the model's, or the input clip's)");
    cmd->add_option("--steps", o.steps, "Sampling steps (default: the model's)")->check(CLI::Range(1, 1000));
    cmd->add_option("--guidance", o.guidance, "Classifier-free guidance scale (1 = off)");
    addGuidanceIntervalOption(cmd, o.guidanceInterval);
    cmd->add_option("--shift", o.shift, "Sigma schedule shift");
    cmd->add_option("--sampler", o.sampler, "Sampler (default: the model's; euler_a, Euler ancestral, draws fresh noise every step)")
        ->check(CLI::IsMember(samplerChoices()));
    cmd->add_option("--seed", o.seed, "Seed; -1 picks a random one and reports it");
    cmd->add_option("--image", o.image, "First frame (image to video)");
    cmd->add_option("--end-image", o.endImage, "Last frame (with --image: first and last frame)");
    cmd->add_option("--video", o.video, "A clip to remix (with --strength), to inpaint (with --mask) or to loop");
    cmd->add_option("--strength", o.strength, "Remix strength: 0 keeps the clip, 1 ignores it")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--extend", o.extend, "A clip to extend in time");
    cmd->add_option("--direction", o.direction, "forward or backward (with --extend)")
        ->check(CLI::IsMember({"forward", "backward"}));
    cmd->add_option("--backward-extension", o.backwardExtension,
                    "With --direction backward: native (the clip's first frames end the new sequence) or reversed "
                    "(the clip played backward is extended forward); default: the model's")
        ->check(CLI::IsMember(backwardExtensionNames()));
    cmd->add_option("--text-to-video", o.textToVideo,
                    "From text alone (and --loop without --video): direct (all frames sampled together) or image-first "
                    "(the first frame made alone, then the clip from it); default: the model's")
        ->check(CLI::IsMember(textToVideoNames()));
    cmd->add_flag("--loop", o.loop, "Make a seamless loop (of --video, or of a new clip)");
    cmd->add_option("--loop-from-text", o.loopFromText,
                    "--loop without --video: bridge (a clip, then frames leading from its end back to its start) or ring "
                    "(the whole loop sampled at once, --frames - 1 frames long); default: the model's")
        ->check(CLI::IsMember(loopFromTextNames()));
    cmd->add_option("--connect", o.connect, "Two clips A B: generate the frames between A's end and B's start")
        ->expected(2);
    cmd->add_option("--mask", o.mask, "Inpaint mask image or clip for --video (white = regenerate)");
    cmd->add_flag("--refine", o.refine, "Cascade refinement: 2x larger, re-denoised at low strength");
    cmd->add_option("--device", o.device, "cpu, cuda or cuda:N (default: cuda if present)");
    cmd->add_option("-o,--out", o.out, "Output file: .mp4 (H.264), .webm (VP9), .gif, or .png for one frame");
    cmd->add_option("--latents", o.latents, "Also save the final latents to this .safetensors file");
    cmd->add_flag("--json", o.json, "Print a machine-readable result (path, seed, recipe, timings)");
    cmd->add_flag("--no-enhance", o.noEnhance, "Give the prompt to the model as typed");
}

void addGuidanceIntervalOption(CLI::App* cmd, std::vector<double>& interval) {
    cmd->add_option("--guidance-interval", interval,
                    "LOW,HIGH: guide only the steps whose noise level sigma is above LOW and at most HIGH (1 = pure "
                    "noise, 0 = clean; e.g. 0.22,1 skips guidance on the last, cleanest steps); default: the model's")
        ->delimiter(',')
        ->expected(2);
}

void applyGuidanceInterval(const std::vector<double>& interval, double& low, double& high) {
    if (interval.empty()) return;
    if (interval.size() != 2 || !validGuidanceInterval(interval[0], interval[1]))
        throw GenerationError(ErrorKind::BadRequest, "--guidance-interval must be LOW,HIGH with 0 <= LOW < HIGH <= 1");
    low = interval[0];
    high = interval[1];
}

std::vector<std::string> samplerChoices() {
    auto names = samplerNames();
    names.insert(names.end(), {"dpm++", "euler_ancestral"});
    return names;
}

GenerationRequest requestFromOptions(const GenerateOptions& o) {
    GenerationRequest r;
    r.prompt = o.prompt;
    r.negativePrompt = o.negative;
    r.enhancePrompt = !o.noEnhance;
    r.task = chooseTask(o);
    if (!o.size.empty()) {
        int w = 0, h = 0;
        char x = 0;
        if (std::sscanf(o.size.c_str(), "%d%c%d", &w, &x, &h) != 3 || (x != 'x' && x != 'X') || w <= 0 || h <= 0)
            throw GenerationError(ErrorKind::BadRequest, "--size must look like 832x480, not '" + o.size + "'");
        r.width = w;
        r.height = h;
    }
    r.fps = o.fps;
    r.steps = o.steps;
    r.guidance = o.guidance;
    applyGuidanceInterval(o.guidanceInterval, r.guidanceLow, r.guidanceHigh);
    r.shift = o.shift;
    r.sampler = o.sampler == "dpm++" ? "dpmpp" : o.sampler;
    r.seed = o.seed;
    r.strength = o.strength;
    r.refine = o.refine;
    r.backwardExtension = o.backwardExtension;
    r.textToVideo = o.textToVideo;
    r.loopFromText = o.loopFromText;
    r.device = o.device;
    return r;
}

int runGenerate(const GenerateOptions& o) {
    GenerationRequest r = requestFromOptions(o);
    if (o.frames < 0 || o.steps < 0) throw GenerationError(ErrorKind::BadRequest, "--frames and --steps must be positive");

    std::string out = o.out.empty() ? "tessera-output.mp4" : o.out;
    checkOutputPath(out);

    // Inputs are read before the model loads, so a bad file fails fast.
    if (!o.image.empty()) r.image = readImage(o.image);
    if (!o.endImage.empty()) r.endImage = readImage(o.endImage);
    if (!o.video.empty()) r.video = readClip(o.video);
    if (!o.extend.empty()) r.video = readClip(o.extend);
    if (!o.connect.empty()) {
        r.video = readClip(o.connect[0]);
        r.videoB = readClip(o.connect[1]);
    }
    if (!o.mask.empty()) {
        if (o.video.empty()) throw GenerationError(ErrorKind::BadRequest, "--mask needs --video (the clip to inpaint)");
        r.mask = readClip(o.mask);
    }

    // Plugins: the prompt enhancer rewrites the prompt, then every enabled content policy sees it
    // (and may refuse) before anything is loaded. A misbehaving plugin is disabled and named.
    auto plugins = PluginManager::standard();
    try {
        if (!o.enhancerPlugin.empty())
            r.prompt = plugins.use(o.enhancerPlugin, [&](PluginProcess& p) { return p.enhance(r.prompt, o.enhancerOption); });
        plugins.checkPrompt(r.prompt);
    } catch (const PluginError& e) {
        throw GenerationError(ErrorKind::BadRequest, e.what());
    }

    const std::string modelPath = resolveModel(o.model, o.modelDir);
    // Before loading gigabytes: does it fit? (An estimate; see docs/models.md, memory planning.)
    const MemoryPlan plan = planMemory(modelPath, o.device.empty() ? "auto" : o.device, r.width, r.height,
                                       r.frames > 0 ? r.frames : 0);
    if (!plan.fits) {
        std::string advice;
        for (const auto& a : plan.advice) advice += "; " + a;
        throw GenerationError(ErrorKind::Device,
                              plan.name + " needs about " +
                                  std::to_string((plan.ditBytes + plan.vaeBytes + plan.textEncoderBytes +
                                                  plan.activationBytes) >> 20) +
                                  " MiB on " + plan.device + " for " + std::to_string(plan.width) + "x" +
                                  std::to_string(plan.height) + "x" + std::to_string(plan.frames) + " but " +
                                  std::to_string(plan.availableBytes >> 20) + " MiB are free (tessera models plan " +
                                  modelPath + ")" + (advice.empty() ? std::string() : " — would help" + advice));
    }
    std::shared_ptr<Model> model = Model::load(modelPath, o.device);
    applyDuration(r, o.frames, o.seconds, model->info());

    const int outFrames = r.frames > 0 ? r.frames : r.extendFrames > 0 ? 2 : model->info().defaultFrames;
    if (fs::path(out).extension() == ".png" && outFrames != 1)
        throw MediaError(out + ": a PNG holds one frame but " + std::to_string(outFrames) +
                         " were asked for; use .mp4/.webm/.gif, or --frames 1");

    std::signal(SIGINT, onInterrupt);
    ProgressPrinter printer;
    GenerationResult res = model->generate(r, [&](const Progress& p) { printer(p); }, &gCancel);
    std::signal(SIGINT, SIG_DFL);
    for (const auto& n : res.notes) std::fprintf(stderr, "note: %s\n", n.c_str());
    for (const auto& w : res.unknownWords) std::fprintf(stderr, "note: unknown word '%s' (not used)\n", w.c_str());

    std::map<std::string, std::string> meta = {
        {"title", res.prompt},
        {"comment", "generated by Tessera " + buildInfo().version + " with " + model->info().name},
        {"description", res.recipeJson},
        {"tessera_recipe", res.recipeJson},
    };
    if (!o.filterPlugin.empty()) {
        try {
            plugins.use(o.filterPlugin, [&](PluginProcess& p) {
                std::vector<double> values;
                try {
                    values = p.paramValues(o.filterParams);
                } catch (const std::invalid_argument& e) {
                    throw GenerationError(ErrorKind::BadRequest, std::string("--filter-param: ") + e.what());
                }
                for (size_t i = 0; i < res.clip.frames.size(); ++i)
                    p.filter(res.clip.frames[i], int64_t(i), int64_t(res.clip.frames.size()), res.clip.fps, values);
                return 0;
            });
        } catch (const PluginError& e) {
            throw GenerationError(ErrorKind::BadRequest, std::string(e.what()) + "; nothing was written");
        }
        meta["comment"] += ", filtered with " + o.filterPlugin;
    }
    writeClip(out, res.clip, meta);
    if (!o.latents.empty()) {
        SafetensorsWriter w;
        w.setMetadata("recipe", res.recipeJson);
        w.add("latents", dtypeFromName(res.latents.dtype), res.latents.shape, res.latents.bytes.data(),
              res.latents.bytes.size());
        w.write(o.latents);
    }
    if (o.json) {
        nlohmann::json j = {{"path", fs::absolute(out).string()},
                            {"seed", res.seed},
                            {"prompt", res.prompt},
                            {"enhanced_prompt", res.enhancedPrompt},
                            {"unknown_words", res.unknownWords},
                            {"notes", res.notes},
                            {"width", res.clip.width()},
                            {"height", res.clip.height()},
                            {"frames", res.clip.frameCount()},
                            {"fps", res.clip.fps},
                            {"recipe", nlohmann::json::parse(res.recipeJson)},
                            {"timings_seconds", res.timingsSeconds}};
        if (!o.latents.empty()) j["latents"] = fs::absolute(o.latents).string();
        std::cout << j.dump(2) << "\n";
    } else {
        std::cout << "wrote " << out << " (" << res.clip.width() << "x" << res.clip.height() << ", "
                  << res.clip.frameCount() << " frames at " << res.clip.fps << " fps, seed " << res.seed << ", "
                  << static_cast<int>(res.timingsSeconds["total"] * 10) / 10.0 << " s)\n";
        if (res.enhancedPrompt != res.prompt) std::cout << "model prompt: " << res.enhancedPrompt << "\n";
    }
    return 0;
}

}  // namespace tessera::app
