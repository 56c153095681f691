// Job requests as JSON, reading their inputs from the project, and running one to a stored clip.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "tessera/app/media.h"
#include "tessera/app/plugins.h"
#include "tessera/app/queue_runner.h"
#include "tessera/engine.h"

using nlohmann::json;

namespace tessera::app {

namespace {

constexpr int kSpecVersion = 1;
const char* const kRoles[] = {"image", "end_image", "video", "video_b", "mask"};

template <class T>
T field(const json& j, const char* key, const T& fallback) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throw ProjectError(std::string("job request: '") + key + "' has the wrong type (" + it->dump() + ")");
    }
}

InputRef inputFromJson(const std::string& role, const json& j) {
    InputRef ref{field<int64_t>(j, "asset", 0), field<int64_t>(j, "clip", 0)};
    if ((ref.assetId > 0) == (ref.clipId > 0))
        throw ProjectError("job request: input '" + role + "' must name exactly one asset or clip id");
    return ref;
}

Clip readInputClip(ProjectLibrary& project, const std::string& role, const InputRef& ref) {
    const std::string path = ref.clipId > 0 ? project.mediaPath(project.clip(ref.clipId).file.name)
                                            : project.mediaPath(project.asset(ref.assetId).file.name);
    Clip clip = readClip(path);
    if (ref.clipId > 0) clip.fps = project.clip(ref.clipId).fps;
    if (clip.frames.empty()) throw ProjectError("the " + role + " input (" + path + ") has no frames");
    return clip;
}

Frame readInputImage(ProjectLibrary& project, const std::string& role, const InputRef& ref) {
    if (ref.clipId > 0)
        throw ProjectError("the " + role + " input must be an image, not clip " + std::to_string(ref.clipId));
    const AssetRecord a = project.asset(ref.assetId);
    if (a.kind != AssetKind::Image)
        throw ProjectError("the " + role + " input must be an image, but asset " + std::to_string(a.id) + " (" +
                           a.name + ") is " + assetKindName(a.kind));
    return readImage(project.mediaPath(a.file.name));
}

}  // namespace

std::string jobSpecToJson(const JobSpec& spec) {
    const GenerationRequest& r = spec.request;
    json inputs = json::object();
    for (const auto& [role, ref] : spec.inputs)
        inputs[role] = ref.assetId > 0 ? json{{"asset", ref.assetId}} : json{{"clip", ref.clipId}};
    return json{{"version", kSpecVersion},
                {"model", spec.model},
                {"model_name", spec.modelName},
                {"task", taskName(r.task)},
                {"prompt", r.prompt},
                {"negative_prompt", r.negativePrompt},
                {"enhance_prompt", r.enhancePrompt},
                {"width", r.width},
                {"height", r.height},
                {"frames", r.frames},
                {"seconds", spec.seconds},
                {"fps", r.fps},
                {"steps", r.steps},
                {"guidance", r.guidance},
                {"guidance_interval", {r.guidanceLow, r.guidanceHigh}},
                {"shift", r.shift},
                {"sampler", r.sampler},
                {"seed", r.seed},
                {"strength", r.strength},
                {"refine", r.refine},
                {"backward_extension", r.backwardExtension},
                {"text_to_video", r.textToVideo},
                {"loop_from_text", r.loopFromText},
                {"device", r.device},
                {"inputs", inputs}}
        .dump();
}

