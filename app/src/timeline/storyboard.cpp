// Lesson scripts to timelines (storyboard.h).
#include "tessera/app/storyboard.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "tessera/app/encoder.h"
#include "tessera/app/library_import.h"
#include "tessera/app/project.h"
#include "tessera/app/queue.h"
#include "tessera/app/queue_runner.h"
#include "tessera/app/timeline.h"

namespace tessera::app {

namespace fs = std::filesystem;

namespace {

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

std::vector<LessonBlock> parseLesson(const std::string& text, const std::string& what) {
    std::vector<LessonBlock> blocks;
    std::vector<std::string> pending;  // narration paragraphs waiting for the next card or shot
    std::string paragraph;
    auto endParagraph = [&] {
        if (!paragraph.empty()) pending.push_back(paragraph);
        paragraph.clear();
    };
    auto add = [&](LessonBlock b) {
        endParagraph();
        for (const auto& p : pending) b.narration += (b.narration.empty() ? "" : "\n\n") + p;
        pending.clear();
        blocks.push_back(std::move(b));
    };
    static const std::regex shotLine(R"(^shot(\s+([0-9]+(\.[0-9]+)?)\s*s)?\s*:\s*(.*)$)", std::regex::icase);
    std::istringstream in(text);
    std::string raw;
    int lineNo = 0;
    while (std::getline(in, raw)) {
        ++lineNo;
        const std::string line = trim(raw);
        if (line.empty()) {
            endParagraph();
            continue;
        }
        if (line.rfind("## ", 0) == 0 || line.rfind("# ", 0) == 0) {
            const bool section = line[1] == '#';
            LessonBlock b;
            b.kind = section ? LessonBlock::Kind::Section : LessonBlock::Kind::Title;
            b.text = trim(line.substr(section ? 3 : 2));
            b.seconds = section ? 2 : 3;
            b.line = lineNo;
            if (b.text.empty()) throw std::runtime_error(what + ":" + std::to_string(lineNo) + ": a card needs text");
            add(b);
            continue;
        }
        std::smatch m;
        const std::string lower = [&] {
            std::string l = line.substr(0, std::min<size_t>(line.size(), 5));
            std::transform(l.begin(), l.end(), l.begin(), ::tolower);
            return l;
        }();
        if (lower.rfind("shot", 0) == 0 && (line.size() == 4 || line[4] == ':' || line[4] == ' ')) {
            if (!std::regex_match(line, m, shotLine))
                throw std::runtime_error(what + ":" + std::to_string(lineNo) +
                                         ": a shot line looks like 'shot: PROMPT' or 'shot 4s: PROMPT', not '" + line + "'");
            LessonBlock b;
            b.kind = LessonBlock::Kind::Shot;
            b.text = trim(m[4].str());
            b.seconds = m[2].matched ? std::stod(m[2].str()) : 2.0;
            b.line = lineNo;
            if (b.text.empty()) throw std::runtime_error(what + ":" + std::to_string(lineNo) + ": the shot has no prompt");
            if (b.seconds <= 0 || b.seconds > 60)
                throw std::runtime_error(what + ":" + std::to_string(lineNo) + ": a shot lasts from 0.1 to 60 s, not " +
                                         m[2].str() + " s");
            add(b);
            continue;
        }
        paragraph += (paragraph.empty() ? "" : " ") + line;
    }
    endParagraph();
    if (blocks.empty())
        throw std::runtime_error(what + " has no card ('# Title', '## Section') and no shot ('shot: PROMPT')");
    for (const auto& p : pending)  // narration after the last card or shot is spoken over it
        blocks.back().narration += (blocks.back().narration.empty() ? "" : "\n\n") + p;
    return blocks;
}

StoryboardResult buildStoryboard(ProjectLibrary& project, const std::vector<LessonBlock>& lesson,
                                 const StoryboardOptions& options) {
    StoryboardResult result;
    for (const auto& t : listTimelines(project))
        if (t.name == options.timelineName) {
            result.timelineId = t.id;
            result.continued = true;
            return result;
        }
    // The model's default size and frame rate become the timeline's.
    std::ifstream mj(fs::path(options.model) / "model.json");
    const nlohmann::json model = nlohmann::json::parse(mj, nullptr, false);
    if (model.is_discarded()) throw std::runtime_error(options.model + ": no readable model.json");
    const auto defaults = model.value("defaults", nlohmann::json::object());
    const int width = defaults.value("width", 832), height = defaults.value("height", 480);
    const double fps = defaults.value("fps", 16.0);

    // Speak every narration first: a voice error shows before anything is written to the project.
    std::vector<AudioBuffer> speech;
    for (const auto& b : lesson) speech.push_back(b.narration.empty() ? AudioBuffer{} : synthesizeSpeech(b.narration, options.voice));

    const fs::path scratch = fs::path(project.dir()) / ".storyboard-narration";
    fs::create_directories(scratch);
    struct Cleanup {
        fs::path p;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(p, ec);
        }
    } cleanup{scratch};

