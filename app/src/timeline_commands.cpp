// `tessera timeline|export|storyboard|batch|narration`: timelines, rendering and headless batches
// (docs/timeline.md, docs/storyboard.md, docs/batch.md).
#include "timeline_commands.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "project_commands.h"
#include "tessera/app/interchange.h"
#include "tessera/app/models.h"
#include "tessera/app/narration.h"
#include "tessera/app/project.h"
#include "tessera/app/render.h"
#include "tessera/app/storyboard.h"
#include "tessera/app/timeline.h"

namespace tessera::app {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// A progress bar on stderr: redrawn on a terminal, every 10% otherwise.
class Bar {
public:
    explicit Bar(std::string label) : label_(std::move(label)), tty_(isatty(STDERR_FILENO)) {}
    void operator()(double f) {
        const int pct = int(f * 100);
        if (tty_) {
            const int filled = int(f * 30);
            std::fprintf(stderr, "\r%s [%s%s] %3d%%", label_.c_str(), std::string(size_t(filled), '#').c_str(),
                         std::string(size_t(30 - filled), '.').c_str(), pct);
        } else if (pct / 10 != last_ / 10) {
            std::fprintf(stderr, "%s %d%%\n", label_.c_str(), pct);
        }
        last_ = pct;
        std::fflush(stderr);
    }
    ~Bar() {
        if (tty_ && last_ >= 0) std::fprintf(stderr, "\n");
    }

private:
    std::string label_;
    bool tty_;
    int last_ = -1;
};

std::pair<int, int> parseSize(const std::string& s) {
    int w = 0, h = 0;
    char x = 0;
    if (s.empty()) return {0, 0};
    if (std::sscanf(s.c_str(), "%d%c%d", &w, &x, &h) != 3 || (x != 'x' && x != 'X') || w <= 0 || h <= 0)
        throw std::runtime_error("--size must look like 1280x720, not '" + s + "'");
    return {w, h};
}

int64_t toFrames(double seconds, double fps) { return std::llround(seconds * fps); }

// The timeline flattened for OTIO / EDL.
EditList editList(ProjectLibrary& project, const TimelineState& s) {
    EditList e;
    e.name = s.name;
    e.fps = s.fps;
    e.width = s.width;
    e.height = s.height;
    for (const auto& t : s.tracks) {
        if (t.kind == TrackKind::Title && t.items.empty()) continue;
        EditTrack et;
        et.name = t.name;
        et.kind = t.kind == TrackKind::Audio ? EditTrack::Kind::Audio : EditTrack::Kind::Video;
        for (const auto& it : t.items) {
            EditClip c;
            c.name = it.isTitle() ? it.title.text : it.label;
            c.sourceIn = it.in;
            c.sourceOut = it.out;
            c.recordIn = it.start;
            c.recordOut = it.end();
            c.sourceDuration = it.sourceLength > 0 ? it.sourceLength : it.out;
            c.transitionInFrames = it.crossfadeIn;
            json meta = {{"item", it.id}};
            if (it.clipId) {
                const ClipRecord clip = project.clip(it.clipId);
                c.sourcePath = project.mediaPath(clip.file.name);
                meta["clip"] = clip.id;
                meta["sha256"] = clip.file.sha256;
                if (clip.generationId) {
                    const GenerationRecord g = project.generation(clip.generationId);
                    meta["prompt"] = g.prompt;
                    meta["seed"] = g.seed;
                    meta["model"] = g.modelName;
                    meta["model_hash"] = g.modelHash;
                }
            } else if (it.assetId) {
                const AssetRecord a = project.asset(it.assetId);
                c.sourcePath = project.mediaPath(a.file.name);
                meta["asset"] = a.id;
                meta["sha256"] = a.file.sha256;
                if (!it.narration.empty()) meta["narration"] = it.narration;
            } else if (it.jobId) {
                throw std::runtime_error("item " + std::to_string(it.id) + " ('" + it.label + "') is still being generated (job " +
                                         std::to_string(it.jobId) + "); run the queue first");
            } else {
                c.kind = EditClip::Kind::Title;
                c.titleText = it.title.text;
            }
            c.metadataJson = meta.dump();
            et.clips.push_back(c);
        }
        e.tracks.push_back(et);
    }
    return e;
}

void writeText(const std::string& path, const std::string& text) {
    const fs::path p(path);
    const fs::path tmp = p.parent_path() / ("." + p.filename().string() + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary);
        out << text;
        out.close();
        if (!out) {
            std::error_code ec;
            fs::remove(tmp, ec);
            throw std::runtime_error(path + ": cannot write (does the folder exist? is the disk full?)");
        }
    }
    fs::rename(tmp, p);
}

