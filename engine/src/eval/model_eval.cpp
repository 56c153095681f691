// `tessera eval`: generate prompts with seeds, judge every clip, aggregate per split, measure the task
// figures on rendered held-out scenes. Definitions of every figure: docs/evaluation.md.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>

#include "data/rng.h"
#include "eval/bundle_vae.h"
#include "tessera/evaluate.h"

namespace fs = std::filesystem;

namespace tessera {

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Purpose tags of the seed streams (deriveSeed), so prompts and task scenes never share scenes.
constexpr uint64_t kSeenPromptTag = 0x5EE7, kHeldOutPromptTag = 0x4E1D, kAnyPromptTag = 0xA11, kTaskTag = 0x7A5C;

template <typename E, size_t N>
std::optional<E> fromWord(const std::array<E, N>& all, const std::string& text) {
    for (E e : all)
        if (text == word(e)) return e;
    return std::nullopt;
}

bool objectHeldOut(const ObjectSpec& o, bool twoObjects, const std::set<Combination>& heldOut) {
    if (!o.color || !o.shape) return false;
    // Two-object captions leave "standing still" unsaid; single-object captions always name the motion.
    std::optional<Motion> motion = o.motion;
    if (!motion && twoObjects) motion = Motion::Still;
    if (!motion) return false;
    return heldOut.count(Combination{*o.color, *o.shape, *motion}) > 0;
}

std::string trim(const std::string& s) {
    const char* space = " \t\r\n\f\v";
    size_t a = s.find_first_not_of(space);
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(space) - a + 1);
}

double ratio(double seam, double median) {
    if (median > 0) return seam / median;
    return seam > 0 ? std::numeric_limits<double>::infinity() : 1.0;
}

void checkSameSize(const Frame& a, const Frame& b) {
    if (a.width != b.width || a.height != b.height || a.rgb.size() != b.rgb.size())
        throw std::invalid_argument("frames of different sizes: " + std::to_string(a.width) + "x" +
                                    std::to_string(a.height) + " and " + std::to_string(b.width) + "x" +
                                    std::to_string(b.height));
}

double sumSquaredError(const Frame& a, const Frame& b) {
    checkSameSize(a, b);
    double sum = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i) {
        double d = double(a.rgb[i]) - double(b.rgb[i]);
        sum += d * d;
    }
    return sum;
}

double psnrFromMse(double mse) {
    return mse > 0 ? 10.0 * std::log10(255.0 * 255.0 / mse) : std::numeric_limits<double>::infinity();
}

// Task scenes: held-out scenes (any scene when the split is unknown) in which something moves, so the
// clip's median step is not zero and the seam ratios are defined.
std::vector<Scene> taskScenes(uint64_t seed, int count, const std::optional<std::set<Combination>>& heldOut) {
    SceneOptions options;
    if (heldOut) {
        options.heldOut = *heldOut;
        options.split = Split::HeldOut;
    }
    std::vector<Scene> scenes;
    std::set<std::string> captions;
    for (uint64_t k = 0; int(scenes.size()) < count && k < uint64_t(count) * 1000; ++k) {
        Scene s = sampleScene(deriveSeed(seed, kTaskTag + k), options);
        bool moves = std::any_of(s.objects.begin(), s.objects.end(),
                                 [](const SceneObject& o) { return o.motion != Motion::Still; });
        if (moves && captions.insert(caption(s)).second) scenes.push_back(s);
    }
    return scenes;
}

FigureSummary summarize(const std::vector<TaskClipResult>& clips, double TaskClipResult::*field, bool higherIsBetter) {
    FigureSummary s;
    s.mean = s.worst = std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (const auto& c : clips) {
        const double v = c.*field;
        if (std::isnan(v)) continue;  // not measured on this scene
        sum += v;
        s.worst = s.count == 0 ? v : higherIsBetter ? std::min(s.worst, v) : std::max(s.worst, v);
        ++s.count;
    }
    if (s.count > 0) s.mean = sum / s.count;
    return s;
}

