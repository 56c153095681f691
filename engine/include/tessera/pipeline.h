#pragma once
// Generation: a request (prompt, task, known images or clips, settings) in, frames and latents out.
// Torch-free: the engine's own tensors stay behind the opaque Model handle.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "tessera/frame.h"

namespace tessera {

/// What the user asks for. Every visual prompt is the same mechanism: some frames are known, the
/// rest is generated (docs/tasks.md).
enum class Task {
    Invalid = 0,
    TextToVideo,     ///< prompt only (frames = 1 gives an image)
    ImageToVideo,    ///< `image` is the first frame
    FirstLastFrame,  ///< `image` first, `endImage` last
    Edit,            ///< remix `video`: start from it noised to `strength`
    ExtendForward,   ///< continue `video` by `extendFrames` new frames after its end
    ExtendBackward,  ///< add `extendFrames` new frames before the start of `video`
    Loop,            ///< a clip whose last frame leads back into its first
    Connect,         ///< frames between the end of `video` and the start of `videoB`
    Inpaint,         ///< regenerate the white region of `mask` in `video`, keep the rest
};

/// "t2v", "i2v", "flf2v", "edit", "extend-forward", "extend-backward", "loop", "connect", "inpaint".
const char* taskName(Task task);
/// Every task, in menu order (every bundle supports all of them: mask-channel models natively,
/// replacement models by replacing known latent frames).
const std::vector<Task>& allTasks();
/// Parses taskName() spellings; Task::Invalid when unknown.
Task taskFromName(const std::string& name);
/// Whether the prompt enhancer fills what a prompt leaves open from the seed (EnhanceOptions::
/// fillFromSeed): only when no image or clip decides it, that is text to video and a loop made
/// from text (no clip given). Otherwise generate() fills it from what the image or clip shows.
bool enhancerFillsUnstated(Task task, bool clipGiven);

/// The samplers a request may name, in the order a menu lists them: "unipc" (Wan 2.1's default),
/// "dpmpp" (DPM++ 2M), "euler", "euler_a" (Euler ancestral). "dpm++" and "euler_ancestral" are
/// read as other spellings of dpmpp and euler_a.
const std::vector<std::string>& samplerNames();

/// The ways to extend a clip backward (GenerationRequest::backwardExtension, a bundle's
/// "extend_backward"): "native" (the clip's first frames are known at the end of the new frames)
/// and "reversed" (the clip played backward is extended forward; docs/tasks.md).
const std::vector<std::string>& backwardExtensionNames();

/// The ways to make a clip from text alone (GenerationRequest::textToVideo, a bundle's
/// "text_to_video"): "direct" (every frame sampled together from noise) and "image-first" (the first
/// frame is sampled alone as an image, then the clip is made from it as image to video, as Emu Video
/// factorises text to video; docs/tasks.md). A loop made from text makes its clip the same way.
const std::vector<std::string>& textToVideoNames();

/// The ways to make a loop from text alone (GenerationRequest::loopFromText, a bundle's
/// "loop_from_text"): "bridge" (a clip is made, then new frames lead from its end back to its start,
/// as a loop of a given clip is made) and "ring" (the whole loop is sampled at once as a ring of latent
/// frames whose last leads into its first; docs/tasks.md).
const std::vector<std::string>& loopFromTextNames();

/// A guidance interval (GenerationRequest::guidanceLow/High) is 0 <= low < high <= 1.
bool validGuidanceInterval(double low, double high);

/// Everything one generation needs. Zero / empty / negative values mean "the model's default".
struct GenerationRequest {
    std::string prompt;
    std::string negativePrompt;
    bool enhancePrompt = true;  ///< pass the prompt through the model's prompt enhancer
    Task task = Task::TextToVideo;
    Frame image;     ///< ImageToVideo, FirstLastFrame: the first frame
    Frame endImage;  ///< FirstLastFrame: the last frame
    Clip video;      ///< Edit, ExtendForward/Backward, Inpaint: the input clip; Connect: clip A
    Clip videoB;     ///< Connect: clip B
    Clip mask;       ///< Inpaint: white = regenerate; one frame applies to every frame
    int width = 0;   ///< output size; rounded to the model's multiple (16 for Wan) with a note
    int height = 0;
    int frames = 0;        ///< output frames; rounded to the model's 1+4k rule with a note
    int extendFrames = 0;  ///< ExtendForward/Backward, Connect: new frames to generate
    double fps = 0;
    int steps = 0;
    double guidance = -1;  ///< classifier-free guidance scale (1 = off)
    /// The noise levels guidance applies at: a sampling step is guided when its sigma s satisfies
    /// low < s <= high (sigma runs from 1, pure noise, to 0). Both < 0: the model's default
    /// (ModelInfo::defaultGuidanceInterval; [0, 1], every step, unless its bundle says otherwise).
    /// Steps outside run the conditional pass alone, so they cost half as much.
    double guidanceLow = -1, guidanceHigh = -1;
    double shift = -1;     ///< sigma schedule shift
    std::string sampler;   ///< one of samplerNames()
    int64_t seed = -1;     ///< -1 picks a random seed (reported in the result)
    double strength = 0.7; ///< Edit: 0 returns the input, 1 ignores it
    bool refine = false;   ///< cascade refinement: 2x upsample and a low-strength second pass
    /// ExtendBackward: how the new frames are made. "" = the model's default (ModelInfo::
    /// defaultBackwardExtension); "native": the clip's first frames are the known end of the new
    /// sequence; "reversed": the clip played backward is extended forward and the new frames are
    /// played back again, for models whose world reads the same both ways in time (docs/tasks.md).
    std::string backwardExtension;
    /// TextToVideo, and Loop without a clip: "" = the model's default (ModelInfo::defaultTextToVideo);
    /// "direct" or "image-first" (textToVideoNames()).
    std::string textToVideo;
    /// Loop without a clip: "" = the model's default (ModelInfo::defaultLoopFromText); "bridge" or
    /// "ring" (loopFromTextNames()). A ring loop is frames - 1 frames long (4k, k >= 2).
    std::string loopFromText;
    std::string device;    ///< "cpu", "cuda", "cuda:N"; empty = the model's device
};

/// Reported once per step and stage.
struct Progress {
    std::string stage;  ///< "encode-text", "encode-video", "image" (image-first), "sample", "refine", "decode"
    int step = 0;
    int total = 0;
    double elapsedSeconds = 0;
    Frame preview;  ///< small RGB preview of the current estimate (sample stage), else empty
};
using ProgressCallback = std::function<void(const Progress&)>;

/// Final latents as raw little-endian bytes (for a reversed backward extension, of the sequence as
/// sampled: the clip's first frames played backward, then the new frames played backward).
struct LatentBlob {
    std::string dtype;  ///< "F32", "BF16", ... (safetensors spelling)
    std::vector<int64_t> shape;
    std::vector<uint8_t> bytes;
};

struct GenerationResult {
    Clip clip;
    LatentBlob latents;
    std::string prompt;          ///< what the user typed
    std::string enhancedPrompt;  ///< what the model was given
    std::vector<std::string> unknownWords;
    std::vector<std::string> notes;  ///< adjustments made to the request (rounded size, ...)
    int64_t seed = 0;
    std::string recipeJson;  ///< the fully resolved request: regenerating from it gives the same frames
    std::map<std::string, double> timingsSeconds;
};

/// Why a generation failed.
enum class ErrorKind { Invalid = 0, BadRequest, BadInput, Model, Cancelled, Device };

class GenerationError : public std::runtime_error {
public:
    GenerationError(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const { return kind_; }

private:
    ErrorKind kind_;
};

/// Facts about a loaded model bundle.
struct ModelInfo {
    std::string name;
    std::string path;
    std::string hash;          ///< SHA-256 over model.json and the component files' headers and sizes
    std::string conditioning;  ///< "mask-channel" or "replacement"
    std::string device;
    std::string dtype;
    std::vector<std::string> tasks;  ///< taskName()s it supports
    int defaultWidth = 0, defaultHeight = 0, defaultFrames = 0, defaultSteps = 0;
    double defaultFps = 0, defaultGuidance = 0, defaultShift = 0;
    double defaultGuidanceLow = 0, defaultGuidanceHigh = 1;  ///< GenerationRequest::guidanceLow/High
    std::string defaultSampler;
    std::string defaultBackwardExtension;  ///< "native" or "reversed" (GenerationRequest::backwardExtension)
    std::string defaultTextToVideo;        ///< "direct" or "image-first" (GenerationRequest::textToVideo)
    std::string defaultLoopFromText;       ///< "bridge" or "ring" (GenerationRequest::loopFromText)
    std::string description;
    std::string licence;
};

/// A model bundle loaded onto a device, ready to generate. Thread-compatible: one generate() at a time.
class Model {
public:
    /// Loads a bundle folder (with model.json). device "" = CUDA if present, else CPU. Throws
    /// GenerationError(Model) naming the file that is missing, corrupt or mismatched.
    static std::shared_ptr<Model> load(const std::string& bundlePath, const std::string& device = "");
    ~Model();
    const ModelInfo& info() const;
    /// Runs one generation. `cancel` is checked at least once per DiT call; when it becomes true the
    /// call throws GenerationError(Cancelled). Throws GenerationError for bad requests and inputs.
    GenerationResult generate(const GenerationRequest& request, const ProgressCallback& progress = {},
                              const std::atomic<bool>* cancel = nullptr);

    struct Impl;

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Frames a model with temporal factor 4 produces for `seconds` at `fps`: the nearest 1+4k >= 1.
int framesForSeconds(double seconds, double fps);

}  // namespace tessera