// ---- export -------------------------------------------------------------------------------------

struct ExportArgs {
    std::string dir, timeline, format = "mp4", out, size;
    int64_t clip = 0;
    bool noSubtitles = false, noManifest = false, quiet = false;
};

int runExport(const ExportArgs& a) {
    if (a.timeline.empty() == (a.clip == 0)) throw std::runtime_error("give either --timeline NAME or --clip ID");
    if (a.out.empty()) throw std::runtime_error("--out is required");
    auto p = openProject(a.dir);
    const TimelineState s =
        a.clip ? singleClipTimeline(*p, a.clip) : loadTimeline(*p, findTimeline(*p, a.timeline));
    if (a.format == "otio" || a.format == "edl") {
        const EditList e = editList(*p, s);
        writeText(a.out, a.format == "otio" ? toOtio(e) : toCmx3600Edl(e));
        std::cout << "wrote " << a.out << "\n";
        return 0;
    }
    ExportOptions o;
    if (a.format.rfind("plugin:", 0) == 0) o.exporterPlugin = a.format.substr(7);
    else o.format = exportFormatFromName(a.format);
    o.out = a.out;
    std::tie(o.render.width, o.render.height) = parseSize(a.size);
    o.subtitleSidecars = !a.noSubtitles;
    o.manifest = !a.noManifest;
    InterruptScope stop;
    std::unique_ptr<Bar> bar = a.quiet ? nullptr : std::make_unique<Bar>("export " + fs::path(a.out).filename().string());
    o.progress = [&](double f) {
        if (bar) (*bar)(f);
        return !interrupted();
    };
    const auto t0 = std::chrono::steady_clock::now();
    const ExportResult r = exportTimeline(*p, s, o);
    bar.reset();
    if (r.cancelled) {
        std::cerr << "export cancelled; nothing was written\n";
        return 130;
    }
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "wrote " << r.out << " (" << r.frames << " frames, " << std::fixed << std::setprecision(2) << r.seconds
              << " s, rendered in " << std::setprecision(1) << took << " s)\n";
    for (const auto& sc : r.sidecars) std::cout << "wrote " << sc << "\n";
    return 0;
}

// ---- storyboard ---------------------------------------------------------------------------------

struct StoryboardArgs {
    std::string lesson, dir, model, timeline, exportOut, format = "mp4", voice = "en", device;
    int wpm = 160, steps = 0;
    int64_t seed = -1;
    bool create = false;
};

int runStoryboard(const StoryboardArgs& a, const std::string& modelDir) {
    std::ifstream in(a.lesson);
    if (!in) throw std::runtime_error(a.lesson + ": no such file");
    std::stringstream text;
    text << in.rdbuf();
    const auto blocks = parseLesson(text.str(), a.lesson);
    if (!fs::exists(fs::path(a.dir) / kProjectFileName)) ProjectLibrary::create(a.dir);
    auto p = openProject(a.dir);
    StoryboardOptions o;
    o.timelineName = a.timeline.empty() ? fs::path(a.lesson).stem().string() : a.timeline;
    o.model = resolveModel(a.model, modelDir);
    o.modelName = fs::path(o.model).filename().string();
    o.device = a.device;
    o.seed = a.seed;
    o.steps = a.steps;
    o.voice.voice = a.voice;
    o.voice.wordsPerMinute = a.wpm;
    const StoryboardResult r = buildStoryboard(*p, blocks, o);
    if (r.continued)
        std::cout << "timeline '" << o.timelineName << "' already exists; continuing it\n";
    else
        std::cout << "timeline '" << o.timelineName << "': " << r.cards << " cards, " << r.shots << " shots (jobs queued), "
                  << r.narrations << " narrations\n";
    if (a.exportOut.empty()) {
        std::cout << "run the shots with `tessera queue run --project " << a.dir
                  << " --until-empty`, then export with --export or `tessera export`\n";
        return 0;
    }
    p.reset();  // the runner opens its own connection
    if (int rc = runQueueUntilEmpty(a.dir); rc != 0) return rc;
    p = openProject(a.dir);
    const int pending = bindFinishedShots(*p, r.timelineId);
    if (pending > 0) throw std::runtime_error(std::to_string(pending) + " shot(s) are still queued; run the queue and export again");
    ExportArgs e;
    e.dir = a.dir;
    e.timeline = std::to_string(r.timelineId);
    e.format = a.format;
    e.out = a.exportOut;
    p.reset();
    return runExport(e);
}