std::vector<TaskClipResult> measureTasks(Model& model, const std::vector<Scene>& scenes, const EvalOptions& o,
                                         double fps, int extendFrames, const EvalProgress& progress,
                                         const std::atomic<bool>* cancel) {
    BundleVae vae(model.info().path, model.info().device);
    std::vector<TaskClipResult> results;
    auto wanted = [&](const char* task) {
        return o.taskFigures.empty() || std::find(o.taskFigures.begin(), o.taskFigures.end(), task) != o.taskFigures.end();
    };
    int perScene = 0;
    for (const std::string& name : taskFigureNames()) perScene += wanted(name.c_str()) ? 1 : 0;
    const int total = int(scenes.size()) * perScene;
    int done = 0;
    for (size_t k = 0; k < scenes.size(); ++k) {
        RenderedClip rendered = render(scenes[k], o.width, o.height, o.frames, fps);
        const Clip& truth = rendered.clip;
        const int n = truth.frameCount();
        TaskClipResult t;
        t.caption = caption(scenes[k]);
        t.seed = o.baseSeed + int64_t(k);

        Clip roundTrip = vae.roundTrip(truth);
        Clip reference;
        reference.frames.assign(truth.frames.begin(), truth.frames.begin() + roundTrip.frameCount());
        t.vaePsnrDb = psnrDb(reference, roundTrip);
        const ParsedPrompt stated = parsePrompt(t.caption);
        t.vaeScores = judge(roundTrip, stated).scores;
        const int splice = vaeSpliceFrame(reference.frameCount());
        const bool canSplice = splice < reference.frameCount();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        t.vaeForwardSeamRatio = canSplice ? spliceSeamRatio(reference, roundTrip, splice) : nan;
        t.vaeBackwardSeamRatio = canSplice ? spliceSeamRatio(roundTrip, reference, splice) : nan;

        GenerationRequest base;
        base.prompt = t.caption;
        base.enhancePrompt = o.enhancePrompt;
        base.width = o.width;
        base.height = o.height;
        base.frames = o.frames;
        base.fps = fps;
        base.steps = o.steps;
        base.guidance = o.guidance;
        base.guidanceLow = o.guidanceLow;
        base.guidanceHigh = o.guidanceHigh;
        base.shift = o.shift;
        base.sampler = o.sampler;
        base.seed = t.seed;
        // A task on the rendered scene (its first frame for i2v, else the clip), or on its caption alone.
        auto run = [&](Task task, int extend, const char* name, bool givenScene = true) {
            if (cancel && cancel->load()) throw GenerationError(ErrorKind::Cancelled, "evaluation cancelled");
            if (progress) progress(std::string(name) + ": " + t.caption, done, total);
            GenerationRequest r = base;
            r.task = task;
            r.extendFrames = extend;
            if (givenScene && task == Task::ImageToVideo)
                r.image = truth.frames[0];
            else if (givenScene)
                r.video = truth;
            Clip out = model.generate(r, {}, cancel).clip;
            ++done;
            return out;
        };
        t.i2vPsnrDb = t.loopSeamRatio = t.loopWorstStepRatio = t.textLoopSeamRatio = t.textLoopWorstStepRatio =
            t.extendForwardSeamRatio = t.extendBackwardSeamRatio = nan;  // until measured
        if (wanted("i2v")) t.i2vPsnrDb = psnrDb(truth.frames[0], run(Task::ImageToVideo, 0, "i2v").frames.at(0));
        if (wanted("loop")) {
            const Clip clipLoop = run(Task::Loop, extendFrames, "loop");
            t.loopSeamRatio = loopSeamRatio(clipLoop);
            t.loopWorstStepRatio = loopWorstStepRatio(clipLoop);
        }
        if (wanted("text-loop")) {
            const Clip textLoop = run(Task::Loop, 0, "loop from text", false);
            t.textLoopSeamRatio = loopSeamRatio(textLoop);
            t.textLoopWorstStepRatio = loopWorstStepRatio(textLoop);
        }
        auto judgeFrames = [&](const Clip& clip, int from, int to) {
            Clip part;
            part.fps = clip.fps;
            part.frames.assign(clip.frames.begin() + from, clip.frames.begin() + to);
            return judge(part, stated).scores;
        };
        if (wanted("extend-forward")) {
            Clip forward = run(Task::ExtendForward, extendFrames, "extend forward");
            t.extendForwardSeamRatio = joinSeamRatio(forward, n);
            t.extendForwardScores = judgeFrames(forward, n, forward.frameCount());
        }
        if (wanted("extend-backward")) {
            Clip backward = run(Task::ExtendBackward, extendFrames + 1, "extend backward");
            t.extendBackwardSeamRatio = joinSeamRatio(backward, backward.frameCount() - n);
            t.extendBackwardScores = judgeFrames(backward, 0, backward.frameCount() - n);
        }
        results.push_back(t);
    }
    return results;
}

nlohmann::json scoresJson(const std::vector<AttributeScore>& scores) {
    nlohmann::json out = nlohmann::json::array();
    for (const AttributeScore& s : scores)
        out.push_back({{"attribute", word(s.attribute)},
                       {"object", s.object},
                       {"expected", s.expected},
                       {"predicted", s.predicted},
                       {"correct", s.correct}});
    return out;
}

nlohmann::json number(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}
nlohmann::json number(const std::optional<double>& v) {
    return v ? number(*v) : nlohmann::json(nullptr);
}

nlohmann::json attributesJson(const AccuracyTable& table) {
    nlohmann::json attributes = nlohmann::json::object();
    for (Attribute a : kEvalAttributes) {
        const AccuracyCell& c = table[a];
        attributes[word(a)] = {{"correct", c.correct}, {"total", c.total}, {"accuracy", number(c.accuracy())}};
    }
    return attributes;
}

}  // namespace

const std::vector<std::string>& taskFigureNames() {
    static const std::vector<std::string> names = {"i2v", "loop", "text-loop", "extend-forward", "extend-backward"};
    return names;
}

// ---- Prompts and the held-out split. ----

const char* word(EvalSplit split) {
    switch (split) {
        case EvalSplit::Seen:
            return "seen";
        case EvalSplit::HeldOut:
            return "held-out";
        case EvalSplit::Unsplit:
            break;
    }
    return "unsplit";
}

