#include "eval_command.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "generate_command.h"
#include "tessera/app/media.h"
#include "tessera/app/models.h"
#include "tessera/evaluate.h"

namespace fs = std::filesystem;

namespace tessera::app {

namespace {

struct EvalCommandOptions {
    std::string model, promptsFile, size, device, sampler;
    std::string out = "tessera-eval.json", sheet;  // sheet: empty = beside out, OUT-sheet.png
    int count = 8, seeds = 4, frames = 0, steps = 0, taskClips = 4;
    double guidance = -1, shift = -1;
    std::vector<double> guidanceInterval;
    std::vector<std::string> taskFigures;
    int64_t seed = 0;
    uint64_t promptSeed = 0;
    bool tasks = true, json = false, noEnhance = false, influence = false;
};

void checkWritable(const std::string& path, const char* what) {
    fs::path dir = fs::path(path).has_parent_path() ? fs::path(path).parent_path() : fs::path(".");
    if (!fs::is_directory(dir))
        throw MediaError(path + ": the folder " + dir.string() + " does not exist (" + what + ")");
    if (::access(dir.c_str(), W_OK) != 0)
        throw MediaError(path + ": the folder " + dir.string() + " is not writable (" + what + ")");
}

// Written beside the target and renamed, so a failed write leaves no half report.
void writeText(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary);
        out << text << "\n";
        if (!out.flush()) {
            std::error_code ec;
            fs::remove(tmp, ec);
            throw MediaError(path + ": cannot write the report (disk full?)");
        }
    }
    fs::rename(tmp, path);
}

std::string percent(const AccuracyCell& c) {
    char buf[48];
    if (c.total == 0) return "-";
    std::snprintf(buf, sizeof buf, "%.1f%% (%d/%d)", 100.0 * c.correct / c.total, c.correct, c.total);
    return buf;
}