// ---- batch --------------------------------------------------------------------------------------

struct BatchArgs {
    std::string file, shard;
    bool force = false;
};

std::string resolveAgainst(const fs::path& base, const std::string& p) {
    if (p.empty() || fs::path(p).is_absolute()) return p;
    return (base / p).lexically_normal().string();
}

int runBatch(const BatchArgs& a, const std::string& modelDir) {
    std::ifstream in(a.file);
    if (!in) throw std::runtime_error(a.file + ": no such file");
    const json doc = json::parse(in, nullptr, false);
    if (doc.is_discarded()) throw std::runtime_error(a.file + " is not valid JSON");
    const json jobs = doc.is_array() ? doc : doc.value("jobs", json());
    if (!jobs.is_array() || jobs.empty())
        throw std::runtime_error(a.file + ": expected a list of jobs (or {\"jobs\": [...]})");
    int shardIndex = 0, shardCount = 1;
    if (!a.shard.empty()) {
        char slash = 0;
        if (std::sscanf(a.shard.c_str(), "%d%c%d", &shardIndex, &slash, &shardCount) != 3 || slash != '/' ||
            shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount)
            throw std::runtime_error("--shard must be I/N with 0 <= I < N (e.g. 0/4), not '" + a.shard + "'");
    }
    const fs::path base = fs::absolute(a.file).parent_path();
    struct Row {
        std::string name, type, status, detail;
        double seconds = 0;
    };
    std::vector<Row> rows;
    int failed = 0, mine = 0;
    for (size_t k = 0; k < jobs.size(); ++k)
        if (int(k % size_t(shardCount)) == shardIndex) ++mine;
    int index = 0;
    InterruptScope stop;
    for (size_t k = 0; k < jobs.size(); ++k) {
        if (int(k % size_t(shardCount)) != shardIndex) continue;
        const json& j = jobs[k];
        Row row;
        row.type = j.is_object() ? j.value("type", std::string()) : std::string();
        row.name = j.is_object() ? j.value("name", "job " + std::to_string(k + 1)) : "job " + std::to_string(k + 1);
        ++index;
        std::cerr << "[" << index << "/" << mine << "] " << row.name << " (" << row.type << ")\n";
        const auto t0 = std::chrono::steady_clock::now();
        try {
            if (interrupted()) throw std::runtime_error("interrupted");
            if (!j.is_object()) throw std::runtime_error("a job must be a JSON object");
            auto str = [&](const char* key) { return j.contains(key) ? j[key].get<std::string>() : std::string(); };
            const std::string out = resolveAgainst(base, str(row.type == "storyboard" ? "export" : "out"));
            if (!out.empty() && fs::exists(out) && !a.force) {
                row.status = "skipped";
                row.detail = out + " exists";
            } else if (row.type == "generate") {
                GenerateOptions g;
                g.prompt = str("prompt");
                g.negative = str("negative");
                g.model = j.contains("model") ? resolveAgainst(base, str("model")) : std::string();
                if (!g.model.empty() && !fs::exists(g.model)) g.model = str("model");  // a model name
                g.size = str("size");
                g.seconds = j.value("seconds", 0.0);
                g.frames = j.value("frames", 0);
                g.steps = j.value("steps", 0);
                g.seed = j.value("seed", int64_t(-1));
                g.guidance = j.value("guidance", -1.0);
                g.sampler = str("sampler");
                g.image = resolveAgainst(base, str("image"));
                g.device = str("device");
                g.out = out;
                g.modelDir = modelDir;
                if (out.empty()) throw std::runtime_error("a generate job needs \"out\"");
                const std::string project = resolveAgainst(base, str("project"));
                const int rc = project.empty() ? runGenerate(g) : runGenerateInProject(g, project);
                if (rc != 0) throw std::runtime_error("generation failed (exit " + std::to_string(rc) + ")");
                row.status = "done";
                row.detail = out;
            } else if (row.type == "storyboard") {
                StoryboardArgs s;
                s.lesson = resolveAgainst(base, str("lesson"));
                s.dir = resolveAgainst(base, str("project"));
                s.model = j.contains("model") && fs::exists(resolveAgainst(base, str("model"))) ? resolveAgainst(base, str("model"))
                                                                                                : str("model");
                s.timeline = str("timeline");
                s.exportOut = out;
                if (j.contains("format")) s.format = str("format");
                if (j.contains("voice")) s.voice = str("voice");
                s.wpm = j.value("wpm", 160);
                s.seed = j.value("seed", int64_t(-1));
                s.steps = j.value("steps", 0);
                if (s.lesson.empty() || s.dir.empty()) throw std::runtime_error("a storyboard job needs \"lesson\" and \"project\"");
                const int rc = runStoryboard(s, modelDir);
                if (rc != 0) throw std::runtime_error("storyboard failed (exit " + std::to_string(rc) + ")");
                row.status = "done";
                row.detail = out.empty() ? "timeline queued" : out;
            } else if (row.type == "export") {
                ExportArgs e;
                e.dir = resolveAgainst(base, str("project"));
                e.timeline = str("timeline");
                e.clip = j.value("clip", int64_t(0));
                if (j.contains("format")) e.format = str("format");
                e.out = out;
                e.size = str("size");
                if (e.dir.empty() || out.empty()) throw std::runtime_error("an export job needs \"project\" and \"out\"");
                const int rc = runExport(e);
                if (rc != 0) throw std::runtime_error("export failed (exit " + std::to_string(rc) + ")");
                row.status = "done";
                row.detail = out;
            } else {
                throw std::runtime_error("unknown job type '" + row.type + "' (use generate, storyboard or export)");
            }
        } catch (const std::exception& e) {
            row.status = "FAILED";
            row.detail = e.what();
            ++failed;
            std::cerr << "  failed: " << e.what() << "\n";
        }
        row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        rows.push_back(row);
    }
    std::cout << "\n" << std::left << std::setw(28) << "job" << std::setw(12) << "type" << std::setw(9) << "status"
              << std::right << std::setw(9) << "seconds" << "  " << "output / error" << "\n";
    for (const auto& r : rows)
        std::cout << std::left << std::setw(28) << r.name.substr(0, 27) << std::setw(12) << r.type << std::setw(9) << r.status
                  << std::right << std::setw(9) << std::fixed << std::setprecision(1) << r.seconds << "  " << r.detail << "\n";
    std::cout << rows.size() - size_t(failed) << " of " << rows.size() << " job(s) succeeded"
              << (shardCount > 1 ? " (shard " + a.shard + " of " + std::to_string(jobs.size()) + " jobs)" : "") << "\n";
    return failed > 0 ? 1 : 0;
}