std::optional<std::set<Combination>> readHeldOutCombinations(const std::string& bundlePath) {
    const std::string file = (fs::path(bundlePath) / "model.json").string();
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file + ": cannot be read");
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error(file + ": is not a valid JSON object");
    auto training = j.find("training");
    if (training == j.end() || !training->is_object() || !training->contains("heldout")) return std::nullopt;
    const nlohmann::json& list = (*training)["heldout"];
    if (!list.is_array()) throw std::runtime_error(file + ": training.heldout must be an array of combinations");
    std::set<Combination> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& e = list[i];
        const std::string where = file + ": training.heldout[" + std::to_string(i) + "]";
        auto text = [&](const char* key) -> std::string {
            if (!e.is_object() || !e.contains(key) || !e[key].is_string())
                throw std::runtime_error(where + " needs a string '" + key + "'");
            return e[key].get<std::string>();
        };
        std::string color = text("color"), shape = text("shape"), motion = text("motion");
        auto c = fromWord(kObjectColors, color);
        auto s = fromWord(kShapes, shape);
        auto m = fromWord(kMotions, motion);
        if (!c) throw std::runtime_error(where + ": '" + color + "' is not an object colour");
        if (!s) throw std::runtime_error(where + ": '" + shape + "' is not a shape");
        if (!m) throw std::runtime_error(where + ": '" + motion + "' is not a motion");
        out.insert(Combination{*c, *s, *m});
    }
    return out;
}

EvalSplit classifyPrompt(const ParsedPrompt& prompt, const std::optional<std::set<Combination>>& heldOut) {
    if (!heldOut) return EvalSplit::Unsplit;
    const bool two = prompt.objects.size() > 1;
    for (const ObjectSpec& o : prompt.objects)
        if (objectHeldOut(o, two, *heldOut)) return EvalSplit::HeldOut;
    return EvalSplit::Seen;
}

std::vector<Scene> makeEvalScenes(uint64_t seed, int count, const std::optional<std::set<Combination>>& heldOut) {
    if (count < 1) throw std::invalid_argument("the prompt count must be at least 1, not " + std::to_string(count));
    std::vector<std::pair<Split, uint64_t>> splits;
    if (heldOut)
        splits = {{Split::Seen, kSeenPromptTag}, {Split::HeldOut, kHeldOutPromptTag}};
    else
        splits = {{Split::All, kAnyPromptTag}};
    std::vector<Scene> scenes;
    std::set<std::string> captions;
    for (auto [split, tag] : splits) {
        SceneOptions options;
        options.twoObjectProbability = 0.5;  // half two-object scenes, so layout is measured
        options.split = split;
        if (heldOut) options.heldOut = *heldOut;
        int made = 0;
        for (uint64_t k = 0; made < count; ++k) {
            if (k >= uint64_t(count) * 1000)
                throw std::invalid_argument("cannot find " + std::to_string(count) + " distinct " +
                                            (split == Split::HeldOut ? "held-out" : "seen") + " captions");
            Scene scene = sampleScene(deriveSeed(seed, (tag << 32) + k), options);
            if (captions.insert(caption(scene)).second) {
                scenes.push_back(std::move(scene));
                ++made;
            }
        }
    }
    return scenes;
}

std::vector<std::string> makeEvalPrompts(uint64_t seed, int count,
                                         const std::optional<std::set<Combination>>& heldOut) {
    std::vector<std::string> prompts;
    for (const Scene& scene : makeEvalScenes(seed, count, heldOut)) prompts.push_back(caption(scene));
    return prompts;
}

std::vector<std::string> readPromptsFile(const std::string& path) {
    if (!fs::is_regular_file(path)) throw std::runtime_error(path + ": no such prompts file");
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the prompts file");
    std::vector<std::string> prompts;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        std::string text = trim(line.substr(0, line.find('#')));
        if (text.empty()) continue;
        try {
            parsePrompt(text);
        } catch (const std::invalid_argument& e) {
            throw std::runtime_error(path + ":" + std::to_string(number) + ": " + e.what() +
                                     " (prompts use the caption grammar of docs/shapes_world.md)");
        }
        prompts.push_back(text);
    }
    if (prompts.empty()) throw std::runtime_error(path + ": holds no prompt (one per line, # starts a comment)");
    return prompts;
}

// ---- Accuracy. ----

std::optional<double> AccuracyCell::accuracy() const {
    if (total == 0) return std::nullopt;
    return double(correct) / total;
}

AccuracyTable::AccuracyTable() {
    for (Attribute a : kEvalAttributes) cells[a] = {};
}

void AccuracyTable::add(const std::vector<AttributeScore>& scores) {
    bool all = true;
    for (const AttributeScore& s : scores) {
        AccuracyCell& c = cells[s.attribute];
        c.correct += s.correct ? 1 : 0;
        ++c.total;
        ConfusionCell& read = confusion[s.attribute][s.expected][s.predicted];
        ++read.count;
        read.wrong += s.correct ? 0 : 1;
        all = all && s.correct;
    }
    ++clips;
    if (all) ++clipsAllCorrect;
}

std::vector<JudgeMistake> commonMistakes(const AccuracyTable& table, int limit) {
    std::vector<JudgeMistake> out;
    for (Attribute a : kEvalAttributes) {
        auto it = table.confusion.find(a);
        if (it == table.confusion.end()) continue;
        for (const auto& [expected, row] : it->second) {
            int asked = 0;
            for (const auto& cell : row) asked += cell.second.count;
            for (const auto& [predicted, cell] : row)
                if (cell.wrong > 0) out.push_back({a, expected, predicted, cell.wrong, asked});
        }
    }
    // Stable: equal counts keep the report's attribute order, then the words' order.
    std::stable_sort(out.begin(), out.end(),
                     [](const JudgeMistake& x, const JudgeMistake& y) { return x.count > y.count; });
    if (limit >= 0 && out.size() > static_cast<size_t>(limit)) out.resize(static_cast<size_t>(limit));
    return out;
}

// ---- Frame figures. ----

double frameDifference(const Frame& a, const Frame& b) {
    checkSameSize(a, b);
    if (a.rgb.empty()) return 0;
    double sum = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i) sum += std::abs(int(a.rgb[i]) - int(b.rgb[i]));
    return sum / double(a.rgb.size());
}