JobSpec jobSpecFromJson(const std::string& text) {
    const json j = json::parse(text, nullptr, false);
    if (!j.is_object()) throw ProjectError("job request: not a JSON object");
    if (field<int>(j, "version", kSpecVersion) > kSpecVersion)
        throw ProjectError("job request: made by a newer Tessera (request version " +
                           std::to_string(field<int>(j, "version", 0)) + ")");
    JobSpec s;
    GenerationRequest& r = s.request;
    const std::string task = field<std::string>(j, "task", "");
    r.task = taskFromName(task);
    if (r.task == Task::Invalid) throw ProjectError("job request: unknown task '" + task + "'");
    s.model = field<std::string>(j, "model", "");
    s.modelName = field<std::string>(j, "model_name", "");
    r.prompt = field<std::string>(j, "prompt", "");
    r.negativePrompt = field<std::string>(j, "negative_prompt", "");
    r.enhancePrompt = field<bool>(j, "enhance_prompt", true);
    r.width = field<int>(j, "width", 0);
    r.height = field<int>(j, "height", 0);
    r.frames = field<int>(j, "frames", 0);
    s.seconds = field<double>(j, "seconds", 0);
    r.fps = field<double>(j, "fps", 0);
    r.steps = field<int>(j, "steps", 0);
    r.guidance = field<double>(j, "guidance", -1);
    const json interval = field<json>(j, "guidance_interval", json::array({-1.0, -1.0}));
    if (!interval.is_array() || interval.size() != 2 || !interval[0].is_number() || !interval[1].is_number())
        throw ProjectError("job request: 'guidance_interval' must be two numbers [low, high]");
    r.guidanceLow = interval[0].get<double>();
    r.guidanceHigh = interval[1].get<double>();
    r.shift = field<double>(j, "shift", -1);
    r.sampler = field<std::string>(j, "sampler", "");
    r.seed = field<int64_t>(j, "seed", -1);
    r.strength = field<double>(j, "strength", 0.7);
    r.refine = field<bool>(j, "refine", false);
    r.backwardExtension = field<std::string>(j, "backward_extension", "");
    r.textToVideo = field<std::string>(j, "text_to_video", "");
    r.loopFromText = field<std::string>(j, "loop_from_text", "");
    r.device = field<std::string>(j, "device", "");
    const json inputs = field<json>(j, "inputs", json::object());
    if (!inputs.is_object()) throw ProjectError("job request: 'inputs' must be an object");
    for (const auto& [role, ref] : inputs.items()) {
        if (std::find(std::begin(kRoles), std::end(kRoles), role) == std::end(kRoles))
            throw ProjectError("job request: unknown input '" + role + "'");
        s.inputs[role] = inputFromJson(role, ref);
    }
    return s;
}

GenerationRequest resolveInputs(ProjectLibrary& project, const JobSpec& spec) {
    GenerationRequest r = spec.request;
    for (const auto& [role, ref] : spec.inputs) {
        if (role == "image") r.image = readInputImage(project, role, ref);
        if (role == "end_image") r.endImage = readInputImage(project, role, ref);
        if (role == "video") r.video = readInputClip(project, role, ref);
        if (role == "video_b") r.videoB = readInputClip(project, role, ref);
        if (role == "mask") r.mask = readInputClip(project, role, ref);
    }
    return r;
}

void applyDuration(GenerationRequest& r, int frames, double seconds, const ModelInfo& model) {
    const double fps = r.fps > 0 ? r.fps : (r.video.frames.empty() ? model.defaultFps : r.video.fps);
    const int count = frames > 0 ? frames : (seconds > 0 ? framesForSeconds(seconds, fps) : 0);
    const bool newPart = r.task == Task::ExtendForward || r.task == Task::ExtendBackward || r.task == Task::Connect ||
                         (r.task == Task::Loop && !r.video.frames.empty());
    if (newPart) {
        r.frames = 0;
        r.extendFrames = count > 0 ? count : std::max(4, model.defaultFrames - 1);
    } else {
        r.frames = count;
    }
}

int64_t storeGeneration(ProjectLibrary& project, const GenerationResult& result, const StoreOptions& options) {
    const std::map<std::string, std::string> meta = {
        {"title", result.prompt},
        {"comment", "generated by Tessera " + buildInfo().version},
        {"description", result.recipeJson},
        {"tessera_recipe", result.recipeJson},
    };
    const std::string ext = result.clip.frameCount() == 1 ? ".png" : ".mp4";
    NewGeneratedClip c;
    c.file = project.storeMedia(ext, [&](const std::string& tmp) { writeClip(tmp, result.clip, meta); });
    c.result = &result;
    JobSpec spec = options.spec;
    spec.request.seed = result.seed;
    c.requestJson = jobSpecToJson(spec);
    c.modelPath = spec.model;
    c.inputs = spec.inputs;
    auto video = spec.inputs.find("video");
    c.parentClipId =
        options.parentClipId > 0 ? options.parentClipId : (video != spec.inputs.end() ? video->second.clipId : 0);
    c.jobId = options.jobId;
    c.title = options.title;
    return project.addGeneratedClip(c);
}