// ---- timeline -----------------------------------------------------------------------------------

void printTimeline(const TimelineState& s) {
    std::cout << "timeline " << s.id << " '" << s.name << "': " << s.width << "x" << s.height << " at " << s.fps << " fps, "
              << s.duration() << " frames (" << std::fixed << std::setprecision(2) << s.duration() / s.fps << " s)\n";
    for (const auto& t : s.tracks) {
        std::cout << "  track " << t.id << " " << trackKindName(t.kind) << " '" << t.name << "'" << (t.muted ? " muted" : "")
                  << (t.locked ? " locked" : "") << "\n";
        for (const auto& it : t.items) {
            std::cout << "    item " << std::setw(4) << it.id << "  " << std::setw(6) << it.start << "-" << std::left
                      << std::setw(6) << it.end() << std::right << " in " << it.in << " ";
            if (it.clipId) std::cout << "clip " << it.clipId;
            else if (it.assetId) std::cout << "asset " << it.assetId;
            else if (it.jobId) std::cout << "pending shot (job " << it.jobId << ")";
            else std::cout << "title \"" << it.title.text << "\"";
            if (it.crossfadeIn) std::cout << ", crossfade " << it.crossfadeIn;
            if (it.fadeIn) std::cout << ", fade in " << it.fadeIn;
            if (it.fadeOut) std::cout << ", fade out " << it.fadeOut;
            for (const auto& f : it.filters) std::cout << ", filter " << f.plugin;
            if (!it.label.empty() && !it.isTitle()) std::cout << "  " << it.label.substr(0, 50);
            std::cout << "\n";
        }
    }
}