double psnrDb(const Frame& a, const Frame& b) {
    if (a.rgb.empty()) throw std::invalid_argument("PSNR of an empty frame");
    return psnrFromMse(sumSquaredError(a, b) / double(a.rgb.size()));
}

double psnrDb(const Clip& a, const Clip& b) {
    if (a.frames.empty() || a.frameCount() != b.frameCount())
        throw std::invalid_argument("PSNR of clips with " + std::to_string(a.frameCount()) + " and " +
                                    std::to_string(b.frameCount()) + " frames");
    double sum = 0, count = 0;
    for (int i = 0; i < a.frameCount(); ++i) {
        sum += sumSquaredError(a.frames[i], b.frames[i]);
        count += double(a.frames[i].rgb.size());
    }
    return psnrFromMse(sum / count);
}

double medianFrameDifference(const Clip& clip, int skipPair) {
    std::vector<double> steps;
    for (int i = 0; i + 1 < clip.frameCount(); ++i)
        if (i != skipPair) steps.push_back(frameDifference(clip.frames[i], clip.frames[i + 1]));
    if (steps.empty()) return 0;
    std::sort(steps.begin(), steps.end());
    const size_t n = steps.size();
    return n % 2 ? steps[n / 2] : 0.5 * (steps[n / 2 - 1] + steps[n / 2]);
}

double loopSeamRatio(const Clip& clip) {
    if (clip.frameCount() < 2) throw std::invalid_argument("a loop seam needs at least 2 frames");
    return ratio(frameDifference(clip.frames.back(), clip.frames.front()), medianFrameDifference(clip));
}

double loopWorstStepRatio(const Clip& clip) {
    if (clip.frameCount() < 2) throw std::invalid_argument("a loop's steps need at least 2 frames");
    double worst = frameDifference(clip.frames.back(), clip.frames.front());
    for (int i = 0; i + 1 < clip.frameCount(); ++i) worst = std::max(worst, frameDifference(clip.frames[i], clip.frames[i + 1]));
    return ratio(worst, medianFrameDifference(clip));
}

double joinSeamRatio(const Clip& clip, int join) {
    if (join < 1 || join >= clip.frameCount())
        throw std::invalid_argument("join at frame " + std::to_string(join) + " of a " +
                                    std::to_string(clip.frameCount()) + "-frame clip");
    return ratio(frameDifference(clip.frames[join - 1], clip.frames[join]), medianFrameDifference(clip, join - 1));
}

double spliceSeamRatio(const Clip& before, const Clip& after, int join) {
    if (before.frameCount() != after.frameCount())
        throw std::invalid_argument("splicing clips of " + std::to_string(before.frameCount()) + " and " +
                                    std::to_string(after.frameCount()) + " frames");
    Clip spliced;
    spliced.fps = before.fps;
    spliced.frames.assign(before.frames.begin(), before.frames.begin() + std::clamp(join, 0, before.frameCount()));
    spliced.frames.insert(spliced.frames.end(), after.frames.begin() + std::clamp(join, 0, after.frameCount()),
                          after.frames.end());
    return joinSeamRatio(spliced, join);
}

StartJumpSummary summarizeStartJumps(const std::vector<EvalClipResult>& clips) {
    StartJumpSummary s;
    std::vector<double> ratios;
    for (const EvalClipResult& c : clips)
        if (!std::isnan(c.startJumpRatio)) ratios.push_back(c.startJumpRatio);
    s.clips = int(ratios.size());
    if (ratios.empty()) return s;
    std::sort(ratios.begin(), ratios.end());
    const size_t n = ratios.size();
    s.median = n % 2 ? ratios[n / 2] : 0.5 * (ratios[n / 2 - 1] + ratios[n / 2]);
    s.above = int(std::count_if(ratios.begin(), ratios.end(), [&](double r) { return r > s.threshold; }));
    return s;
}

int vaeSpliceFrame(int frames) { return 1 + 4 * ((std::max(frames, 1) - 1) / 8); }

std::vector<int> sheetFrameIndices(int frames, int framesPerRow) {
    std::vector<int> out;
    if (frames <= 0) return out;
    if (framesPerRow <= 1) return {0};
    for (int i = 0; i < framesPerRow; ++i) {
        int index = int(std::lround(double(i) * (frames - 1) / (framesPerRow - 1)));
        if (out.empty() || out.back() != index) out.push_back(index);
    }
    return out;
}

Frame contactSheet(const std::vector<Clip>& rows, int framesPerRow) {
    constexpr int kGutter = 2;
    int cellW = 0, cellH = 0;
    for (const Clip& c : rows) {
        cellW = std::max(cellW, c.width());
        cellH = std::max(cellH, c.height());
    }
    if (rows.empty() || cellW == 0 || framesPerRow < 1) return {};
    Frame sheet(framesPerRow * (cellW + kGutter) + kGutter, int(rows.size()) * (cellH + kGutter) + kGutter, 40, 40, 40);
    for (size_t r = 0; r < rows.size(); ++r) {
        const Clip& clip = rows[r];
        std::vector<int> indices = sheetFrameIndices(clip.frameCount(), framesPerRow);
        for (size_t col = 0; col < indices.size(); ++col) {
            const Frame& f = clip.frames[indices[col]];
            const int x0 = kGutter + int(col) * (cellW + kGutter), y0 = kGutter + int(r) * (cellH + kGutter);
            for (int y = 0; y < f.height; ++y) std::copy(f.at(0, y), f.at(0, y) + f.width * 3, sheet.at(x0, y0 + y));
        }
    }
    return sheet;
}