std::string fixed(double v, int decimals) {
    if (std::isinf(v)) return "inf";
    if (std::isnan(v)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

const char* verdict(const TargetCheck& t) {
    return !t.value ? "(not scored)" : t.met ? "met" : "NOT MET";
}

void printTable(const EvalReport& r, const std::string& out, const std::string& sheet) {
    const EvalOptions& o = r.options;
    std::printf("model %s (%s) on %s: %dx%d, %d frames at %g fps, %d steps, guidance %g (sigma in (%g, %g]), shift %g, %s\n",
                r.model.name.c_str(), r.model.hash.substr(0, 12).c_str(), r.model.device.c_str(), o.width, o.height,
                o.frames, r.fps, o.steps, o.guidance, o.guidanceLow, o.guidanceHigh, o.shift, o.sampler.c_str());
    const int seeds = std::max(1, o.seeds);
    std::string perSplit;
    for (const auto& [split, table] : r.accuracy)
        perSplit += (perSplit.empty() ? "" : ", ") + std::to_string(table.clips / seeds) + " " + word(split);
    std::printf("%zu %s prompts (%s) x %d seed%s = %zu clips, %.1f s per clip\n\n", r.clips.size() / seeds,
                r.promptsGenerated ? "generated" : "given", perSplit.c_str(), seeds, seeds == 1 ? "" : "s",
                r.clips.size(), r.timingsSeconds.count("per_clip_mean") ? r.timingsSeconds.at("per_clip_mean") : 0.0);

    std::vector<EvalSplit> splits;
    for (const auto& entry : r.accuracy) splits.push_back(entry.first);
    std::map<std::string, const TargetCheck*> targetOf;
    for (const TargetCheck& t : r.targets) targetOf[t.figure] = &t;
    std::printf("%-12s", "attribute");
    for (EvalSplit s : splits) std::printf("  %-20s", word(s));
    std::printf("  target\n");
    for (Attribute a : kEvalAttributes) {
        std::printf("%-12s", word(a));
        for (EvalSplit s : splits) std::printf("  %-20s", percent(r.accuracy.at(s)[a]).c_str());
        auto t = targetOf.find(std::string(word(a)) + " accuracy");
        if (t != targetOf.end()) std::printf("  >= %.0f%% %s", 100.0 * t->second->target, verdict(*t->second));
        std::printf("\n");
    }
    std::printf("%-12s", "all correct");
    for (EvalSplit s : splits) {
        const AccuracyTable& t = r.accuracy.at(s);
        AccuracyCell clips{t.clipsAllCorrect, t.clips};
        std::printf("  %-20s", percent(clips).c_str());
    }
    std::printf("\n");
    // The judge's commonest misreadings: which asked value turns into which.
    for (EvalSplit s : splits) {
        const std::vector<JudgeMistake> mistakes = commonMistakes(r.accuracy.at(s), 6);
        if (mistakes.empty()) continue;
        std::printf("commonest mistakes (%s):", word(s));
        for (size_t i = 0; i < mistakes.size(); ++i) {
            const JudgeMistake& m = mistakes[i];
            std::printf("%s %s %s as %s %d of %d", i == 0 ? "" : ";", word(m.attribute), m.expected.c_str(),
                        m.predicted.c_str(), m.count, m.asked);
        }
        std::printf("\n");
    }
    if (r.startJumps.clips > 0)
        std::printf("\nstart jump (frame 0 to 1 over the clip's median frame step): median %s over %d clips, above %g in %d\n",
                    fixed(r.startJumps.median, 2).c_str(), r.startJumps.clips, r.startJumps.threshold, r.startJumps.above);

    if (r.tasksMeasured) {
        std::printf("\n%-32s %9s %9s   target   (on %zu rendered%s scene%s)\n", "task figure", "mean", "worst",
                    r.taskClips.size(), r.heldOutKnown ? " held-out" : "", r.taskClips.size() == 1 ? "" : "s");
        struct Row {
            const char *key, *figure;
        };
        for (Row row :
             {Row{"vae_psnr_db", "VAE reconstruction PSNR (dB)"}, Row{"i2v_psnr_db", "i2v first-frame PSNR (dB)"},
              Row{"loop_seam_ratio", "loop seam ratio"},
              Row{"loop_worst_step_ratio", "loop worst step"}, Row{"text_loop_seam_ratio", "loop from text seam ratio"},
              Row{"text_loop_worst_step_ratio", "loop from text worst step"},
              Row{"extend_forward_seam_ratio", "extend forward seam ratio"},
              Row{"extend_backward_seam_ratio", "extend backward seam ratio"}}) {
            const FigureSummary& s = r.taskSummary.at(row.key);
            if (s.count == 0) continue;  // a task left out by --task-figures
            std::printf("%-32s %9s %9s", row.figure, fixed(s.mean, 2).c_str(), fixed(s.worst, 2).c_str());
            auto t = targetOf.find(row.figure);
            if (t != targetOf.end())
                std::printf("   %s %-5g %s", t->second->atLeast ? ">=" : "<=", t->second->target, verdict(*t->second));
            std::printf("\n");
        }
        // What the VAE alone allows: the judge on its reconstructions of the same scenes, and the
        // seams of each scene spliced with its own reconstruction (a perfect DiT's joins).
        std::printf("\njudge on the VAE's reconstructions of those scenes (the ceiling the VAE sets):");
        for (Attribute a : kEvalAttributes)
            if (r.vaeJudged[a].total > 0) std::printf(" %s %s", word(a), percent(r.vaeJudged[a]).c_str());
        // What the extensions added, judged against the scene's caption (motion is only a hint here:
        // an object that reached an edge may rightly stop or turn).
        for (const auto& [what, table] : {std::pair<const char*, const AccuracyTable*>{"forward", &r.extendForwardJudged},
                                          {"backward", &r.extendBackwardJudged}}) {
            if (std::none_of(kEvalAttributes.begin(), kEvalAttributes.end(), [&](Attribute a) { return (*table)[a].total > 0; }))
                continue;  // not extended
            std::printf("\njudge on the new frames of the %s extensions:", what);
            for (Attribute a : kEvalAttributes)
                if ((*table)[a].total > 0) std::printf(" %s %s", word(a), percent((*table)[a]).c_str());
        }
        const auto& forward = r.taskSummary.at("vae_forward_seam_ratio");
        const auto& backward = r.taskSummary.at("vae_backward_seam_ratio");
        std::printf("\nseam ratio of each scene spliced with its VAE reconstruction (the floor the VAE sets): "
                    "scene then reconstruction %s (worst %s), reconstruction then scene %s (worst %s)\n",
                    fixed(forward.mean, 2).c_str(), fixed(forward.worst, 2).c_str(), fixed(backward.mean, 2).c_str(),
                    fixed(backward.worst, 2).c_str());
    }
    if (!r.influence.empty()) {
        // A word the model ignores changes nothing; a change of seed is the scale of "everything changed".
        std::printf("\n%-12s %22s %7s\n", "influence", "mean pixel change", "pairs");
        for (const char* what : {"color", "shape", "size", "motion", "background", "seed"}) {
            auto f = r.influence.find(what);
            if (f != r.influence.end())
                std::printf("%-12s %22s %7d\n", what, fixed(f->second.meanDifference, 2).c_str(), f->second.pairs);
        }
    }
    std::printf("\nwrote %s and %s (one row per clip, in the report's order)\n", out.c_str(), sheet.c_str());
}

int runEval(const EvalCommandOptions& given, const std::string& modelDir) {
    EvalCommandOptions o = given;
    if (o.sheet.empty()) o.sheet = (fs::path(o.out).parent_path() / (fs::path(o.out).stem().string() + "-sheet.png")).string();
    // Everything that can be checked without the model is checked first, so a typo fails fast.
    GenerateOptions sizeOnly;
    sizeOnly.size = o.size;
    const GenerationRequest sized = requestFromOptions(sizeOnly);
    EvalOptions eo;
    if (!o.promptsFile.empty()) eo.prompts = readPromptsFile(o.promptsFile);
    if (fs::path(o.sheet).extension() != ".png") throw MediaError(o.sheet + ": the contact sheet is a .png file");
    checkWritable(o.out, "--out");
    checkWritable(o.sheet, "--sheet");
    eo.count = o.count;
    eo.promptSeed = o.promptSeed;
    eo.seeds = o.seeds;
    eo.baseSeed = o.seed;
    eo.width = sized.width;
    eo.height = sized.height;
    eo.frames = o.frames;
    eo.steps = o.steps;
    eo.guidance = o.guidance;
    applyGuidanceInterval(o.guidanceInterval, eo.guidanceLow, eo.guidanceHigh);
    eo.shift = o.shift;
    eo.sampler = o.sampler;
    eo.enhancePrompt = !o.noEnhance;
    eo.tasks = o.tasks;
    eo.taskClips = o.taskClips;
    eo.taskFigures = o.taskFigures;
    eo.influence = o.influence;

    const auto t0 = std::chrono::steady_clock::now();
    std::shared_ptr<Model> model = Model::load(resolveModel(o.model, modelDir), o.device);
    const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    EvalReport report = evaluateModel(*model, eo, [](const std::string& what, int done, int total) {
        std::fprintf(stderr, "eval %d/%d %s\n", done + 1, total, what.c_str());
    });
    report.timingsSeconds["load_model"] = loadSeconds;
    for (const std::string& n : report.notes) std::fprintf(stderr, "note: %s\n", n.c_str());

    writeImage(o.sheet, report.sheet,
               {{"comment", "tessera eval contact sheet: one row per clip in the order of " + o.out}});
    const std::string json = evalReportJson(report, fs::absolute(o.sheet).string());
    writeText(o.out, json);
    if (o.json)
        std::cout << json << "\n";
    else
        printTable(report, o.out, o.sheet);
    return 0;
}

}  // namespace

void addEvalCommand(CLI::App& app, int& exitCode, const std::string& modelDir) {
    auto o = std::make_shared<EvalCommandOptions>();
    auto* cmd = app.add_subcommand(
        "eval", "Measure how well a model follows Shapes World prompts (seen and held-out) and its task figures");
    cmd->add_option("-m,--model", o->model, "Model name (see `tessera models`) or bundle folder");
    cmd->add_option("--prompts", o->promptsFile,
                    "Prompts file: one caption per line, # comments (default: generated seen and held-out prompts)");
    cmd->add_option("--count", o->count, "Generated prompts per split (seen, held-out)")->check(CLI::Range(1, 10000));
    cmd->add_option("--prompt-seed", o->promptSeed, "Seed of the generated prompts and of the task scenes");
    cmd->add_option("--seeds", o->seeds, "Generations per prompt (seeds --seed .. --seed + N - 1)")
        ->check(CLI::Range(1, 1000));
    cmd->add_option("--seed", o->seed, "First generation seed")->check(CLI::NonNegativeNumber);
    cmd->add_option("--size", o->size, "Clip size WxH (default: the model's)");
    cmd->add_option("--frames", o->frames, "Frames per clip (default: the model's; 1+4k)")->check(CLI::Range(1, 2001));
    cmd->add_option("--steps", o->steps, "Sampling steps (default: the model's)")->check(CLI::Range(1, 1000));
    cmd->add_option("--guidance", o->guidance, "Classifier-free guidance scale (default: the model's)");
    addGuidanceIntervalOption(cmd, o->guidanceInterval);
    cmd->add_option("--shift", o->shift, "Sigma schedule shift (default: the model's)")
        ->check(CLI::Range(0.05, 100.0));
    cmd->add_option("--sampler", o->sampler, "Sampler (default: the model's)")->check(CLI::IsMember(samplerChoices()));
    cmd->add_flag("--tasks,!--no-tasks", o->tasks,
                  "Also measure VAE reconstruction, i2v, loop and extend seams (default on; --no-tasks skips)");
    cmd->add_flag("--influence", o->influence,
                  "Also measure how much each word changes the clip: every prompt made again with one word of its "
                  "first object (or the background) swapped, and with another seed");
    cmd->add_option("--task-figures", o->taskFigures,
                    "LIST: only these generating tasks on the task scenes, of i2v, loop, text-loop, extend-forward, "
                    "extend-backward (default: all; the VAE figures are always measured)")
        ->delimiter(',')
        ->check(CLI::IsMember(taskFigureNames()));
    cmd->add_option("--task-clips", o->taskClips, "Rendered held-out scenes for the task figures")
        ->check(CLI::Range(1, 1000));
    cmd->add_flag("--no-enhance", o->noEnhance, "Give the prompts to the model as written");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N (default: cuda if present)");
    cmd->add_option("-o,--out", o->out, "Report JSON to write (default tessera-eval.json)");
    cmd->add_option("--sheet", o->sheet, "Contact sheet PNG to write (default beside the report: OUT-sheet.png)");
    cmd->add_flag("--json", o->json, "Print the report JSON instead of the table");
    cmd->callback([&exitCode, &modelDir, o] { exitCode = runEval(*o, modelDir); });
}

}  // namespace tessera::app