struct TimelineArgs {
    std::string dir, name, size = "832x480", timeline, track, title, transition;
    double fps = 16, at = -1, seconds = 0, transitionSeconds = 0.5;
    int64_t clip = 0, asset = 0, item = 0;
    bool json = false;
};

int64_t trackFor(const TimelineState& s, const std::string& want, TrackKind kind) {
    for (const auto& t : s.tracks)
        if (want.empty() ? t.kind == kind : (t.name == want || std::to_string(t.id) == want)) return t.id;
    throw std::runtime_error(want.empty() ? std::string("the timeline has no ") + trackKindName(kind) + " track"
                                          : "the timeline has no track '" + want + "'");
}

}  // namespace

void addTimelineCommands(CLI::App& app, int& exitCode, const std::string& modelDir) {
    auto tl = std::make_shared<TimelineArgs>();
    auto* timeline = app.add_subcommand("timeline", "Timelines of a project: list, create, show and add items");
    timeline->require_subcommand(1);
    auto* list = timeline->add_subcommand("list", "List the project's timelines");
    list->add_option("--project", tl->dir, "The project folder")->required();
    list->callback([&exitCode, tl] {
        auto p = openProject(tl->dir);
        const auto all = listTimelines(*p);
        if (all.empty()) std::cout << "no timelines\n";
        for (const auto& t : all)
            std::cout << std::setw(4) << t.id << "  " << std::left << std::setw(24) << t.name << std::right << t.width << "x"
                      << t.height << " " << t.fps << " fps  " << t.items << " items, " << std::fixed << std::setprecision(2)
                      << t.durationFrames / t.fps << " s\n";
        exitCode = 0;
    });
    auto* create = timeline->add_subcommand("create", "Make a timeline (with a video, a title and an audio track)");
    create->add_option("--project", tl->dir, "The project folder")->required();
    create->add_option("name", tl->name, "Its name")->required();
    create->add_option("--size", tl->size, "Frame size, e.g. 832x480");
    create->add_option("--fps", tl->fps, "Frames per second");
    create->callback([&exitCode, tl] {
        auto p = openProject(tl->dir);
        const auto [w, h] = parseSize(tl->size);
        std::cout << "created timeline " << createTimeline(*p, tl->name, w, h, tl->fps) << " '" << tl->name << "'\n";
        exitCode = 0;
    });
    auto* show = timeline->add_subcommand("show", "Show a timeline's tracks and items");
    show->add_option("--project", tl->dir, "The project folder")->required();
    show->add_option("timeline", tl->timeline, "Name or id")->required();
    show->callback([&exitCode, tl] {
        auto p = openProject(tl->dir);
        printTimeline(loadTimeline(*p, findTimeline(*p, tl->timeline)));
        exitCode = 0;
    });
    auto* add = timeline->add_subcommand("add", "Add a clip, an asset or a title card (at the end of its track by default)");
    add->add_option("--project", tl->dir, "The project folder")->required();
    add->add_option("timeline", tl->timeline, "Name or id")->required();
    add->add_option("--clip", tl->clip, "A clip id");
    add->add_option("--asset", tl->asset, "An asset id (image, video or audio)");
    add->add_option("--title", tl->title, "Title card text");
    add->add_option("--track", tl->track, "Track name or id (default: the first of the item's kind)");
    add->add_option("--at", tl->at, "Start in seconds (default: after the track's last item)");
    add->add_option("--seconds", tl->seconds, "Length in seconds (default: the whole clip; 2 s for titles and stills)");
    add->add_option("--transition", tl->transition, "crossfade, fade-in or fade-out")
        ->check(CLI::IsMember({"crossfade", "fade-in", "fade-out"}));
    add->add_option("--transition-seconds", tl->transitionSeconds, "Length of the transition");
    add->callback([&exitCode, tl] {
        auto p = openProject(tl->dir);
        TimelineModel m(*p, findTimeline(*p, tl->timeline));
        if (int(tl->clip != 0) + int(tl->asset != 0) + int(!tl->title.empty()) != 1)
            throw std::runtime_error("give one of --clip, --asset or --title");
        ItemSource src;
        src.clipId = tl->clip;
        src.assetId = tl->asset;
        src.title.text = tl->title;
        src.length = toFrames(tl->seconds, m.state().fps);
        TrackKind kind = !tl->title.empty() ? TrackKind::Title : TrackKind::Video;
        if (tl->asset && p->asset(tl->asset).kind == AssetKind::Audio) kind = TrackKind::Audio;
        const int64_t track = trackFor(m.state(), tl->track, kind);
        const int64_t id = m.requestInsert(track, src, tl->at < 0 ? -1 : toFrames(tl->at, m.state().fps));
        if (!tl->transition.empty())
            m.requestSetTransition(id, transitionFromName(tl->transition), toFrames(tl->transitionSeconds, m.state().fps));
        std::cout << "added item " << id << "\n";
        exitCode = 0;
    });
    auto filterArgs = std::make_shared<std::pair<std::vector<std::string>, std::vector<std::string>>>();
    auto* filter = timeline->add_subcommand("filter", "Set the clip-filter plugins of an item (none: remove them)");
    filter->add_option("--project", tl->dir, "The project folder")->required();
    filter->add_option("timeline", tl->timeline, "Name or id")->required();
    filter->add_option("--item", tl->item, "Item id (tessera timeline show)")->required();
    filter->add_option("--plugin", filterArgs->first, "A clip-filter plugin id (repeat to chain them)");
    filter->add_option("--param", filterArgs->second, "NAME=VALUE for the filter(s) (tessera plugins list --json shows them)");
    filter->callback([&exitCode, tl, filterArgs] {
        auto p = openProject(tl->dir);
        TimelineModel m(*p, findTimeline(*p, tl->timeline));
        std::vector<ItemFilter> filters;
        for (const auto& id : filterArgs->first) filters.push_back({id, filterArgs->second});
        m.requestSetFilters(tl->item, filters);
        std::cout << "item " << tl->item << ": " << filters.size() << " filter(s)\n";
        exitCode = 0;
    });
    auto* del = timeline->add_subcommand("delete", "Delete a timeline (its clips stay in the library)");
    del->add_option("--project", tl->dir, "The project folder")->required();
    del->add_option("timeline", tl->timeline, "Name or id")->required();
    del->callback([&exitCode, tl] {
        auto p = openProject(tl->dir);
        deleteTimeline(*p, findTimeline(*p, tl->timeline));
        std::cout << "deleted timeline " << tl->timeline << "\n";
        exitCode = 0;
    });

    auto ex = std::make_shared<ExportArgs>();
    auto* exportCmd = app.add_subcommand(
        "export", "Render a timeline (or one clip) to MP4, WebM, ProRes, GIF, PNG or EXR frames, or write it as OTIO/EDL");
    exportCmd->add_option("--project", ex->dir, "The project folder")->required();
    exportCmd->add_option("--timeline", ex->timeline, "Timeline name or id");
    exportCmd->add_option("--clip", ex->clip, "Export this clip instead of a timeline");
    exportCmd->add_option("--format", ex->format, "mp4, webm, prores, gif, png, exr, otio, edl, or plugin:ID (an exporter plugin)")
        ->check([](const std::string& f) {
            for (const char* ok : {"mp4", "webm", "prores", "gif", "png", "exr", "otio", "edl"})
                if (f == ok) return std::string();
            return f.rfind("plugin:", 0) == 0 && f.size() > 7 ? std::string()
                                                              : "use mp4, webm, prores, gif, png, exr, otio, edl or plugin:ID";
        });
    exportCmd->add_option("--out", ex->out, "Output file (a folder for png and exr)")->required();
    exportCmd->add_option("--size", ex->size, "Output size (default: the timeline's), e.g. 1280x720");
    exportCmd->add_flag("--no-subtitles", ex->noSubtitles, "Do not write .srt/.vtt sidecars");
    exportCmd->add_flag("--no-manifest", ex->noManifest, "Do not write the .manifest.json provenance sidecar");
    exportCmd->callback([&exitCode, ex] { exitCode = runExport(*ex); });

    auto sb = std::make_shared<StoryboardArgs>();
    auto* storyboard = app.add_subcommand("storyboard", "Turn a lesson script into a timeline with cards, shots and narration");
    storyboard->add_option("lesson", sb->lesson, "The lesson (Markdown-like; see docs/storyboard.md)")->required();
    storyboard->add_option("--project", sb->dir, "The project folder (created if missing)")->required();
    storyboard->add_option("--model", sb->model, "Model for the shots (default: the default model)");
    storyboard->add_option("--timeline", sb->timeline, "Timeline name (default: the lesson's file name)");
    storyboard->add_option("--export", sb->exportOut, "Generate the shots now and export the video here");
    storyboard->add_option("--format", sb->format, "Export format")->check(CLI::IsMember({"mp4", "webm", "prores", "gif"}));
    storyboard->add_option("--voice", sb->voice, "Narration voice (tessera narration voices)");
    storyboard->add_option("--wpm", sb->wpm, "Narration speed, words per minute")->check(CLI::Range(80, 450));
    storyboard->add_option("--seed", sb->seed, "Seed of the first shot (the next ones count up)");
    storyboard->add_option("--steps", sb->steps, "Sampling steps (default: the model's)");
    storyboard->add_option("--device", sb->device, "cpu or cuda");
    storyboard->callback([&exitCode, &modelDir, sb] { exitCode = runStoryboard(*sb, modelDir); });

    auto ba = std::make_shared<BatchArgs>();
    auto* batch = app.add_subcommand("batch", "Run a JSON list of generate / storyboard / export jobs (docs/batch.md)");
    batch->add_option("jobs", ba->file, "JOBS.json")->required();
    batch->add_option("--shard", ba->shard, "Run only every N-th job starting at I (I/N, for job arrays)");
    batch->add_flag("--force", ba->force, "Run jobs whose output exists too");
    batch->callback([&exitCode, &modelDir, ba] { exitCode = runBatch(*ba, modelDir); });

    auto na = std::make_shared<std::tuple<std::string, std::string, std::string, int>>("", "", "en", 160);
    auto* narration = app.add_subcommand("narration", "Text-to-speech for narration (espeak-ng)");
    narration->require_subcommand(1);
    auto* voices = narration->add_subcommand("voices", "List the installed voices");
    voices->callback([&exitCode] {
        size_t width = 0;
        const auto list = narrationVoices();
        for (const auto& v : list) width = std::max(width, v.language.size());
        for (const auto& v : list) std::cout << std::left << std::setw(int(width) + 2) << v.language << v.name << "\n";
        exitCode = 0;
    });
    auto* say = narration->add_subcommand("say", "Speak a text into a WAV file");
    say->add_option("text", std::get<0>(*na), "What to say")->required();
    say->add_option("--out", std::get<1>(*na), "WAV file to write")->required();
    say->add_option("--voice", std::get<2>(*na), "Voice");
    say->add_option("--wpm", std::get<3>(*na), "Words per minute")->check(CLI::Range(80, 450));
    say->callback([&exitCode, na] {
        NarrationOptions o;
        o.voice = std::get<2>(*na);
        o.wordsPerMinute = std::get<3>(*na);
        const AudioBuffer a = synthesizeSpeech(std::get<0>(*na), o);
        writeWav(std::get<1>(*na), a);
        std::cout << "wrote " << std::get<1>(*na) << " (" << std::fixed << std::setprecision(2) << a.durationSeconds()
                  << " s)\n";
        exitCode = 0;
    });
}

}  // namespace tessera::app