// ---- Evaluating a model. ----

std::vector<TargetCheck> checkTargets(const std::map<EvalSplit, AccuracyTable>& accuracy,
                                      const std::map<std::string, FigureSummary>& taskSummary) {
    std::vector<TargetCheck> out;
    const bool split = accuracy.count(EvalSplit::HeldOut) > 0;
    const AccuracyTable empty;
    const AccuracyTable& table = split                                ? accuracy.at(EvalSplit::HeldOut)
                                 : accuracy.count(EvalSplit::Unsplit) ? accuracy.at(EvalSplit::Unsplit)
                                                                      : empty;
    struct AccuracyTarget {
        Attribute attribute;
        double target;
    };
    for (AccuracyTarget t : {AccuracyTarget{Attribute::Color, 0.95}, AccuracyTarget{Attribute::Shape, 0.90},
                             AccuracyTarget{Attribute::Motion, 0.90}, AccuracyTarget{Attribute::Background, 0.95},
                             AccuracyTarget{Attribute::Layout, 0.80}}) {
        TargetCheck c;
        c.figure = std::string(word(t.attribute)) + " accuracy";
        c.split = word(split ? EvalSplit::HeldOut : EvalSplit::Unsplit);
        c.value = table[t.attribute].accuracy();
        c.target = t.target;
        c.met = c.value && *c.value >= t.target;
        out.push_back(c);
    }
    struct TaskTarget {
        const char *key, *figure;
        double target;
        bool atLeast;
    };
    for (TaskTarget t : {TaskTarget{"vae_psnr_db", "VAE reconstruction PSNR (dB)", 34.0, true},
                         TaskTarget{"i2v_psnr_db", "i2v first-frame PSNR (dB)", 30.0, true},
                         TaskTarget{"loop_seam_ratio", "loop seam ratio", 1.5, false},
                         TaskTarget{"text_loop_seam_ratio", "loop from text seam ratio", 1.5, false},
                         TaskTarget{"extend_forward_seam_ratio", "extend forward seam ratio", 1.5, false},
                         TaskTarget{"extend_backward_seam_ratio", "extend backward seam ratio", 1.5, false}}) {
        TargetCheck c;
        c.figure = t.figure;
        c.target = t.target;
        c.atLeast = t.atLeast;
        auto it = taskSummary.find(t.key);
        if (it != taskSummary.end() && it->second.count > 0) c.value = it->second.mean;
        c.met = c.value && std::isfinite(*c.value) && (t.atLeast ? *c.value >= t.target : *c.value <= t.target);
        out.push_back(c);
    }
    return out;
}

namespace {

// The next value of `all` after `value` (cycling) for which `allowed` holds.
template <typename E, size_t N, typename F>
E nextOf(const std::array<E, N>& all, E value, F allowed) {
    const size_t at = size_t(std::find(all.begin(), all.end(), value) - all.begin());
    for (size_t k = 1; k < N; ++k) {
        const E e = all[(at + k) % N];
        if (allowed(e)) return e;
    }
    return value;
}

// The next value of `all` after `value` (cycling).
template <typename E, size_t N>
E nextOf(const std::array<E, N>& all, E value) {
    return nextOf(all, value, [](E) { return true; });
}

}  // namespace

std::vector<InfluenceSwap> influenceSwaps(const ParsedPrompt& prompt, bool stillFrames) {
    if (prompt.objects.empty()) throw std::invalid_argument("influenceSwaps: the empty caption has no word to swap");
    auto objectColor = [&](Color c) {
        for (const ObjectSpec& o : prompt.objects)
            if (o.color == c) return true;
        return false;
    };
    std::vector<InfluenceSwap> swaps;
    auto add = [&](const char* attribute, const std::function<void(ParsedPrompt&)>& change) {
        ParsedPrompt p = prompt;
        change(p);
        if (!(p == prompt)) swaps.push_back({attribute, caption(p)});
    };
    const ObjectSpec& first = prompt.objects[0];
    if (first.color)
        add("color", [&](ParsedPrompt& p) {
            p.objects[0].color = nextOf(kObjectColors, *first.color,
                                        [&](Color c) { return c != prompt.background && !objectColor(c); });
        });
    if (first.shape) add("shape", [&](ParsedPrompt& p) { p.objects[0].shape = nextOf(kShapes, *first.shape); });
    if (first.size) add("size", [&](ParsedPrompt& p) { p.objects[0].size = nextOf(kSizes, *first.size); });
    if (first.motion && !stillFrames)
        add("motion", [&](ParsedPrompt& p) { p.objects[0].motion = nextOf(kMotions, *first.motion); });
    if (prompt.background)
        add("background", [&](ParsedPrompt& p) {
            p.background = nextOf(kBackgroundColors, *prompt.background, [&](Color c) { return !objectColor(c); });
        });
    return swaps;
}

