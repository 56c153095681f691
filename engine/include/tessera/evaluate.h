#pragma once
// Evaluating a model bundle on Shapes World prompts (`tessera eval`): generate every prompt with a few
// seeds, judge each clip against its prompt, aggregate per-attribute accuracy for seen and held-out
// (colour, shape, motion) combinations, and measure the task figures (VAE reconstruction, i2v, loop
// and extend seams). Every figure is defined in docs/evaluation.md. Torch-free.
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tessera/frame.h"
#include "tessera/judge.h"
#include "tessera/pipeline.h"
#include "tessera/shapes_world.h"

namespace tessera {

// ---- Prompts and the held-out split. ----

/// Which side of the bundle's held-out split a prompt is on.
enum class EvalSplit { Seen, HeldOut, Unsplit };
/// "seen", "held-out", "unsplit".
const char* word(EvalSplit split);

/// The held-out combinations listed in a bundle's model.json (`training.heldout`: an array of
/// {"color", "shape", "motion"} in caption words); nullopt when the key is absent (split unknown).
/// Throws std::runtime_error naming the file and the entry when the list is malformed.
std::optional<std::set<Combination>> readHeldOutCombinations(const std::string& bundlePath);

/// Seen or HeldOut (Unsplit when `heldOut` is unknown). A prompt is held out when any of its objects
/// states a colour, a shape and a motion (an object of a two-object prompt without a motion counts as
/// standing still) whose combination is in `heldOut`.
EvalSplit classifyPrompt(const ParsedPrompt& prompt, const std::optional<std::set<Combination>>& heldOut);

/// The scenes of the generated prompt set, sampled from `seed` (half of them with two objects):
/// `count` seen then `count` held-out ones; `count` of any split when `heldOut` is unknown. Distinct
/// captions, deterministic. Throws std::invalid_argument for count < 1.
std::vector<Scene> makeEvalScenes(uint64_t seed, int count, const std::optional<std::set<Combination>>& heldOut);
/// The generated prompt set: the canonical captions of makeEvalScenes.
std::vector<std::string> makeEvalPrompts(uint64_t seed, int count, const std::optional<std::set<Combination>>& heldOut);

/// Reads a prompts file: one prompt per line, `#` starts a comment, blank lines are skipped. Every
/// prompt must parse (parsePrompt); throws std::runtime_error "FILE:LINE: ..." otherwise, and when the
/// file cannot be read or holds no prompt.
std::vector<std::string> readPromptsFile(const std::string& path);

// ---- Accuracy. ----

/// Report order of the judged attributes.
constexpr std::array<Attribute, 7> kEvalAttributes = {Attribute::Background, Attribute::Size,   Attribute::Color,
                                                      Attribute::Shape,      Attribute::Motion, Attribute::Layout,
                                                      Attribute::Count};

struct AccuracyCell {
    int correct = 0;
    int total = 0;
    /// correct / total; nullopt when nothing was scored.
    std::optional<double> accuracy() const;
};

/// Per-attribute accuracy over the clips of one split.
struct AccuracyTable {
    std::map<Attribute, AccuracyCell> cells;  ///< one per attribute of kEvalAttributes
    int clips = 0;
    int clipsAllCorrect = 0;  ///< clips whose every scored attribute is correct
    /// What the judge read against what was asked, per attribute: confusion[a][expected][predicted]
    /// counts the scores (right ones included), so "black asked, white drawn" can be read off.
    /// `wrong` counts those the judge scored wrong: a reading can differ from the asked word and still
    /// be right (a layout read as "to the right of and above" where "above" was asked).
    struct ConfusionCell {
        int count = 0;
        int wrong = 0;
    };
    std::map<Attribute, std::map<std::string, std::map<std::string, ConfusionCell>>> confusion;

