#include "project_commands.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "tessera/app/library_import.h"
#include "tessera/app/media.h"
#include "tessera/app/models.h"
#include "tessera/app/plugins.h"
#include "tessera/safetensors.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace tessera::app {

std::string humanBytes(int64_t bytes) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1);
    if (bytes < 1024 * 1024) s << bytes / 1024.0 << " KiB";
    else if (bytes < 1024ll * 1024 * 1024) s << bytes / (1024.0 * 1024.0) << " MiB";
    else s << bytes / (1024.0 * 1024.0 * 1024.0) << " GiB";
    return s.str();
}

namespace {

std::string formatTime(int64_t ms) {
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

std::string shorten(const std::string& text, size_t width) {
    return text.size() <= width ? text : text.substr(0, width - 3) + "...";
}


int64_t randomSeed() {
    std::mt19937_64 rng{std::random_device{}()};
    return static_cast<int64_t>(rng() >> 1);
}

// Terminal progress of one generation: a redrawn line on a TTY, stage changes otherwise.
class ProgressLine {
public:
    explicit ProgressLine(std::string label) : label_(std::move(label)), tty_(isatty(STDERR_FILENO)) {}
    void operator()(const Progress& p, double fraction) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (p.stage == "done") return;  // the caller reports the outcome
        if (tty_) {
            std::fprintf(stderr, "\r%s %-12s %3d/%-3d %3.0f%%   ", label_.c_str(), p.stage.c_str(), p.step, p.total,
                         fraction * 100);
            drawn_ = true;
        } else if (p.stage != stage_) {
            std::fprintf(stderr, "%s %s\n", label_.c_str(), p.stage.c_str());
        }
        stage_ = p.stage;
        std::fflush(stderr);
    }
    void end() {
        std::lock_guard<std::mutex> lock(mutex_);
        if (tty_ && drawn_) std::fprintf(stderr, "\n");
        drawn_ = false;
    }

private:
    std::string label_;
    bool tty_, drawn_ = false;
    std::string stage_;
    std::mutex mutex_;
};

// "asset:N", "clip:N" or a file to import.
InputRef inputRef(ProjectLibrary& p, const std::string& arg) {
    for (const char* prefix : {"asset:", "clip:"}) {
        if (arg.rfind(prefix, 0) != 0) continue;
        int64_t id = 0;
        try {
            id = std::stoll(arg.substr(std::strlen(prefix)));
        } catch (const std::exception&) {
            throw std::runtime_error("'" + arg + "' must be " + prefix + "<number>");
        }
        if (prefix[0] == 'a') return InputRef{p.asset(id).id, 0};
        return InputRef{0, p.clip(id).id};
    }
    return InputRef{importFiles(p, {arg}).front().assetId, 0};
}

json clipJson(const ClipRecord& c) {
    return {{"id", c.id},
            {"file", c.file.name},
            {"sha256", c.file.sha256},
            {"size_bytes", c.file.sizeBytes},
            {"width", c.width},
            {"height", c.height},
            {"frames", c.frames},
            {"fps", c.fps},
            {"duration_seconds", c.durationSeconds},
            {"title", c.title},
            {"created_ms", c.createdMs},
            {"favourite", c.favourite},
            {"rating", c.rating},
            {"tags", c.tags},
            {"parent_clip", c.parentClipId},
            {"generation", c.generationId},
            {"prompt", c.prompt}};
}

json jobJson(const JobRecord& j) {
    return {{"id", j.id},
            {"state", jobStateName(j.state)},
            {"prompt", j.prompt},
            {"task", j.task},
            {"model", j.model},
            {"device", j.device},
            {"worker", j.worker},
            {"stage", j.stage},
            {"step", j.step},
            {"total", j.total},
            {"progress", j.progress},
            {"error", j.error},
            {"attempts", j.attempts},
            {"clip", j.clipId},
            {"created_ms", j.createdMs},
            {"request", json::parse(j.requestJson, nullptr, false)}};
}

// ---- project ----

int cmdProjectCreate(const std::string& dir) {
    auto p = ProjectLibrary::create(dir);
    std::cout << "created project " << p->dir() << " (schema version " << kSchemaVersion << ")\n";
    return 0;
}

int cmdProjectInfo(const std::string& dir, bool asJson) {
    auto p = openProject(dir);
    const ProjectSummary s = p->summary();
    if (asJson) {
        std::cout << json{{"dir", s.dir},
                          {"schema_version", s.schemaVersion},
                          {"created_by", s.createdBy},
                          {"created_ms", s.createdMs},
                          {"clips", s.clips},
                          {"assets", s.assets},
                          {"generations", s.generations},
                          {"jobs", s.jobs},
                          {"database_bytes", s.databaseBytes},
                          {"media_bytes", s.mediaBytes},
                          {"synchronous", s.synchronous},
                          {"backups", s.backups},
                          {"read_only", s.readOnly}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    std::cout << "project   " << s.dir << (s.readOnly ? "  (read-only)" : "") << "\n";
    std::cout << "schema    version " << s.schemaVersion << " (created by Tessera " << s.createdBy << " on "
              << formatTime(s.createdMs) << ")\n";
    std::cout << "clips     " << s.clips << " (" << s.generations << " generations), assets " << s.assets << "\n";
    std::cout << "jobs      ";
    bool first = true;
    for (const char* state : {"queued", "running", "done", "failed", "cancelled"}) {
        std::cout << (first ? "" : ", ") << s.jobs.at(state) << " " << state;
        first = false;
    }
    std::cout << "\nstorage   database " << humanBytes(s.databaseBytes) << ", media " << humanBytes(s.mediaBytes)
              << "\nsync      " << s.synchronous << "\nbackups   " << s.backups.size()
              << (s.backups.empty() ? "" : " (newest " + s.backups.back() + ")") << "\n";
    return 0;
}

int cmdProjectCheck(const std::string& dir, bool asJson) {
    auto p = openProject(dir);
    const CheckReport r = p->check();
    if (asJson) {
        std::cout << json{{"ok", r.ok()},
                          {"integrity_ok", r.integrityOk},
                          {"integrity_errors", r.integrityErrors},
                          {"missing_files", r.missingFiles},
                          {"corrupt_files", r.corruptFiles},
                          {"unreferenced_files", r.unreferencedFiles},
                          {"temporaries", r.temporaries},
                          {"files_checked", r.filesChecked}}
                         .dump(2)
                  << "\n";
        return r.ok() ? 0 : 1;
    }
    for (const auto& e : r.integrityErrors) std::cout << "damaged: " << e << "\n";
    for (const auto& f : r.missingFiles) std::cout << "missing: " << f << "\n";
    for (const auto& f : r.corruptFiles) std::cout << "altered (hash differs): " << f << "\n";
    for (const auto& f : r.unreferencedFiles)
        std::cout << "note: unused " << f << " (removed the next time the project is opened by one process)\n";
    for (const auto& f : r.temporaries)
        std::cout << "note: leftover " << f << " of an interrupted write (removed likewise)\n";
    if (r.ok()) {
        std::cout << "ok: the database passes integrity_check; " << r.filesChecked
                  << " media files are present with their hashes\n";
        return 0;
    }
    std::cout << "FAILED: " << p->dir() << " has problems (restore the database from backups/ if it is damaged)\n";
    return 1;
}

int cmdProjectSet(const std::string& dir, const std::string& key, const std::string& value) {
    auto p = openProject(dir);
    p->setSetting(key, value);
    std::cout << key << " = " << value << "\n";
    return 0;
}

// ---- import ----

int cmdImport(const std::string& dir, const std::vector<std::string>& files, bool asJson) {
    auto p = openProject(dir);
    const auto imported = importFiles(*p, files);
    json out = json::array();
    for (const auto& f : imported) {
        if (asJson) {
            out.push_back({{"path", f.path},
                           {"asset", f.assetId},
                           {"kind", assetKindName(f.kind)},
                           {"already_there", f.alreadyThere}});
        } else if (f.alreadyThere) {
            std::cout << f.path << ": already in the project as asset " << f.assetId << "\n";
        } else {
            const AssetRecord a = p->asset(f.assetId);
            std::cout << "imported " << f.path << " as asset " << a.id << " (" << assetKindName(a.kind);
            if (a.width > 0) std::cout << " " << a.width << "x" << a.height;
            if (a.frames > 1) std::cout << ", " << a.frames << " frames";
            if (a.durationSeconds > 0) std::cout << ", " << std::setprecision(3) << a.durationSeconds << " s";
            if (a.rotationDegrees != 0)
                std::cout << ", displayed turned " << a.rotationDegrees << " degrees counterclockwise";
            std::cout << ")\n";
        }
    }
    if (asJson) std::cout << out.dump(2) << "\n";
    return 0;
}

// ---- queue ----

int cmdQueueAdd(const std::string& dir, const GenerateOptions& o, int count) {
    if (!o.out.empty() || !o.latents.empty())
        throw std::runtime_error(
            "queue add keeps the clip in the project; export it afterwards with "
            "`tessera clip export` (--out and --latents do not apply)");
    auto p = openProject(dir);
    JobSpec spec = jobSpecFromOptions(*p, o);
    // Several copies of one request are variations: each gets its own seed.
    std::vector<std::string> requests;
    for (int i = 0; i < count; ++i) {
        JobSpec s = spec;
        if (s.request.seed >= 0) s.request.seed += i;
        requests.push_back(jobSpecToJson(s));
    }
    const std::vector<int64_t> ids = JobQueue(*p).addAll(requests);
    if (o.json) {
        std::cout << json{{"jobs", ids}}.dump(2) << "\n";
        return 0;
    }
    for (int64_t id : ids) std::cout << "queued job " << id << ": " << shorten(spec.request.prompt, 60) << "\n";
    return 0;
}

int cmdQueueList(const std::string& dir, bool asJson) {
    auto p = openProject(dir);
    const auto jobs = JobQueue(*p).list();
    if (asJson) {
        json out = json::array();
        for (const auto& j : jobs) out.push_back(jobJson(j));
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    if (jobs.empty()) std::cout << "the queue is empty (add jobs with `tessera queue add`)\n";
    for (const auto& j : jobs) {
        std::cout << std::setw(5) << j.id << "  " << std::left << std::setw(9) << jobStateName(j.state) << std::right;
        if (j.state == JobState::Running) {
            std::cout << std::setw(4) << static_cast<int>(j.progress * 100) << "% " << j.stage << " on " << j.worker
                      << "  ";
        }
        std::cout << shorten(j.prompt, 50);
        if (j.clipId > 0) std::cout << "  -> clip " << j.clipId;
        if (!j.error.empty()) std::cout << "  (" << j.error << ")";
        std::cout << "\n";
    }
    return 0;
}

int cmdQueueRun(const std::string& dir, const RunnerOptions& options) {
    QueueRunner runner(dir, options);
    std::map<int64_t, std::unique_ptr<ProgressLine>> lines;
    std::mutex mutex;
    int failed = 0, done = 0;
    runner.setCallback([&](const JobEvent& e) {
        std::lock_guard<std::mutex> lock(mutex);
        auto& line = lines[e.jobId];
        if (!line) line = std::make_unique<ProgressLine>("job " + std::to_string(e.jobId));
        switch (e.kind) {
            case JobEvent::Kind::Started:
                std::cout << "job " << e.jobId << " started on " << e.device << std::endl;
                break;
            case JobEvent::Kind::Progress:
                (*line)(e.progress, e.fraction);
                break;
            case JobEvent::Kind::Finished:
                line->end();
                if (e.state == JobState::Done) ++done;
                if (e.state == JobState::Failed) ++failed;
                std::cout << "job " << e.jobId << " " << jobStateName(e.state)
                          << (e.clipId > 0 ? ": clip " + std::to_string(e.clipId) : "")
                          << (e.error.empty() ? "" : ": " + e.error) << std::endl;
                break;
            case JobEvent::Kind::WorkerError:
                ++failed;
                std::cerr << "tessera: error: the " << e.device << " worker stopped: " << e.error << std::endl;
                break;
            default:
                break;
        }
    });
    InterruptScope interrupts;
    runner.start();
    if (runner.recovered() > 0)
        std::cout << runner.recovered() << " job(s) interrupted by a crash went back to the queue" << std::endl;
    while (!runner.wait(200)) {
        if (interrupted()) runner.stop();
    }
    std::cout << done << " done, " << failed << " failed" << std::endl;
    if (interrupted()) return 130;
    return failed > 0 ? 1 : 0;
}

int cmdQueueEdit(const std::string& dir, const std::string& action, const std::vector<int64_t>& ids, int64_t seed,
                 int position) {
    auto p = openProject(dir);
    JobQueue q(*p);
    for (int64_t id : ids) {
        if (action == "cancel") {
            q.cancel(id);
            std::cout << "job " << id << ": " << jobStateName(q.job(id).state)
                      << (q.job(id).state == JobState::Running ? " (its runner stops it)" : "") << "\n";
        } else if (action == "retry") {
            q.retry(id);
            std::cout << "job " << id << " queued again\n";
        } else if (action == "duplicate") {
            const int64_t copy = q.duplicate(id, seed >= 0 ? seed : randomSeed());
            std::cout << "job " << copy << " queued: a variation of job " << id << " (seed "
                      << json::parse(q.job(copy).requestJson)["seed"] << ")\n";
        } else if (action == "move") {
            q.move(id, position - 1);
            std::cout << "job " << id << " is now number " << position << " in the queue\n";
        }
    }
    return 0;
}

// ---- clip ----

int cmdClipList(const std::string& dir, const ClipFilter& filter, bool asJson) {
    auto p = openProject(dir);
    const auto clips = p->clips(filter);
    if (asJson) {
        json out = json::array();
        for (const auto& c : clips) out.push_back(clipJson(c));
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    if (clips.empty()) std::cout << "no clips\n";
    for (const auto& c : clips) {
        std::cout << std::setw(5) << c.id << "  " << formatTime(c.createdMs) << "  " << std::setw(4) << c.width << "x"
                  << std::left << std::setw(4) << c.height << std::right << std::setw(4) << c.frames << " fr  "
                  << (c.favourite ? "*" : " ") << (c.rating > 0 ? std::string(c.rating, '+') : "") << " "
                  << shorten(c.title.empty() ? c.prompt : c.title, 60) << "\n";
    }
    return 0;
}

int cmdClipShow(const std::string& dir, int64_t id, bool asJson) {
    auto p = openProject(dir);
    const ClipRecord c = p->clip(id);
    json j = clipJson(c);
    j["path"] = p->mediaPath(c.file.name);
    if (c.generationId > 0) {
        const GenerationRecord g = p->generation(c.generationId);
        json inputs = json::object();
        for (const auto& [role, ref] : g.inputs)
            inputs[role] = ref.assetId > 0 ? json{{"asset", ref.assetId}} : json{{"clip", ref.clipId}};
        j["recipe"] = json::parse(g.recipeJson, nullptr, false);
        j["inputs"] = inputs;
        j["model_path"] = g.modelPath;
        j["timings_seconds"] = g.timingsSeconds;
    }
    if (asJson) {
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << "clip " << c.id << (c.title.empty() ? "" : ": " + c.title) << "\n";
    std::cout << "  file      " << j["path"].get<std::string>() << " (" << humanBytes(c.file.sizeBytes) << ")\n";
    std::cout << "  video     " << c.width << "x" << c.height << ", " << c.frames << " frames at " << c.fps << " fps ("
              << std::setprecision(3) << c.durationSeconds << " s)\n";
    std::cout << "  created   " << formatTime(c.createdMs) << (c.favourite ? ", favourite" : "")
              << (c.rating > 0 ? ", rated " + std::to_string(c.rating) : "") << "\n";
    if (!c.tags.empty()) {
        std::cout << "  tags     ";
        for (const auto& t : c.tags) std::cout << " " << t;
        std::cout << "\n";
    }
    if (c.parentClipId > 0) std::cout << "  from clip " << c.parentClipId << "\n";
    if (j.contains("recipe")) {
        const json& r = j["recipe"];
        std::cout << "  prompt    " << c.prompt << "\n";
        if (r.value("enhanced_prompt", "") != c.prompt)
            std::cout << "  model got " << r.value("enhanced_prompt", "") << "\n";
        std::cout << "  recipe    " << r.value("task", "") << ", seed " << r.value("seed", int64_t(0)) << ", "
                  << r.value("steps", 0) << " steps " << r.value("sampler", "") << ", guidance "
                  << r.value("guidance", 0.0) << ", shift " << r.value("shift", 0.0) << "\n";
        std::cout << "  model     " << r["model"].value("name", "") << " (" << j["model_path"].get<std::string>()
                  << ") on " << r.value("device", "") << ", " << r.value("dtype", "") << "\n";
        for (const auto& [role, ref] : j["inputs"].items())
            std::cout << "  input     " << role << ": " << ref.dump() << "\n";
    }
    return 0;
}

int exportClip(ProjectLibrary& project, int64_t id, const std::string& out, const std::string& latentsPath) {
    const ClipRecord c = project.clip(id);
    const std::string src = project.mediaPath(c.file.name);
    const std::string ext = fs::path(out).extension().string();
    if (!isSupportedOutput(out))
        throw MediaError(out + ": unsupported output type (use .mp4, .webm, .gif, or .png for one frame)");
    if (ext == fs::path(src).extension().string()) {
        // Same container: the stored file bit for bit, written under a temporary name first.
        const std::string tmp =
            (fs::path(out).parent_path() / ("." + fs::path(out).filename().string() + ".tmp")).string();
        std::error_code ec;
        fs::copy_file(src, tmp, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::rename(tmp, out, ec);
        if (ec) {
            fs::remove(tmp);
            throw MediaError(out + ": cannot write (" + ec.message() + ")");
        }
    } else {
        Clip clip = readClip(src);
        clip.fps = c.fps;
        writeClip(out, clip, {{"title", c.prompt}, {"comment", "exported from Tessera clip " + std::to_string(id)}});
    }
    std::cout << "wrote " << out << "\n";
    if (!latentsPath.empty()) {
        if (c.generationId == 0) throw std::runtime_error("clip " + std::to_string(id) + " has no latents");
        const LatentBlob l = project.latents(c.generationId);
        SafetensorsWriter w;
        w.setMetadata("recipe", project.generation(c.generationId).recipeJson);
        w.add("latents", dtypeFromName(l.dtype), l.shape, l.bytes.data(), l.bytes.size());
        w.write(latentsPath);
        std::cout << "wrote " << latentsPath << "\n";
    }
    return 0;
}

int cmdClipExport(const std::string& dir, int64_t id, const std::string& out, const std::string& latentsPath) {
    auto p = openProject(dir);
    return exportClip(*p, id, out, latentsPath);
}

int cmdClipRegenerate(const std::string& dir, int64_t id, const std::string& device) {
    auto p = openProject(dir);
    const ClipRecord original = p->clip(id);
    ModelCache models;
    ProgressLine line("clip " + std::to_string(id));
    InterruptScope interrupts;
    std::atomic<bool> cancel{false};
    const GenerationRecord g = p->generation(original.generationId);
    const int64_t copy = regenerateClip(
        *p, id, models,
        [&](const Progress& pr) {
            if (interrupted()) cancel = true;
            line(pr, jobFraction(pr, false));
        },
        &cancel, device);
    line.end();
    const ClipRecord made = p->clip(copy);
    const bool sameLatents = p->latents(made.generationId).bytes == p->latents(original.generationId).bytes;
    const std::string newDevice = p->generation(made.generationId).device;
    std::cout << "regenerated clip " << id << " as clip " << copy << " on " << newDevice << ": ";
    if (sameLatents) {
        std::cout << "identical (latents match bit for bit"
                  << (made.file.sha256 == original.file.sha256 ? ", same file" : "") << ")\n";
        return 0;
    }
    std::cout << "different from the original";
    if (newDevice != g.device) {
        std::cout << " (made on " << g.device << "; results match only on the same device)\n";
        return 0;
    }
    std::cout << " although made on the same device: please report this\n";
    return 1;
}

int cmdClipDelete(const std::string& dir, const std::vector<int64_t>& ids) {
    auto p = openProject(dir);
    p->deleteClips(ids);
    std::cout << "deleted " << ids.size() << " clip(s)\n";
    return 0;
}

int cmdClipSet(const std::string& dir, int64_t id, const ClipChanges& changes) {
    auto p = openProject(dir);
    p->updateClip(id, changes);
    std::cout << "updated clip " << id << "\n";
    return 0;
}

int cmdSearch(const std::string& dir, const std::vector<std::string>& words, int limit, bool asJson) {
    auto p = openProject(dir);
    std::string text;
    for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
    const auto hits = p->search(text, limit);
    if (asJson) {
        json out = json::array();
        for (const auto& h : hits) out.push_back({{"clip", h.clipId}, {"prompt", h.prompt}, {"match", h.snippet}});
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    if (hits.empty()) std::cout << "no clip matches '" << text << "'\n";
    for (const auto& h : hits) std::cout << std::setw(5) << h.clipId << "  " << h.snippet << "\n";
    return 0;
}

// Every option of every command, alive as long as the CLI11 app that binds to it.
struct CommandState {
    std::string dir, key, value, out, latents, device, tag, title;
    std::vector<std::string> files, words, devices;
    std::vector<int64_t> ids;
    int64_t id = 0, seed = -1;
    bool json = false, favouritesOnly = false, untilEmpty = false;
    int count = 1, maxAttempts = 3, position = 1, limit = 50, rating = -1;
    std::string favourite;
    std::vector<std::string> tags;
    GenerateOptions gen;
};

CLI::Option* addProjectOption(CLI::App* cmd, std::string& dir) {
    return cmd->add_option("--project", dir, "The project folder")->required();
}

void addProjectGroup(CLI::App& app, int& exitCode, const std::shared_ptr<CommandState>& s) {
    auto* project = app.add_subcommand("project", "Create, inspect and check projects");
    project->require_subcommand(1);
    auto* create = project->add_subcommand("create", "Make a new project folder");
    create->add_option("dir", s->dir, "Project folder")->required();
    create->callback([&exitCode, s] { exitCode = cmdProjectCreate(s->dir); });
    auto* info = project->add_subcommand("info", "Show what a project holds");
    info->add_option("dir", s->dir, "Project folder")->required();
    info->add_flag("--json", s->json, "Machine-readable output");
    info->callback([&exitCode, s] { exitCode = cmdProjectInfo(s->dir, s->json); });
    auto* check = project->add_subcommand(
        "check", "Check the database and every media file's hash (exit 0 only if all is sound)");
    check->add_option("dir", s->dir, "Project folder")->required();
    check->add_flag("--json", s->json, "Machine-readable output");
    check->callback([&exitCode, s] { exitCode = cmdProjectCheck(s->dir, s->json); });
    auto* set = project->add_subcommand("set", "Change a project setting (synchronous = normal | full)");
    set->add_option("dir", s->dir, "Project folder")->required();
    set->add_option("key", s->key, "Setting")->required();
    set->add_option("value", s->value, "Value")->required();
    set->callback([&exitCode, s] { exitCode = cmdProjectSet(s->dir, s->key, s->value); });

    auto* import = app.add_subcommand("import", "Import images, video or audio into a project as assets");
    addProjectOption(import, s->dir);
    import->add_option("files", s->files, "Files to import")->required();
    import->add_flag("--json", s->json, "Machine-readable output");
    import->callback([&exitCode, s] { exitCode = cmdImport(s->dir, s->files, s->json); });

    auto* search = app.add_subcommand("search", "Find clips by the words of their prompts");
    addProjectOption(search, s->dir);
    search->add_option("text", s->words, "Words to find (all must occur; word starts match)")->required();
    search->add_option("--limit", s->limit, "At most this many clips")->check(CLI::Range(1, 100000));
    search->add_flag("--json", s->json, "Machine-readable output");
    search->callback([&exitCode, s] { exitCode = cmdSearch(s->dir, s->words, s->limit, s->json); });
}

void addQueueGroup(CLI::App& app, int& exitCode, const std::string& modelDir, const std::shared_ptr<CommandState>& s) {
    auto* queue = app.add_subcommand("queue", "The generation queue of a project");
    queue->require_subcommand(1);
    auto* add = queue->add_subcommand("add", "Queue a generation (the options of `tessera generate`)");
    addProjectOption(add, s->dir);
    addGenerateOptions(add, s->gen);
    add->add_option("--count", s->count, "Queue this many variations (seeds counted up from --seed)")
        ->check(CLI::Range(1, 1000));
    add->callback([&exitCode, &modelDir, s] {
        s->gen.modelDir = modelDir;
        exitCode = cmdQueueAdd(s->dir, s->gen, s->count);
    });
    auto* list = queue->add_subcommand("list", "List the jobs: running, queued (in order), finished");
    addProjectOption(list, s->dir);
    list->add_flag("--json", s->json, "Machine-readable output");
    list->callback([&exitCode, s] { exitCode = cmdQueueList(s->dir, s->json); });
    auto* run = queue->add_subcommand("run", "Run the queued jobs (one worker per device) until stopped");
    addProjectOption(run, s->dir);
    run->add_flag("--until-empty", s->untilEmpty, "Stop when no queued job is left");
    run->add_option("--device", s->devices, "A device to run on (repeat for one worker per device)");
    run->add_option("--max-attempts", s->maxAttempts, "Fail a job that crashes the runner this many times")
        ->check(CLI::Range(1, 1000000));
    run->callback([&exitCode, s] {
        RunnerOptions o;
        o.devices = s->devices;
        o.untilEmpty = s->untilEmpty;
        o.maxAttempts = s->maxAttempts;
        exitCode = cmdQueueRun(s->dir, o);
    });
    for (const char* action : {"cancel", "retry", "duplicate", "move"}) {
        const std::string a = action;
        const char* help = a == "cancel"      ? "Cancel jobs (a running one stops at its next step)"
                           : a == "retry"     ? "Queue failed or cancelled jobs again"
                           : a == "duplicate" ? "Queue a variation of a job with a new seed"
                                              : "Move a queued job to a position (1 = next)";
        auto* cmd = queue->add_subcommand(action, help);
        addProjectOption(cmd, s->dir);
        cmd->add_option("ids", s->ids, "Job ids")->required();
        if (a == "duplicate") cmd->add_option("--seed", s->seed, "The variation's seed (default: random)");
        if (a == "move")
            cmd->add_option("--to", s->position, "New position, 1 = next")->required()->check(CLI::PositiveNumber);
        cmd->callback([&exitCode, s, a] { exitCode = cmdQueueEdit(s->dir, a, s->ids, s->seed, s->position); });
    }
}

void addClipGroup(CLI::App& app, int& exitCode, const std::shared_ptr<CommandState>& s) {
    auto* clip = app.add_subcommand("clip", "The clips of a project");
    clip->require_subcommand(1);
    auto* list = clip->add_subcommand("list", "List clips");
    addProjectOption(list, s->dir);
    list->add_flag("--json", s->json, "Machine-readable output");
    list->add_flag("--favourites", s->favouritesOnly, "Only favourites");
    list->add_option("--tag", s->tag, "Only clips with this tag");
    list->callback([&exitCode, s] {
        ClipFilter f;
        f.favouritesOnly = s->favouritesOnly;
        f.tag = s->tag;
        exitCode = cmdClipList(s->dir, f, s->json);
    });
    auto* show = clip->add_subcommand("show", "Show a clip with its recipe");
    addProjectOption(show, s->dir);
    show->add_option("id", s->id, "Clip id")->required();
    show->add_flag("--json", s->json, "Machine-readable output");
    show->callback([&exitCode, s] { exitCode = cmdClipShow(s->dir, s->id, s->json); });
    auto* exportCmd =
        clip->add_subcommand("export", "Write a clip to a file (.mp4 as stored; .webm/.gif/.png converted)");
    addProjectOption(exportCmd, s->dir);
    exportCmd->add_option("id", s->id, "Clip id")->required();
    exportCmd->add_option("-o,--out", s->out, "Output file")->required();
    exportCmd->add_option("--latents", s->latents, "Also write its final latents to this .safetensors file");
    exportCmd->callback([&exitCode, s] { exitCode = cmdClipExport(s->dir, s->id, s->out, s->latents); });
    auto* regen = clip->add_subcommand("regenerate", "Run a clip's recipe again (same device: identical frames)");
    addProjectOption(regen, s->dir);
    regen->add_option("id", s->id, "Clip id")->required();
    regen->add_option("--device", s->device, "Device (default: the one that made the clip)");
    regen->callback([&exitCode, s] { exitCode = cmdClipRegenerate(s->dir, s->id, s->device); });
    auto* del = clip->add_subcommand("delete", "Delete clips with their recipes and latents");
    addProjectOption(del, s->dir);
    del->add_option("ids", s->ids, "Clip ids")->required();
    del->callback([&exitCode, s] { exitCode = cmdClipDelete(s->dir, s->ids); });
    auto* set = clip->add_subcommand("set", "Change a clip's title, favourite mark, rating or tags");
    addProjectOption(set, s->dir);
    set->add_option("id", s->id, "Clip id")->required();
    set->add_option("--title", s->title, "Title");
    set->add_option("--favourite", s->favourite, "yes or no")->check(CLI::IsMember({"yes", "no"}));
    set->add_option("--rating", s->rating, "0 (none) to 5")->check(CLI::Range(0, 5));
    set->add_option("--tags", s->tags, "Tags (replace the clip's tags)")->delimiter(',');
    set->callback([&exitCode, s, set] {
        ClipChanges ch;
        if (set->count("--title")) ch.title = s->title;
        if (set->count("--favourite")) ch.favourite = s->favourite == "yes";
        if (set->count("--rating")) ch.rating = s->rating;
        if (set->count("--tags")) ch.tags = s->tags;
        exitCode = cmdClipSet(s->dir, s->id, ch);
    });
}

}  // namespace

namespace {
std::atomic<int> gInterrupts{0};
int gInterruptDepth = 0;  // scopes nest (batch -> storyboard -> queue run): only the outermost installs

void onInterrupt(int) {
    if (gInterrupts.fetch_add(1) > 0) _exit(130);  // a second Ctrl-C leaves at once
}
}  // namespace

std::unique_ptr<ProjectLibrary> openProject(const std::string& dir) {
    auto p = ProjectLibrary::open(dir);
    for (const auto& n : p->notes()) std::cerr << "note: " << n << "\n";
    return p;
}

InterruptScope::InterruptScope() {
    if (gInterruptDepth++ > 0) return;
    gInterrupts = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptScope::~InterruptScope() {
    if (--gInterruptDepth > 0) return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool interrupted() { return gInterrupts > 0; }

int runQueueUntilEmpty(const std::string& projectDir) {
    RunnerOptions o;
    o.untilEmpty = true;
    return cmdQueueRun(projectDir, o);
}

JobSpec jobSpecFromOptions(ProjectLibrary& p, const GenerateOptions& o) {
    JobSpec s;
    s.request = requestFromOptions(o);
    if (!o.filterPlugin.empty())
        throw GenerationError(ErrorKind::BadRequest,
                              "--filter-plugin applies to `tessera generate --out` only; for a project clip, export it "
                              "and run `tessera plugins filter`");
    if (!o.enhancerPlugin.empty()) {  // the job stores the rewritten prompt
        auto plugins = PluginManager::standard();
        try {
            s.request.prompt = plugins.use(o.enhancerPlugin,
                                           [&](PluginProcess& e) { return e.enhance(s.request.prompt, o.enhancerOption); });
        } catch (const PluginError& e) {
            throw GenerationError(ErrorKind::BadRequest, e.what());
        }
    }
    s.request.frames = o.frames;
    s.seconds = o.seconds;
    s.model = fs::absolute(resolveModel(o.model, o.modelDir)).string();
    s.modelName = fs::path(s.model).filename().string();
    if (!o.mask.empty() && o.video.empty())
        throw GenerationError(ErrorKind::BadRequest, "--mask needs --video (the clip to inpaint)");
    if (!o.image.empty()) s.inputs["image"] = inputRef(p, o.image);
    if (!o.endImage.empty()) s.inputs["end_image"] = inputRef(p, o.endImage);
    if (!o.video.empty()) s.inputs["video"] = inputRef(p, o.video);
    if (!o.extend.empty()) s.inputs["video"] = inputRef(p, o.extend);
    if (!o.connect.empty()) {
        s.inputs["video"] = inputRef(p, o.connect[0]);
        s.inputs["video_b"] = inputRef(p, o.connect[1]);
    }
    if (!o.mask.empty()) s.inputs["mask"] = inputRef(p, o.mask);
    return s;
}

int runGenerateInProject(const GenerateOptions& o, const std::string& projectDir) {
    auto p = openProject(projectDir);
    JobSpec spec = jobSpecFromOptions(*p, o);
    ModelCache models;
    ProgressLine line("generate");
    InterruptScope interrupts;
    std::atomic<bool> cancel{false};
    const int64_t id = runSpec(
        *p, spec, models,
        [&](const Progress& pr) {
            if (interrupted()) cancel = true;
            line(pr, jobFraction(pr, spec.request.refine));
        },
        &cancel);
    line.end();
    const ClipRecord c = p->clip(id);
    if (!o.out.empty()) exportClip(*p, id, o.out, o.latents);
    if (o.json) {
        json j = clipJson(c);
        j["path"] = p->mediaPath(c.file.name);
        std::cout << j.dump(2) << "\n";
    } else {
        std::cout << "clip " << id << " (" << c.width << "x" << c.height << ", " << c.frames << " frames, seed "
                  << p->generation(c.generationId).seed << ")\n";
    }
    return 0;
}

void addProjectCommands(CLI::App& app, int& exitCode, const std::string& modelDir) {
    auto state = std::make_shared<CommandState>();
    addProjectGroup(app, exitCode, state);
    addQueueGroup(app, exitCode, modelDir, state);
    addClipGroup(app, exitCode, state);
}

}  // namespace tessera::app