EvalReport evaluateModel(Model& model, const EvalOptions& options, const EvalProgress& progress,
                         const std::atomic<bool>* cancel) {
    const auto t0 = Clock::now();
    auto bad = [](const std::string& what) { throw GenerationError(ErrorKind::BadRequest, what); };
    if (options.seeds < 1) bad("--seeds must be at least 1, not " + std::to_string(options.seeds));
    if (options.prompts.empty() && options.count < 1)
        bad("--count must be at least 1, not " + std::to_string(options.count));
    if (options.tasks && options.taskClips < 1)
        bad("--task-clips must be at least 1, not " + std::to_string(options.taskClips));
    if (options.sheetFramesPerRow < 1) bad("the contact sheet needs at least 1 frame per row");
    const std::vector<std::string>& figureNames = taskFigureNames();
    for (const std::string& name : options.taskFigures)
        if (std::find(figureNames.begin(), figureNames.end(), name) == figureNames.end()) {
            std::string known;
            for (const std::string& n : figureNames) known += (known.empty() ? "" : ", ") + n;
            bad("unknown task figure '" + name + "' (one of " + known + ")");
        }

    EvalReport rep;
    rep.model = model.info();
    rep.options = options;
    const std::optional<std::set<Combination>> heldOut = readHeldOutCombinations(rep.model.path);
    rep.heldOutKnown = heldOut.has_value();
    rep.heldOutCombinations = heldOut ? int(heldOut->size()) : 0;
    if (!heldOut)
        rep.notes.push_back(
            "model.json has no training.heldout list, so the held-out split is unknown: every prompt "
            "is reported as unsplit");

    std::vector<std::string> prompts = options.prompts;
    rep.promptsGenerated = prompts.empty();
    if (rep.promptsGenerated) prompts = makeEvalPrompts(options.promptSeed, options.count, heldOut);
    std::vector<ParsedPrompt> parsed;
    for (const std::string& p : prompts) {
        try {
            parsed.push_back(parsePrompt(p));
        } catch (const std::invalid_argument& e) {
            bad("prompt '" + p + "': " + e.what());
        }
    }
    if (heldOut) {
        rep.accuracy[EvalSplit::Seen] = {};
        rep.accuracy[EvalSplit::HeldOut] = {};
    } else {
        rep.accuracy[EvalSplit::Unsplit] = {};
    }

    auto request = [&](const std::string& prompt, int64_t seed) {
        if (cancel && cancel->load()) throw GenerationError(ErrorKind::Cancelled, "evaluation cancelled");
        GenerationRequest r;
        r.prompt = prompt;
        r.enhancePrompt = options.enhancePrompt;
        r.task = Task::TextToVideo;
        r.width = rep.options.width;  // resolved by the first generation (see below)
        r.height = rep.options.height;
        r.frames = rep.options.frames;
        r.steps = options.steps;
        r.guidance = options.guidance;
        r.guidanceLow = options.guidanceLow;
        r.guidanceHigh = options.guidanceHigh;
        r.shift = options.shift;
        r.sampler = options.sampler;
        r.seed = seed;
        return r;
    };

    // Prompt-major order: every seed of a prompt, then the next prompt (the contact sheet's row order).
    std::vector<Clip> sheetRows;
    std::vector<Clip> firstSeedClips;  // kept whole for the word influence
    const int total = int(prompts.size()) * options.seeds;
    const auto tPrompts = Clock::now();
    double judgeSeconds = 0;
    for (size_t i = 0; i < prompts.size(); ++i) {
        for (int s = 0; s < options.seeds; ++s) {
            GenerationRequest r = request(prompts[i], options.baseSeed + s);
            if (progress)
                progress("\"" + prompts[i] + "\" seed " + std::to_string(r.seed), int(rep.clips.size()), total);
            const auto tClip = Clock::now();
            GenerationResult g = model.generate(r, {}, cancel);
            const auto tJudge = Clock::now();
            EvalClipResult c;
            c.prompt = prompts[i];
            c.modelPrompt = g.enhancedPrompt;
            c.seed = g.seed;
            c.split = classifyPrompt(parsed[i], heldOut);
            c.scores = judge(g.clip, parsed[i]).scores;
            c.allCorrect =
                std::all_of(c.scores.begin(), c.scores.end(), [](const AttributeScore& a) { return a.correct; });
            c.seconds = std::chrono::duration<double>(tJudge - tClip).count();
            c.startJumpRatio = g.clip.frameCount() >= 2 ? joinSeamRatio(g.clip, 1) : std::nan("");
            judgeSeconds += since(tJudge);
            rep.accuracy[c.split].add(c.scores);
            if (rep.clips.empty()) {
                // The first generation resolves the model's defaults and its rounding for all the others.
                nlohmann::json recipe = nlohmann::json::parse(g.recipeJson);
                rep.options.width = g.clip.width();
                rep.options.height = g.clip.height();
                rep.options.frames = g.clip.frameCount();
                rep.options.steps = recipe.value("steps", options.steps);
                rep.options.guidance = recipe.value("guidance", options.guidance);
                if (auto g = recipe.find("guidance_interval"); g != recipe.end() && g->is_array() && g->size() == 2) {
                    rep.options.guidanceLow = (*g)[0].get<double>();
                    rep.options.guidanceHigh = (*g)[1].get<double>();
                }
                rep.options.shift = recipe.value("shift", options.shift);
                rep.options.sampler = recipe.value("sampler", options.sampler);
                rep.fps = g.clip.fps;
                for (const std::string& n : g.notes) rep.notes.push_back(n);
            }
            if (options.influence && s == 0) firstSeedClips.push_back(g.clip);
            Clip shown;  // keep only the frames the sheet shows
            for (int index : sheetFrameIndices(g.clip.frameCount(), options.sheetFramesPerRow))
                shown.frames.push_back(std::move(g.clip.frames[index]));
            sheetRows.push_back(std::move(shown));
            rep.clips.push_back(std::move(c));
        }
    }
    rep.timingsSeconds["prompts"] = since(tPrompts);
    rep.timingsSeconds["judge"] = judgeSeconds;
    rep.timingsSeconds["per_clip_mean"] = rep.timingsSeconds["prompts"] / std::max<size_t>(1, rep.clips.size());
    rep.startJumps = summarizeStartJumps(rep.clips);
    rep.sheetFrames = sheetFrameIndices(rep.options.frames, options.sheetFramesPerRow);
    rep.sheet = contactSheet(sheetRows, options.sheetFramesPerRow);

    if (options.influence) {
        const auto tInfluence = Clock::now();
        std::vector<std::pair<size_t, InfluenceSwap>> jobs;  // (prompt, swap); the seed change first
        for (size_t i = 0; i < prompts.size(); ++i) {
            if (parsed[i].objects.empty()) continue;  // the empty caption has no word to swap
            jobs.push_back({i, {"seed", prompts[i]}});
            for (InfluenceSwap& w : influenceSwaps(parsed[i], rep.options.frames == 1)) jobs.push_back({i, std::move(w)});
        }
        for (size_t j = 0; j < jobs.size(); ++j) {
            const auto& [i, w] = jobs[j];
            const bool seedChange = w.attribute == "seed";
            // The other seed is one the accuracy figures did not use.
            GenerationRequest r = request(w.prompt, options.baseSeed + (seedChange ? options.seeds : 0));
            if (progress) progress("influence of the " + w.attribute + ": \"" + w.prompt + "\"", int(j), int(jobs.size()));
            const Clip other = model.generate(r, {}, cancel).clip;
            const Clip& base = firstSeedClips[i];
            double sum = 0;
            for (int f = 0; f < base.frameCount(); ++f) sum += frameDifference(base.frames[f], other.frames[f]);
            InfluenceFigure& fig = rep.influence[w.attribute];
            fig.meanDifference += (sum / std::max(1, base.frameCount()) - fig.meanDifference) / ++fig.pairs;
        }
        rep.timingsSeconds["influence"] = since(tInfluence);
    }

    if (options.tasks && rep.options.frames < 5) {
        rep.notes.push_back("the task figures need clips of at least 5 frames, not " +
                            std::to_string(rep.options.frames) + ": not measured");
    } else if (options.tasks) {
        const auto tTasks = Clock::now();
        // New frames of the loop bridge and the extensions: about half the clip, in whole latent frames.
        rep.extendFrames = 4 * std::max(1, (rep.options.frames - 1) / 8);
        std::vector<Scene> scenes = taskScenes(options.promptSeed, options.taskClips, heldOut);
        if (!heldOut) rep.notes.push_back("task figures were measured on scenes of any split (the split is unknown)");
        rep.taskClips = measureTasks(model, scenes, rep.options, rep.fps, rep.extendFrames, progress, cancel);
        rep.tasksMeasured = true;
        rep.taskSummary["vae_psnr_db"] = summarize(rep.taskClips, &TaskClipResult::vaePsnrDb, true);
        for (const TaskClipResult& t : rep.taskClips) {
            rep.vaeJudged.add(t.vaeScores);
            // Only the extensions that ran (--task-figures); a judged extension always scores something.
            if (!t.extendForwardScores.empty()) rep.extendForwardJudged.add(t.extendForwardScores);
            if (!t.extendBackwardScores.empty()) rep.extendBackwardJudged.add(t.extendBackwardScores);
        }
        rep.taskSummary["i2v_psnr_db"] = summarize(rep.taskClips, &TaskClipResult::i2vPsnrDb, true);
        rep.taskSummary["loop_seam_ratio"] = summarize(rep.taskClips, &TaskClipResult::loopSeamRatio, false);
        rep.taskSummary["loop_worst_step_ratio"] = summarize(rep.taskClips, &TaskClipResult::loopWorstStepRatio, false);
        rep.taskSummary["text_loop_seam_ratio"] = summarize(rep.taskClips, &TaskClipResult::textLoopSeamRatio, false);
        rep.taskSummary["text_loop_worst_step_ratio"] =
            summarize(rep.taskClips, &TaskClipResult::textLoopWorstStepRatio, false);
        rep.taskSummary["extend_forward_seam_ratio"] =
            summarize(rep.taskClips, &TaskClipResult::extendForwardSeamRatio, false);
        rep.taskSummary["extend_backward_seam_ratio"] =
            summarize(rep.taskClips, &TaskClipResult::extendBackwardSeamRatio, false);
        rep.taskSummary["vae_forward_seam_ratio"] = summarize(rep.taskClips, &TaskClipResult::vaeForwardSeamRatio, false);
        rep.taskSummary["vae_backward_seam_ratio"] = summarize(rep.taskClips, &TaskClipResult::vaeBackwardSeamRatio, false);
        rep.timingsSeconds["tasks"] = since(tTasks);
    }
    rep.targets = checkTargets(rep.accuracy, rep.taskSummary);
    rep.timingsSeconds["total"] = since(t0);
    return rep;
}