    AccuracyTable();
    /// Adds one judged clip.
    void add(const std::vector<AttributeScore>& scores);
    const AccuracyCell& operator[](Attribute a) const { return cells.at(a); }
};

// ---- Task figures on synthetic or generated clips. ----

/// Mean absolute difference over all pixels and channels, in 0..255 units. Frames must have one size.
double frameDifference(const Frame& a, const Frame& b);
/// PSNR of `b` against `a` in dB: 10 log10(255^2 / MSE) over all pixels and channels; +inf when equal.
double psnrDb(const Frame& a, const Frame& b);
/// PSNR over whole clips (one MSE over all frames, pixels and channels); clips must match in size.
double psnrDb(const Clip& a, const Clip& b);
/// Median of frameDifference(frame i, frame i+1) over i = 0 .. n-2, leaving out the pair that starts
/// at `skipPair` (-1: none). 0 for fewer than two pairs counted.
double medianFrameDifference(const Clip& clip, int skipPair = -1);
/// frameDifference(last, first) / medianFrameDifference(clip): how the jump from the end back to the
/// start compares with the clip's ordinary steps (1 = seamless). Seam and median both 0 give 1; a
/// seam over a zero median gives +inf.
double loopSeamRatio(const Clip& clip);
/// The largest step of the clip played as a loop (frame i to i+1, and the last back to the first) over
/// medianFrameDifference(clip): 1 when no step stands out, wherever the jump is. Same 0/0 and x/0 rules.
double loopWorstStepRatio(const Clip& clip);
/// frameDifference(frame join-1, frame join) / medianFrameDifference(clip, join-1): the step at a join
/// of two parts against the other steps of the clip. Same 0/0 and x/0 rules as loopSeamRatio.
double joinSeamRatio(const Clip& clip, int join);
/// joinSeamRatio of `before`'s frames [0, join) followed by `after`'s frames [join, n): the seam of
/// two versions of one clip spliced at `join` (both of n frames and one size). Throws
/// std::invalid_argument for clips of different lengths or a join outside [1, n).
double spliceSeamRatio(const Clip& before, const Clip& after, int join);
/// Where measureTasks splices a scene with the VAE's reconstruction of it: the latent boundary in
/// the middle of an n-frame clip, 1 + 4 * ((n - 1) / 8) (17 of 33 frames).
int vaeSpliceFrame(int frames);

/// A grid with one row per clip and `framesPerRow` frames evenly spaced over each clip (first and
/// last included), 2-pixel dark gray gutters. Clips of another size are drawn in their top-left corner
/// of a cell as large as the largest clip.
Frame contactSheet(const std::vector<Clip>& rows, int framesPerRow);
/// The frames contactSheet shows of an n-frame clip: round(i (n - 1) / (framesPerRow - 1)), distinct.
std::vector<int> sheetFrameIndices(int frames, int framesPerRow);

// ---- Evaluating a model. ----

struct EvalOptions {
    std::vector<std::string> prompts;  ///< empty: makeEvalPrompts(promptSeed, count, the bundle's split)
    int count = 8;                     ///< generated prompts per split
    uint64_t promptSeed = 0;           ///< seed of the generated prompt set and the task scenes
    int seeds = 4;                     ///< generations per prompt, seeds baseSeed .. baseSeed + seeds - 1
    int64_t baseSeed = 0;
    int width = 0, height = 0, frames = 0, steps = 0;  ///< 0: the model's defaults
    double guidance = -1;                              ///< < 0: the model's default
    double guidanceLow = -1, guidanceHigh = -1;        ///< guided sigmas (GenerationRequest); < 0: the model's
    double shift = -1;                                 ///< sigma schedule shift; < 0: the model's default
    std::string sampler;                               ///< "unipc", "dpmpp", "euler", "euler_a"; empty: the model's
    bool enhancePrompt = true;                         ///< canonical captions are fixed points of the enhancer
    bool tasks = true;                                 ///< also measure the task figures
    int taskClips = 4;                                 ///< rendered held-out scenes the task figures are measured on
    /// The generating tasks to measure on them (taskFigureNames()); empty: all. The VAE figures need no
    /// generation and are always measured; a figure of a task left out is NaN, its summary count 0.
    std::vector<std::string> taskFigures;
    int sheetFramesPerRow = 5;
    /// Word influence: each prompt is made again with its first seed once for every word of its first
    /// object (colour, shape, size, motion) and its background, that word swapped for another
    /// (influenceSwaps), and once with another seed; the report gives the mean pixel change of each.
    /// A model that ignores a word makes the same clip when it is swapped.
    bool influence = false;
};

/// The prompt with one word changed: `attribute` names it ("color", "shape", "size", "motion",
/// "background"), `prompt` is the changed caption.
struct InfluenceSwap {
    std::string attribute;
    std::string prompt;
};
/// For the stated colour, shape, size and motion of the first object and the stated background, the
/// caption with that word swapped for the next value of its list (a colour or background that would
/// equal the other's, or another object's colour, is skipped). Motion is skipped when `stillFrames`
/// (single images). Throws std::invalid_argument for the empty caption.
std::vector<InfluenceSwap> influenceSwaps(const ParsedPrompt& prompt, bool stillFrames);

/// The mean absolute difference (0-255 per channel, over every frame) between clips that differ in one
/// thing, over the prompts.
struct InfluenceFigure {
    double meanDifference = 0;
    int pairs = 0;
};

/// The judge's reading of one generated clip.
struct EvalClipResult {
    std::string prompt;       ///< as given (a caption of the canonical grammar)
    std::string modelPrompt;  ///< what the model was given (after the enhancer)
    int64_t seed = 0;
    EvalSplit split = EvalSplit::Unsplit;
    std::vector<AttributeScore> scores;
    bool allCorrect = false;
    double seconds = 0;  ///< generation time
    /// How much the clip jumps from its first frame to the second: joinSeamRatio(clip, 1), the change
    /// from frame 0 to 1 over the clip's median frame-to-frame change (NaN for a single frame).
    double startJumpRatio = 0;
};

/// The start jumps (EvalClipResult::startJumpRatio) of a report's clips.
struct StartJumpSummary {
    int clips = 0;        ///< clips of two frames or more
    double median = 0;    ///< median ratio over them
    int above = 0;        ///< clips whose ratio exceeds `threshold`
    double threshold = 1.5;  ///< the seams' target: a start no larger than 1.5 median steps
};

/// StartJumpSummary of `clips` (single-frame clips are left out).
StartJumpSummary summarizeStartJumps(const std::vector<EvalClipResult>& clips);

/// The task figures of one rendered scene (NaN when not measured).
struct TaskClipResult {
    std::string caption;
    int64_t seed = 0;
    double vaePsnrDb = 0;
    double i2vPsnrDb = 0;
    double loopSeamRatio = 0;
    /// loopWorstStepRatio of that loop: its largest step, the join from the clip into the bridge included.
    double loopWorstStepRatio = 0;
    /// A loop made from the scene's caption alone (no clip, as the model's loop_from_text makes it):
    /// loopSeamRatio and loopWorstStepRatio of it.
    double textLoopSeamRatio = 0;
    double textLoopWorstStepRatio = 0;
    double extendForwardSeamRatio = 0;
    double extendBackwardSeamRatio = 0;
    /// The seams the VAE alone allows: the rendered scene spliced at vaeSpliceFrame with the VAE's
    /// reconstruction of itself, truth then reconstruction (what a forward extension by a perfect
    /// DiT would show at its join) and reconstruction then truth (a backward extension's join, and
    /// a loop's wrap back to the given clip). NaN for a clip too short to splice.
    double vaeForwardSeamRatio = 0;
    double vaeBackwardSeamRatio = 0;
    /// The judge on the VAE's reconstruction of the rendered scene, against its caption.
    std::vector<AttributeScore> vaeScores;
    /// The judge on the new frames alone of the forward and the backward extension, against the
    /// scene's caption: whether what the model added still shows the clip's objects and background.
    std::vector<AttributeScore> extendForwardScores, extendBackwardScores;
};

/// One cell of AccuracyTable::confusion with wrong scores: `count` scores of `attribute` read as
/// `predicted` where `expected` was asked, and judged wrong.
struct JudgeMistake {
    Attribute attribute = Attribute::Count;
    std::string expected, predicted;
    int count = 0;
    int asked = 0;  ///< scores of `attribute` with this `expected` value, right ones included
};
/// The cells of `table`'s confusion with wrong scores, most frequent first (ties in attribute, then word
/// order); at most `limit` of them (all for limit < 0).
std::vector<JudgeMistake> commonMistakes(const AccuracyTable& table, int limit = -1);

/// The generating tasks EvalOptions::taskFigures may name: "i2v", "loop" (of the scene's clip),
/// "text-loop" (from its caption), "extend-forward", "extend-backward".
const std::vector<std::string>& taskFigureNames();

/// Mean and worst value of one task figure over the task clips where it was measured (NaN values,
/// figures not measured, are left out; count 0 and NaN mean and worst when none was).
struct FigureSummary {
    double mean = 0;
    double worst = 0;  ///< the lowest PSNR or the highest ratio
    int count = 0;
};

/// One row of the target table, with its measured value.
struct TargetCheck {
    std::string figure;  ///< e.g. "color accuracy", "loop seam ratio"
    std::string split;   ///< split the accuracy was read on ("held-out", or "unsplit" when unknown); "" for tasks
    std::optional<double> value;
    double target = 0;
    bool atLeast = true;  ///< value >= target (else value <= target)
    bool met = false;
};

struct EvalReport {
    ModelInfo model;
    EvalOptions options;  ///< as resolved: size, frames, steps, guidance, fps of the generated clips
    double fps = 0;
    bool promptsGenerated = false;
    bool heldOutKnown = false;
    int heldOutCombinations = 0;
    std::vector<EvalClipResult> clips;            ///< prompt-major: every seed of prompt 0, then prompt 1, ...
    StartJumpSummary startJumps;                  ///< of `clips`
    std::map<EvalSplit, AccuracyTable> accuracy;  ///< Seen and HeldOut, or Unsplit
    bool tasksMeasured = false;
    std::vector<TaskClipResult> taskClips;
    int extendFrames = 0;  ///< new frames of the loop bridge and forward extension (+1 backward)
    std::map<std::string, FigureSummary> taskSummary;  ///< "vae_psnr_db", "i2v_psnr_db", "loop_seam_ratio", ...
    /// The judge on the VAE's reconstructions of the task scenes: the ceiling the VAE puts on the
    /// accuracy figures (a DiT that made perfect latents would score this).
    AccuracyTable vaeJudged;
    /// The judge on the new frames of the extensions (TaskClipResult::extendForwardScores, ...).
    AccuracyTable extendForwardJudged, extendBackwardJudged;
    std::vector<TargetCheck> targets;
    /// With EvalOptions::influence: "color", "shape", "size", "motion", "background" (a word swapped,
    /// the seed kept) and "seed" (the prompt kept, the seed changed).
    std::map<std::string, InfluenceFigure> influence;
    Frame sheet;                   ///< contactSheet of `clips`, one row per clip in that order
    std::vector<int> sheetFrames;  ///< frame indices shown in every row
    std::vector<std::string> notes;
    std::map<std::string, double> timingsSeconds;  ///< "prompts", "judge", "per_clip_mean", "tasks", "total"
};

/// Called before each generation: what is being made, and how many of how many.
using EvalProgress = std::function<void(const std::string& what, int done, int total)>;

/// Runs the evaluation on a loaded model (see EvalOptions). Throws GenerationError for bad settings,
/// std::runtime_error for a malformed held-out list, and GenerationError(Cancelled) when `cancel` is set.
EvalReport evaluateModel(Model& model, const EvalOptions& options, const EvalProgress& progress = {},
                         const std::atomic<bool>* cancel = nullptr);

/// The targets checked against a report's accuracy tables and task summary.
std::vector<TargetCheck> checkTargets(const std::map<EvalSplit, AccuracyTable>& accuracy,
                                      const std::map<std::string, FigureSummary>& taskSummary);

/// The report as JSON (format "tessera.eval/1", see docs/evaluation.md); `sheetPath` is recorded as is.
std::string evalReportJson(const EvalReport& report, const std::string& sheetPath = {});

}  // namespace tessera