    result.timelineId = createTimeline(project, options.timelineName, width + width % 2, height + height % 2, fps);
    TimelineModel tl(project, result.timelineId);
    int64_t video = 0, titles = 0, audio = 0;
    for (const auto& t : tl.state().tracks) {
        if (t.kind == TrackKind::Video && !video) video = t.id;
        if (t.kind == TrackKind::Title && !titles) titles = t.id;
        if (t.kind == TrackKind::Audio && !audio) audio = t.id;
    }
    // Queue every shot in one transaction, in script order.
    std::vector<std::string> requests;
    std::vector<double> shotSeconds(lesson.size(), 0);
    const double pad = 0.25;  // a breath after the narration before the next card or shot
    int shotIndex = 0;
    for (size_t i = 0; i < lesson.size(); ++i) {
        double seconds = lesson[i].seconds;
        if (!speech[i].empty()) seconds = std::max(seconds, speech[i].durationSeconds() + pad);
        shotSeconds[i] = seconds;
        if (lesson[i].kind != LessonBlock::Kind::Shot) continue;
        JobSpec spec;
        spec.model = options.model;
        spec.modelName = options.modelName;
        spec.request.prompt = lesson[i].text;
        spec.request.seed = options.seed >= 0 ? options.seed + shotIndex : -1;
        spec.request.steps = options.steps;
        spec.request.device = options.device;
        spec.seconds = seconds;
        requests.push_back(jobSpecToJson(spec));
        ++shotIndex;
    }
    const std::vector<int64_t> jobs = requests.empty() ? std::vector<int64_t>{} : JobQueue(project).addAll(requests);
    result.jobs = jobs;

    int64_t position = 0;
    shotIndex = 0;
    for (size_t i = 0; i < lesson.size(); ++i) {
        const LessonBlock& b = lesson[i];
        const int64_t length = std::max<int64_t>(1, std::llround(shotSeconds[i] * fps));
        ItemSource src;
        src.length = length;
        if (b.kind == LessonBlock::Kind::Shot) {
            src.jobId = jobs[size_t(shotIndex++)];
            src.label = b.text;
            tl.requestInsert(video, src, position);
            ++result.shots;
        } else {
            src.title.text = b.text;
            src.title.size = b.kind == LessonBlock::Kind::Title ? 0.11 : 0.08;
            src.label = b.text;
            tl.requestInsert(titles, src, position);
            ++result.cards;
        }
        if (!speech[i].empty()) {
            const fs::path wav = scratch / ("narration-" + std::to_string(b.line) + ".wav");
            writeWav(wav.string(), speech[i]);
            const auto imported = importFiles(project, {wav.string()});
            ItemSource voice;
            voice.assetId = imported.front().assetId;
            voice.narration = b.narration;
            voice.label = "narration: " + b.narration.substr(0, 40);
            tl.requestInsert(audio, voice, position);
            ++result.narrations;
        }
        position += length;
    }
    return result;
}

int bindFinishedShots(ProjectLibrary& project, int64_t timelineId) {
    TimelineModel tl(project, timelineId);
    JobQueue queue(project);
    int pending = 0;
    std::vector<std::pair<int64_t, int64_t>> bind;  // item, clip
    for (const auto& t : tl.state().tracks)
        for (const auto& it : t.items) {
            if (!it.jobId) continue;
            const JobRecord job = queue.job(it.jobId);
            if (job.state == JobState::Done && job.clipId) {
                bind.emplace_back(it.id, job.clipId);
            } else if (job.state == JobState::Failed || job.state == JobState::Cancelled) {
                throw std::runtime_error("the shot '" + it.label + "' (job " + std::to_string(job.id) + ") " +
                                         jobStateName(job.state) + (job.error.empty() ? "" : ": " + job.error) +
                                         "; retry it with `tessera queue retry --project " + project.dir() + " " +
                                         std::to_string(job.id) + "`");
            } else {
                ++pending;
            }
        }
    for (const auto& [item, clip] : bind) tl.requestBindShot(item, clip);
    return pending;
}

}  // namespace tessera::app