std::string evalReportJson(const EvalReport& rep, const std::string& sheetPath) {
    using nlohmann::json;
    const EvalOptions& o = rep.options;
    json j;
    j["format"] = "tessera.eval/1";
    j["model"] = {{"name", rep.model.name},     {"path", rep.model.path},   {"hash", rep.model.hash},
                  {"device", rep.model.device}, {"dtype", rep.model.dtype}, {"conditioning", rep.model.conditioning}};
    j["settings"] = {{"width", o.width},
                     {"height", o.height},
                     {"frames", o.frames},
                     {"fps", rep.fps},
                     {"steps", o.steps},
                     {"guidance", o.guidance},
                     {"guidance_interval", {o.guidanceLow, o.guidanceHigh}},
                     {"shift", o.shift},
                     {"sampler", o.sampler},
                     {"seeds", o.seeds},
                     {"base_seed", o.baseSeed},
                     {"prompts", rep.promptsGenerated ? "generated" : "given"},
                     {"prompt_seed", o.promptSeed},
                     {"count", rep.promptsGenerated ? o.count : 0},
                     {"enhance_prompt", o.enhancePrompt},
                     {"tasks", o.tasks},
                     {"influence", o.influence},
                     {"task_clips", o.tasks ? o.taskClips : 0},
                     {"task_figures", o.taskFigures.empty() ? taskFigureNames() : o.taskFigures},
                     {"extend_frames", rep.extendFrames}};
    j["heldout"] = {{"known", rep.heldOutKnown}, {"combinations", rep.heldOutCombinations}};

    json accuracy = json::object();
    for (const auto& [split, table] : rep.accuracy) {
        json attributes = attributesJson(table);
        json confusion = json::object();
        for (const auto& [a, rows] : table.confusion)
            for (const auto& [expected, row] : rows)
                for (const auto& [predicted, cell] : row) confusion[word(a)][expected][predicted] = cell.count;
        accuracy[word(split)] = {{"clips", table.clips},
                                 {"all_correct", table.clipsAllCorrect},
                                 {"attributes", attributes},
                                 {"confusion", confusion}};
    }
    j["accuracy"] = accuracy;
    if (rep.startJumps.clips > 0)
        j["start_jump"] = {{"clips", rep.startJumps.clips},
                           {"median_ratio", number(rep.startJumps.median)},
                           {"above", rep.startJumps.above},
                           {"threshold", rep.startJumps.threshold}};

    json tasks = {{"measured", rep.tasksMeasured}, {"clips", json::array()}, {"summary", json::object()}};
    for (const TaskClipResult& t : rep.taskClips)
        tasks["clips"].push_back({{"caption", t.caption},
                                  {"seed", t.seed},
                                  {"vae_psnr_db", number(t.vaePsnrDb)},
                                  {"i2v_psnr_db", number(t.i2vPsnrDb)},
                                  {"loop_seam_ratio", number(t.loopSeamRatio)},
                                  {"loop_worst_step_ratio", number(t.loopWorstStepRatio)},
                                  {"text_loop_seam_ratio", number(t.textLoopSeamRatio)},
                                  {"text_loop_worst_step_ratio", number(t.textLoopWorstStepRatio)},
                                  {"extend_forward_seam_ratio", number(t.extendForwardSeamRatio)},
                                  {"extend_backward_seam_ratio", number(t.extendBackwardSeamRatio)},
                                  {"vae_forward_seam_ratio", number(t.vaeForwardSeamRatio)},
                                  {"vae_backward_seam_ratio", number(t.vaeBackwardSeamRatio)},
                                  {"extend_forward_scores", scoresJson(t.extendForwardScores)},
                                  {"extend_backward_scores", scoresJson(t.extendBackwardScores)}});
    for (const auto& [key, s] : rep.taskSummary)
        tasks["summary"][key] = {{"mean", number(s.mean)}, {"worst", number(s.worst)}, {"count", s.count}};
    if (rep.tasksMeasured) {
        tasks["vae_judged"] = attributesJson(rep.vaeJudged);
        tasks["extend_forward_judged"] = attributesJson(rep.extendForwardJudged);
        tasks["extend_backward_judged"] = attributesJson(rep.extendBackwardJudged);
    }
    j["tasks"] = tasks;
    if (o.influence) {
        json influence = json::object();
        for (const auto& [what, f] : rep.influence)
            influence[what] = {{"mean_abs_difference", f.meanDifference}, {"pairs", f.pairs}};
        j["influence"] = influence;
    }

    j["targets"] = json::array();
    for (const TargetCheck& t : rep.targets)
        j["targets"].push_back({{"figure", t.figure},
                                {"split", t.split},
                                {"value", number(t.value)},
                                {"target", t.target},
                                {"comparison", t.atLeast ? ">=" : "<="},
                                {"met", t.met}});

    j["clips"] = json::array();
    for (size_t i = 0; i < rep.clips.size(); ++i) {
        const EvalClipResult& c = rep.clips[i];
        json scores = scoresJson(c.scores);
        j["clips"].push_back({{"sheet_row", i},
                              {"prompt", c.prompt},
                              {"model_prompt", c.modelPrompt},
                              {"seed", c.seed},
                              {"split", word(c.split)},
                              {"heldout", c.split == EvalSplit::HeldOut},
                              {"all_correct", c.allCorrect},
                              {"scores", scores},
                              {"seconds", c.seconds},
                              {"start_jump_ratio", number(c.startJumpRatio)}});
    }
    j["sheet"] = {{"path", sheetPath},
                  {"width", rep.sheet.width},
                  {"height", rep.sheet.height},
                  {"rows", rep.clips.size()},
                  {"frames", rep.sheetFrames},
                  {"order", "one row per clip, in the order of \"clips\" (prompt-major, then seed)"}};
    j["notes"] = rep.notes;
    j["timings_seconds"] = rep.timingsSeconds;
    return j.dump(2);
}

}  // namespace tessera