std::shared_ptr<Model> ModelCache::get(const std::string& bundlePath, const std::string& device) {
    const std::string key = bundlePath + "\n" + device;
    if (model_ && key == key_) return model_;
    model_.reset();  // free the old model before loading the next
    model_ = Model::load(bundlePath, device);
    key_ = key;
    return model_;
}

namespace {

int64_t generateAndStore(ProjectLibrary& project, const JobSpec& spec, Model& model, const ProgressCallback& progress,
                         const std::atomic<bool>* cancel, StoreOptions options) {
    GenerationRequest r = resolveInputs(project, spec);
    applyDuration(r, spec.request.frames, spec.seconds, model.info());
    // Every enabled content policy sees the prompt first; a refusal (or a misbehaving policy, which
    // is then disabled) fails this job with the reason, and the queue goes on with the next.
    try {
        PluginManager::standard().checkPrompt(r.prompt);
    } catch (const PluginError& e) {
        throw GenerationError(ErrorKind::BadRequest, e.what());
    }
    const GenerationResult result = model.generate(r, progress, cancel);
    options.spec = spec;
    options.spec.modelName = model.info().name;
    return storeGeneration(project, result, options);
}

}  // namespace

int64_t runSpec(ProjectLibrary& project, JobSpec spec, ModelCache& models, const ProgressCallback& progress,
                const std::atomic<bool>* cancel, int64_t jobId, const std::string& title) {
    if (spec.model.empty()) throw ProjectError("job request: no model bundle");
    std::shared_ptr<Model> model = models.get(spec.model, spec.request.device);
    StoreOptions options;
    options.jobId = jobId;
    options.title = title;
    return generateAndStore(project, spec, *model, progress, cancel, options);
}

int64_t regenerateClip(ProjectLibrary& project, int64_t clipId, ModelCache& models, const ProgressCallback& progress,
                       const std::atomic<bool>* cancel, const std::string& device) {
    const ClipRecord clip = project.clip(clipId);
    if (clip.generationId == 0)
        throw ProjectError("clip " + std::to_string(clipId) + " was not generated, so it has no recipe");
    const GenerationRecord g = project.generation(clip.generationId);
    JobSpec spec = jobSpecFromJson(g.requestJson);
    spec.request.seed = g.seed;
    spec.request.device = device.empty() ? g.device : device;
    std::shared_ptr<Model> model = models.get(spec.model, spec.request.device);
    if (!g.modelHash.empty() && model->info().hash != g.modelHash)
        throw ProjectError("clip " + std::to_string(clipId) + " was made with model '" + g.modelName + "' (hash " +
                           g.modelHash.substr(0, 12) + "), but " + spec.model + " now has hash " +
                           model->info().hash.substr(0, 12) + "; regenerating would not give the same frames");
    StoreOptions options;
    options.parentClipId = clipId;
    options.title = "regenerated from clip " + std::to_string(clipId);
    return generateAndStore(project, spec, *model, progress, cancel, options);
}

double jobFraction(const Progress& p, bool refine) {
    const double within = p.total > 0 ? std::clamp(static_cast<double>(p.step) / p.total, 0.0, 1.0) : 0.0;
    // Sampling is nearly all of the time; a refine pass is a second sampling.
    const double sampleEnd = refine ? 0.5 : 0.9;
    if (p.stage == "encode-text" || p.stage == "encode-video" || p.stage == "image") return 0.05 * within;
    if (p.stage == "sample") return 0.05 + (sampleEnd - 0.05) * within;
    if (p.stage == "refine") return 0.5 + 0.4 * within;
    if (p.stage == "decode") return 0.9 + 0.1 * within;
    if (p.stage == "done") return 1.0;
    return 0.0;
}

}  // namespace tessera::app
