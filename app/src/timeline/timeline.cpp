// The timeline model: rules, storage in the project library, edits and undo (timeline.h).
#include "tessera/app/timeline.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "project/database.h"
#include "tessera/app/project.h"

namespace tessera::app {

namespace {

std::string trackName(const TimelineTrack& t) {
    return "track " + std::to_string(t.id) + (t.name.empty() ? "" : " (" + t.name + ")");
}

nlohmann::json itemProperties(const TimelineItem& it) {
    nlohmann::json p = {{"source_length", it.sourceLength}, {"fit", fitName(it.fit)}};
    if (it.jobId) p["job_id"] = it.jobId;
    if (it.crossfadeIn) p["crossfade_in"] = it.crossfadeIn;
    if (it.fadeIn) p["fade_in"] = it.fadeIn;
    if (it.fadeOut) p["fade_out"] = it.fadeOut;
    if (it.gain != 1.0) p["gain"] = it.gain;
    if (!it.narration.empty()) p["narration"] = it.narration;
    if (!it.label.empty()) p["label"] = it.label;
    if (!it.filters.empty()) {
        p["filters"] = nlohmann::json::array();
        for (const auto& f : it.filters) p["filters"].push_back({{"plugin", f.plugin}, {"params", f.params}});
    }
    if (it.isTitle())
        p["title"] = {{"text", it.title.text},   {"font", it.title.font},       {"size", it.title.size},
                      {"color", it.title.color}, {"background", it.title.background}, {"bold", it.title.bold}};
    return p;
}

void readProperties(TimelineItem& it, const std::string& text) {
    auto p = nlohmann::json::parse(text, nullptr, false);
    if (!p.is_object()) throw TimelineError("item " + std::to_string(it.id) + " has unreadable properties: " + text);
    it.sourceLength = p.value("source_length", int64_t(0));
    it.fit = fitFromName(p.value("fit", std::string("letterbox")));
    it.jobId = p.value("job_id", int64_t(0));
    it.crossfadeIn = p.value("crossfade_in", int64_t(0));
    it.fadeIn = p.value("fade_in", int64_t(0));
    it.fadeOut = p.value("fade_out", int64_t(0));
    it.gain = p.value("gain", 1.0);
    it.narration = p.value("narration", std::string());
    it.label = p.value("label", std::string());
    for (const auto& f : p.value("filters", nlohmann::json::array()))
        it.filters.push_back({f.value("plugin", std::string()), f.value("params", std::vector<std::string>())});
    if (p.contains("title")) {
        const auto& t = p["title"];
        it.title.text = t.value("text", std::string());
        it.title.font = t.value("font", it.title.font);
        it.title.size = t.value("size", it.title.size);
        it.title.color = t.value("color", it.title.color);
        it.title.background = t.value("background", it.title.background);
        it.title.bold = t.value("bold", true);
    }
}

bool itemFitsTrack(const TimelineItem& it, TrackKind kind) {
    if (kind == TrackKind::Title) return it.isTitle();
    if (kind == TrackKind::Audio) return it.assetId != 0 && it.clipId == 0;
    return !it.isTitle();
}

void sortItems(TimelineTrack& t) {
    std::stable_sort(t.items.begin(), t.items.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.start < b.start; });
}

// Items after `from` (by start) on the track shift by `delta`.
void shiftAfter(TimelineTrack& t, int64_t fromStart, int64_t delta, int64_t exceptId) {
    for (auto& it : t.items)
        if (it.id != exceptId && it.start >= fromStart) it.start += delta;
}

// Drops crossfades whose overlap no longer matches the previous item's end.
void dropBrokenCrossfades(TimelineTrack& t) {
    sortItems(t);
    for (size_t i = 0; i < t.items.size(); ++i) {
        auto& it = t.items[i];
        if (!it.crossfadeIn) continue;
        if (i == 0 || t.items[i - 1].end() - it.start != it.crossfadeIn) it.crossfadeIn = 0;
    }
}

}  // namespace

std::string describeItem(const TimelineItem& it) {
    std::string s = "item " + std::to_string(it.id);
    if (!it.label.empty()) s += " (" + (it.label.size() > 40 ? it.label.substr(0, 37) + "..." : it.label) + ")";
    return s;
}

const char* trackKindName(TrackKind kind) {
    switch (kind) {
    case TrackKind::Video: return "video";
    case TrackKind::Audio: return "audio";
    case TrackKind::Title: return "title";
    }
    return "video";
}

TrackKind trackKindFromName(const std::string& name) {
    if (name == "video") return TrackKind::Video;
    if (name == "audio") return TrackKind::Audio;
    if (name == "title") return TrackKind::Title;
    throw TimelineError("unknown track kind '" + name + "' (use video, audio or title)");
}

const char* fitName(Fit fit) { return fit == Fit::Fill ? "fill" : "letterbox"; }

Fit fitFromName(const std::string& name) {
    if (name == "letterbox") return Fit::Letterbox;
    if (name == "fill") return Fit::Fill;
    throw TimelineError("unknown fit '" + name + "' (use letterbox or fill)");
}

const char* transitionName(Transition t) {
    switch (t) {
    case Transition::Cut: return "cut";
    case Transition::Crossfade: return "crossfade";
    case Transition::FadeFromBlack: return "fade-in";
    case Transition::FadeToBlack: return "fade-out";
    }
    return "cut";
}

Transition transitionFromName(const std::string& name) {
    if (name == "cut") return Transition::Cut;
    if (name == "crossfade" || name == "dissolve") return Transition::Crossfade;
    if (name == "fade-in" || name == "fade-from-black") return Transition::FadeFromBlack;
    if (name == "fade-out" || name == "fade-to-black") return Transition::FadeToBlack;
    throw TimelineError("unknown transition '" + name + "' (use cut, crossfade, fade-in or fade-out)");
}

bool TimelineItem::operator==(const TimelineItem& o) const {
    return id == o.id && clipId == o.clipId && assetId == o.assetId && jobId == o.jobId && start == o.start &&
           in == o.in && out == o.out && sourceLength == o.sourceLength && crossfadeIn == o.crossfadeIn &&
           fadeIn == o.fadeIn && fadeOut == o.fadeOut && fit == o.fit && gain == o.gain && title == o.title &&
           narration == o.narration && label == o.label && filters == o.filters;
}

int64_t TimelineState::duration() const {
    int64_t d = 0;
    for (const auto& t : tracks)
        for (const auto& it : t.items) d = std::max(d, it.end());
    return d;
}

const TimelineItem* TimelineState::item(int64_t id) const {
    for (const auto& t : tracks)
        for (const auto& it : t.items)
            if (it.id == id) return &it;
    return nullptr;
}

const TimelineTrack* TimelineState::track(int64_t id) const {
    for (const auto& t : tracks)
        if (t.id == id) return &t;
    return nullptr;
}

const TimelineTrack* TimelineState::trackOfItem(int64_t itemId) const {
    for (const auto& t : tracks)
        for (const auto& it : t.items)
            if (it.id == itemId) return &t;
    return nullptr;
}

void validateTimeline(const TimelineState& s) {
    if (s.name.empty()) throw TimelineError("a timeline needs a name");
    if (s.width < 16 || s.height < 16 || s.width > 8192 || s.height > 8192 || s.width % 2 || s.height % 2)
        throw TimelineError("timeline size " + std::to_string(s.width) + "x" + std::to_string(s.height) +
                            " is not possible: use even sizes from 16 to 8192");
    if (!(s.fps >= 1 && s.fps <= 120)) throw TimelineError("timeline frame rate " + std::to_string(s.fps) + " is not in 1-120");
    for (const auto& t : s.tracks) {
        const TimelineItem* prev = nullptr;
        for (const auto& it : t.items) {
            const std::string who = describeItem(it) + " on " + trackName(t);
            if (!itemFitsTrack(it, t.kind))
                throw TimelineError(who + ": a " + std::string(trackKindName(t.kind)) + " track cannot hold this item");
            if (it.start < 0) throw TimelineError(who + " would start before the timeline's first frame");
            if (it.length() < 1) throw TimelineError(who + " would be shorter than one frame");
            if (it.in < 0 || (it.sourceLength > 0 && it.out > it.sourceLength))
                throw TimelineError(who + ": in/out " + std::to_string(it.in) + "-" + std::to_string(it.out) +
                                    " is outside its source (0-" + std::to_string(it.sourceLength) + " frames)");
            if (it.fadeIn < 0 || it.fadeOut < 0 || it.fadeIn + it.fadeOut > it.length())
                throw TimelineError(who + ": fades of " + std::to_string(it.fadeIn) + " + " + std::to_string(it.fadeOut) +
                                    " frames do not fit in its " + std::to_string(it.length()) + " frames");
            if (it.crossfadeIn < 0) throw TimelineError(who + ": negative crossfade");
            if (it.crossfadeIn && !prev) throw TimelineError(who + ": a crossfade needs an item before it on the track");
            if (prev) {
                if (prev->start > it.start) throw TimelineError(trackName(t) + ": items out of order");
                const int64_t overlap = prev->end() - it.start;
                if (overlap > 0 && overlap != it.crossfadeIn)
                    throw TimelineError(who + " would overlap " + describeItem(*prev) + " by " + std::to_string(overlap) +
                                        " frames");
                if (it.crossfadeIn && overlap != it.crossfadeIn)
                    throw TimelineError(who + ": its crossfade does not meet the end of " + describeItem(*prev));
                if (it.crossfadeIn > std::min(prev->length(), it.length()))
                    throw TimelineError(who + ": a crossfade of " + std::to_string(it.crossfadeIn) +
                                        " frames is longer than one of the two items");
            }
            if (prev && prev->crossfadeIn + it.crossfadeIn > prev->length())
                throw TimelineError(describeItem(*prev) + " on " + trackName(t) + " is " + std::to_string(prev->length()) +
                                    " frames long, too short for its crossfades of " + std::to_string(prev->crossfadeIn) +
                                    " and " + std::to_string(it.crossfadeIn) + " frames");
            prev = &it;
        }
    }
}

// ---- storage ----------------------------------------------------------------------------------

std::vector<TimelineSummary> listTimelines(ProjectLibrary& project) {
    std::vector<TimelineSummary> out;
    auto& db = project.database();
    db.read([&] {
        auto st = db.prepare(
            "SELECT t.id, t.name, t.width, t.height, t.fps, COALESCE(MAX(i.start_frame + i.out_frame - i.in_frame), 0),"
            " COUNT(i.id) FROM timelines t LEFT JOIN tracks k ON k.timeline_id = t.id"
            " LEFT JOIN items i ON i.track_id = k.id GROUP BY t.id ORDER BY t.id");
        while (st.step())
            out.push_back({st.int64(0), st.text(1), int(st.int64(2)), int(st.int64(3)), st.real(4), st.int64(5),
                           int(st.int64(6))});
    });
    return out;
}

int64_t createTimeline(ProjectLibrary& project, const std::string& name, int width, int height, double fps) {
    TimelineState s;
    s.name = name;
    s.width = width;
    s.height = height;
    s.fps = fps;
    validateTimeline(s);
    for (const auto& t : listTimelines(project))
        if (t.name == name) throw TimelineError("the project already has a timeline named '" + name + "'");
    int64_t id = 0;
    auto& db = project.database();
    project.transact([&] {
        db.prepare("INSERT INTO timelines(name, width, height, fps, created_at) VALUES (?, ?, ?, ?, ?)")
            .bind(name, width, height, fps, nowMs())
            .run();
        id = db.lastInsertId();
        int pos = 0;
        for (auto [kind, track] : {std::pair{"video", "V1"}, {"title", "Titles"}, {"audio", "A1"}})
            db.prepare("INSERT INTO tracks(timeline_id, kind, position, name) VALUES (?, ?, ?, ?)")
                .bind(id, std::string(kind), pos++, std::string(track))
                .run();
    });
    return id;
}

TimelineState loadTimeline(ProjectLibrary& project, int64_t id) {
    TimelineState s;
    auto& db = project.database();
    db.read([&] {
        auto st = db.prepare("SELECT id, name, width, height, fps FROM timelines WHERE id = ?");
        st.bind(id);
        if (!st.step()) throw TimelineError("the project has no timeline " + std::to_string(id));
        s.id = st.int64(0);
        s.name = st.text(1);
        s.width = int(st.int64(2));
        s.height = int(st.int64(3));
        s.fps = st.real(4);
        auto tr = db.prepare("SELECT id, kind, name, muted, locked FROM tracks WHERE timeline_id = ? ORDER BY position, id");
        tr.bind(id);
        while (tr.step()) {
            TimelineTrack t;
            t.id = tr.int64(0);
            t.kind = trackKindFromName(tr.text(1));
            t.name = tr.text(2);
            t.muted = tr.int64(3) != 0;
            t.locked = tr.int64(4) != 0;
            auto is = db.prepare(
                "SELECT id, COALESCE(clip_id, 0), COALESCE(asset_id, 0), start_frame, in_frame, out_frame, properties"
                " FROM items WHERE track_id = ? ORDER BY start_frame, id");
            is.bind(t.id);
            while (is.step()) {
                TimelineItem it;
                it.id = is.int64(0);
                it.clipId = is.int64(1);
                it.assetId = is.int64(2);
                it.start = is.int64(3);
                it.in = is.int64(4);
                it.out = is.int64(5);
                readProperties(it, is.text(6));
                t.items.push_back(std::move(it));
            }
            s.tracks.push_back(std::move(t));
        }
    });
    return s;
}

int64_t findTimeline(ProjectLibrary& project, const std::string& nameOrId) {
    const auto all = listTimelines(project);
    std::string names;
    for (const auto& t : all) {
        if (t.name == nameOrId || std::to_string(t.id) == nameOrId) return t.id;
        names += (names.empty() ? "" : ", ") + t.name;
    }
    throw TimelineError("the project has no timeline '" + nameOrId + "'" +
                        (names.empty() ? std::string("; it has none yet") : "; it has: " + names));
}

void deleteTimeline(ProjectLibrary& project, int64_t id) {
    loadTimeline(project, id);  // throws when missing
    project.transact([&] { project.database().prepare("DELETE FROM timelines WHERE id = ?").bind(id).run(); });
}

void saveTimeline(ProjectLibrary& project, const TimelineState& s) {
    validateTimeline(s);
    auto& db = project.database();
    project.transact([&] {
        db.prepare("UPDATE timelines SET name = ?, width = ?, height = ?, fps = ? WHERE id = ?")
            .bind(s.name, s.width, s.height, s.fps, s.id)
            .run();
        if (db.changes() != 1) throw TimelineError("timeline " + std::to_string(s.id) + " no longer exists");
        db.prepare("DELETE FROM items WHERE track_id IN (SELECT id FROM tracks WHERE timeline_id = ?)").bind(s.id).run();
        db.prepare("DELETE FROM tracks WHERE timeline_id = ?").bind(s.id).run();
        int pos = 0;
        for (const auto& t : s.tracks) {
            db.prepare("INSERT INTO tracks(id, timeline_id, kind, position, name, muted, locked) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(t.id, s.id, std::string(trackKindName(t.kind)), pos++, t.name, t.muted, t.locked)
                .run();
            for (const auto& it : t.items) {
                const std::optional<int64_t> clip = it.clipId ? std::optional<int64_t>(it.clipId) : std::nullopt;
                const std::optional<int64_t> asset = it.assetId ? std::optional<int64_t>(it.assetId) : std::nullopt;
                db.prepare("INSERT INTO items(id, track_id, clip_id, asset_id, start_frame, in_frame, out_frame, properties)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(it.id, t.id, clip, asset, it.start, it.in, it.out, itemProperties(it).dump())
                    .run();
            }
        }
    });
}

int64_t sourceLengthFrames(ProjectLibrary& project, int64_t clipId, int64_t assetId, double fps) {
    int frames = 0;
    double srcFps = 0;
    if (clipId) {
        const ClipRecord c = project.clip(clipId);
        frames = c.frames;
        srcFps = c.fps;
    } else if (assetId) {
        const AssetRecord a = project.asset(assetId);
        if (a.kind == AssetKind::Image) return 0;
        if (a.kind == AssetKind::Audio) return std::max<int64_t>(1, int64_t(std::floor(a.durationSeconds * fps + 1e-6)));
        frames = a.frames;
        srcFps = a.fps;
    } else {
        return 0;
    }
    if (frames <= 1 || srcFps <= 0) return 0;  // a still: any length
    return std::max<int64_t>(1, int64_t(std::floor(frames / srcFps * fps + 1e-6)));
}

// ---- the model --------------------------------------------------------------------------------

class TimelineSnapshotCommand : public QUndoCommand {
public:
    TimelineSnapshotCommand(TimelineModel* model, TimelineState before, TimelineState after, const std::string& text)
        : model_(model), before_(std::move(before)), after_(std::move(after)) {
        setText(QString::fromStdString(text));
    }
    void redo() override {
        if (first_) {  // the edit is already applied and written when the command is pushed
            first_ = false;
            return;
        }
        model_->setState(after_);
    }
    void undo() override { model_->setState(before_); }
    const TimelineState& before() const { return before_; }
    const TimelineState& after() const { return after_; }

private:
    TimelineModel* model_;
    TimelineState before_, after_;
    bool first_ = true;
};

TimelineModel::TimelineModel(ProjectLibrary& project, int64_t timelineId, QObject* parent)
    : QObject(parent), project_(project), state_(loadTimeline(project, timelineId)), undo_(std::make_unique<QUndoStack>()) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setState(const TimelineState& s) {
    state_ = s;
    Q_EMIT changed();
}

void TimelineModel::commit(TimelineState next, const std::string& what) {
    for (auto& t : next.tracks) sortItems(t);
    validateTimeline(next);
    if (next == state_) return;
    saveTimeline(project_, next);  // throws: nothing changed
    TimelineState before = state_;
    state_ = std::move(next);
    undo_->push(new TimelineSnapshotCommand(this, std::move(before), state_, what));
    Q_EMIT changed();
}

bool TimelineModel::canUndo() const { return undo_->canUndo(); }
bool TimelineModel::canRedo() const { return undo_->canRedo(); }

void TimelineModel::undo() {
    if (!undo_->canUndo()) throw TimelineError("nothing to undo");
    auto* c = static_cast<const TimelineSnapshotCommand*>(undo_->command(undo_->index() - 1));
    saveTimeline(project_, c->before());
    undo_->undo();
}

void TimelineModel::redo() {
    if (!undo_->canRedo()) throw TimelineError("nothing to redo");
    auto* c = static_cast<const TimelineSnapshotCommand*>(undo_->command(undo_->index()));
    saveTimeline(project_, c->after());
    undo_->redo();
}

TimelineItem& TimelineModel::mutableItem(TimelineState& s, int64_t itemId) {
    for (auto& t : s.tracks)
        for (auto& it : t.items)
            if (it.id == itemId) return it;
    throw TimelineError("timeline '" + s.name + "' has no item " + std::to_string(itemId));
}

TimelineTrack& TimelineModel::mutableTrack(TimelineState& s, int64_t trackId) {
    for (auto& t : s.tracks)
        if (t.id == trackId) return t;
    throw TimelineError("timeline '" + s.name + "' has no track " + std::to_string(trackId));
}

TimelineTrack& TimelineModel::trackOf(TimelineState& s, int64_t itemId) {
    for (auto& t : s.tracks)
        for (auto& it : t.items)
            if (it.id == itemId) {
                if (t.locked) throw TimelineError(trackName(t) + " is locked; unlock it to edit " + describeItem(it));
                return t;
            }
    throw TimelineError("timeline '" + s.name + "' has no item " + std::to_string(itemId));
}

int64_t TimelineModel::nextItemId() {
    int64_t id = project_.database().queryInt("SELECT COALESCE(MAX(id), 0) FROM items");
    for (const auto& t : state_.tracks)
        for (const auto& it : t.items) id = std::max(id, it.id);
    idFloor_ = std::max(idFloor_, id) + 1;
    return idFloor_;
}

int64_t TimelineModel::nextTrackId() {
    int64_t id = project_.database().queryInt("SELECT COALESCE(MAX(id), 0) FROM tracks");
    for (const auto& t : state_.tracks) id = std::max(id, t.id);
    for (int i = 0; i < undo_->count(); ++i) {
        auto* c = static_cast<const TimelineSnapshotCommand*>(undo_->command(i));
        for (const auto* s : {&c->before(), &c->after()})
            for (const auto& t : s->tracks) id = std::max(id, t.id);
    }
    return id + 1;
}

int64_t TimelineModel::requestInsert(int64_t trackId, const ItemSource& src, int64_t start) {
    TimelineState next = state_;
    TimelineTrack& track = mutableTrack(next, trackId);
    if (track.locked) throw TimelineError(trackName(track) + " is locked");
    TimelineItem it;
    it.clipId = src.clipId;
    it.assetId = src.assetId;
    it.jobId = src.jobId;
    it.title = src.title;
    it.narration = src.narration;
    it.label = src.label;
    if (int(src.clipId != 0) + int(src.assetId != 0) + int(src.jobId != 0) > 1)
        throw TimelineError("an item shows one clip, asset or pending shot, not several");
    if (it.isTitle() && it.title.text.empty() && track.kind == TrackKind::Title)
        throw TimelineError("a title card needs text");
    it.sourceLength = sourceLengthFrames(project_, src.clipId, src.assetId, next.fps);  // throws for unknown ids
    if (src.clipId && it.label.empty()) it.label = project_.clip(src.clipId).prompt;
    if (src.assetId && it.label.empty()) it.label = project_.asset(src.assetId).name;
    const int64_t twoSeconds = std::max<int64_t>(1, std::llround(2 * next.fps));
    const int64_t length = src.length > 0 ? src.length : it.sourceLength > 0 ? it.sourceLength - src.in : twoSeconds;
    it.in = src.in;
    it.out = src.in + length;
    int64_t trackEnd = 0;
    for (const auto& other : track.items) trackEnd = std::max(trackEnd, other.end());
    it.start = start < 0 ? trackEnd : start;
    it.id = nextItemId();
    track.items.push_back(it);
    commit(std::move(next), "Insert " + describeItem(it));
    return it.id;
}

void TimelineModel::requestMove(int64_t itemId, int64_t trackId, int64_t start) {
    TimelineState next = state_;
    TimelineTrack& from = trackOf(next, itemId);
    TimelineTrack& to = mutableTrack(next, trackId);
    if (to.locked) throw TimelineError(trackName(to) + " is locked");
    if (start < 0) throw TimelineError("cannot move item " + std::to_string(itemId) + " before the first frame");
    auto pos = std::find_if(from.items.begin(), from.items.end(), [&](const TimelineItem& i) { return i.id == itemId; });
    TimelineItem it = *pos;
    if (!itemFitsTrack(it, to.kind))
        throw TimelineError(describeItem(it) + " cannot go on " + trackName(to) + ", a " + trackKindName(to.kind) + " track");
    from.items.erase(pos);
    it.start = start;
    it.crossfadeIn = 0;
    to.items.push_back(it);
    dropBrokenCrossfades(from);
    dropBrokenCrossfades(to);
    commit(std::move(next), "Move " + describeItem(it));
}

void TimelineModel::requestTrim(int64_t itemId, Edge edge, int64_t delta) {
    TimelineState next = state_;
    trackOf(next, itemId);
    TimelineItem& it = mutableItem(next, itemId);
    if (edge == Edge::Left) {
        if (it.crossfadeIn && delta != 0)
            throw TimelineError(describeItem(it) + " starts with a crossfade; set it to a cut before trimming its left edge");
        it.start += delta;
        it.in += delta;
        // A still or title has no source offset to keep: its in point stays at 0.
        if (it.sourceLength == 0 && it.in < 0) it.out -= it.in, it.in = 0;
    } else {
        it.out += delta;
    }
    it.fadeIn = std::min(it.fadeIn, std::max<int64_t>(0, it.length()));
    it.fadeOut = std::min(it.fadeOut, std::max<int64_t>(0, it.length() - it.fadeIn));
    commit(std::move(next), "Trim " + describeItem(it));
}

int64_t TimelineModel::requestSplit(int64_t itemId, int64_t frame) {
    TimelineState next = state_;
    TimelineTrack& track = trackOf(next, itemId);
    TimelineItem& left = mutableItem(next, itemId);
    if (frame <= left.start || frame >= left.end())
        throw TimelineError("frame " + std::to_string(frame) + " is not inside " + describeItem(left) + " (frames " +
                            std::to_string(left.start) + "-" + std::to_string(left.end() - 1) + ")");
    TimelineItem right = left;
    const int64_t k = frame - left.start;
    right.id = nextItemId();
    right.start = frame;
    right.in = left.in + k;
    right.crossfadeIn = 0;
    right.fadeIn = 0;
    left.out = left.in + k;
    left.fadeOut = 0;
    left.fadeIn = std::min(left.fadeIn, left.length());
    right.fadeOut = std::min(right.fadeOut, right.length());
    const std::string what = "Split " + describeItem(left);
    const int64_t rightId = right.id;
    track.items.push_back(std::move(right));
    commit(std::move(next), what);
    return rightId;
}

void TimelineModel::requestRippleDelete(int64_t itemId) {
    TimelineState next = state_;
    TimelineTrack& track = trackOf(next, itemId);
    auto pos = std::find_if(track.items.begin(), track.items.end(), [&](const TimelineItem& i) { return i.id == itemId; });
    const TimelineItem gone = *pos;
    track.items.erase(pos);
    // The gap it leaves: its length minus the overlap with the item before it.
    shiftAfter(track, gone.start + 1, -(gone.length() - gone.crossfadeIn), 0);
    dropBrokenCrossfades(track);
    commit(std::move(next), "Ripple delete " + describeItem(gone));
}

void TimelineModel::requestRemove(int64_t itemId) {
    TimelineState next = state_;
    TimelineTrack& track = trackOf(next, itemId);
    auto pos = std::find_if(track.items.begin(), track.items.end(), [&](const TimelineItem& i) { return i.id == itemId; });
    const std::string what = "Remove " + describeItem(*pos);
    track.items.erase(pos);
    dropBrokenCrossfades(track);
    commit(std::move(next), what);
}

int64_t TimelineModel::requestAddTrack(TrackKind kind, const std::string& name, int position) {
    TimelineState next = state_;
    TimelineTrack t;
    t.id = nextTrackId();
    t.kind = kind;
    t.name = name;
    if (position < 0 || position > int(next.tracks.size())) position = int(next.tracks.size());
    next.tracks.insert(next.tracks.begin() + position, t);
    commit(std::move(next), "Add " + trackName(t));
    return t.id;
}

void TimelineModel::requestRemoveTrack(int64_t trackId) {
    TimelineState next = state_;
    auto pos = std::find_if(next.tracks.begin(), next.tracks.end(), [&](const TimelineTrack& t) { return t.id == trackId; });
    if (pos == next.tracks.end()) throw TimelineError("timeline '" + next.name + "' has no track " + std::to_string(trackId));
    if (pos->locked) throw TimelineError(trackName(*pos) + " is locked");
    const std::string what = "Remove " + trackName(*pos);
    next.tracks.erase(pos);
    commit(std::move(next), what);
}

void TimelineModel::requestSetTrackMuted(int64_t trackId, bool muted) {
    TimelineState next = state_;
    TimelineTrack& t = mutableTrack(next, trackId);
    t.muted = muted;
    commit(std::move(next), (muted ? "Mute " : "Unmute ") + trackName(t));
}

void TimelineModel::requestSetTrackLocked(int64_t trackId, bool locked) {
    TimelineState next = state_;
    TimelineTrack& t = mutableTrack(next, trackId);
    t.locked = locked;
    commit(std::move(next), (locked ? "Lock " : "Unlock ") + trackName(t));
}

void TimelineModel::requestSetTransition(int64_t itemId, Transition kind, int64_t frames) {
    TimelineState next = state_;
    TimelineTrack& track = trackOf(next, itemId);
    TimelineItem& it = mutableItem(next, itemId);
    if (frames < 0) throw TimelineError("a transition cannot last " + std::to_string(frames) + " frames");
    const std::string what = std::string("Set ") + transitionName(kind) + " on " + describeItem(it);
    switch (kind) {
    case Transition::FadeFromBlack: it.fadeIn = frames; break;
    case Transition::FadeToBlack: it.fadeOut = frames; break;
    case Transition::Cut:
    case Transition::Crossfade: {
        const int64_t want = kind == Transition::Cut ? 0 : frames;
        if (kind == Transition::Crossfade && frames < 1) throw TimelineError("a crossfade needs at least one frame");
        const TimelineItem* prev = nullptr;
        for (const auto& o : track.items)
            if (o.id != it.id && o.start <= it.start && (!prev || o.start >= prev->start)) prev = &o;
        if (want && !prev) throw TimelineError(describeItem(it) + " has nothing before it on its track to crossfade from");
        if (want && prev->end() - it.crossfadeIn != it.start)
            throw TimelineError(describeItem(it) + " does not follow " + describeItem(*prev) +
                                " directly; move it against it before adding a crossfade");
        if (want > std::min(prev->length(), it.length()))
            throw TimelineError(describeItem(it) + ": a crossfade of " + std::to_string(want) +
                                " frames is longer than one of the two items");
        // The item and everything after it move by the change in overlap, as a ripple.
        const int64_t delta = it.crossfadeIn - want;
        const int64_t from = it.start;
        shiftAfter(track, from, delta, 0);
        it.crossfadeIn = want;
        break;
    }
    }
    commit(std::move(next), what);
}

void TimelineModel::requestSetTitle(int64_t itemId, const TitleCard& title) {
    TimelineState next = state_;
    trackOf(next, itemId);
    TimelineItem& it = mutableItem(next, itemId);
    if (!it.isTitle()) throw TimelineError(describeItem(it) + " is not a title card");
    if (title.text.empty()) throw TimelineError("a title card needs text");
    if (!(title.size > 0.005 && title.size <= 1)) throw TimelineError("title size must be in (0.005, 1] of the frame height");
    it.title = title;
    commit(std::move(next), "Edit title " + describeItem(it));
}

void TimelineModel::requestSetFit(int64_t itemId, Fit fit) {
    TimelineState next = state_;
    trackOf(next, itemId);
    mutableItem(next, itemId).fit = fit;
    commit(std::move(next), "Set fit of item " + std::to_string(itemId));
}

void TimelineModel::requestSetFilters(int64_t itemId, const std::vector<ItemFilter>& filters) {
    TimelineState next = state_;
    const TimelineTrack& track = trackOf(next, itemId);
    if (track.kind == TrackKind::Audio) throw TimelineError("clip filters apply to pictures; item " + std::to_string(itemId) + " is audio");
    for (const auto& f : filters)
        if (f.plugin.empty()) throw TimelineError("a filter needs a plugin id (tessera plugins list)");
    mutableItem(next, itemId).filters = filters;
    commit(std::move(next), "Set filters of item " + std::to_string(itemId));
}

void TimelineModel::requestRename(const std::string& name) {
    if (name != state_.name)
        for (const auto& t : listTimelines(project_))
            if (t.name == name) throw TimelineError("the project already has a timeline named '" + name + "'");
    TimelineState next = state_;
    next.name = name;
    commit(std::move(next), "Rename timeline to " + name);
}

void TimelineModel::requestBindShot(int64_t itemId, int64_t clipId) {
    TimelineState next = state_;
    trackOf(next, itemId);
    TimelineItem& it = mutableItem(next, itemId);
    if (!it.jobId) throw TimelineError(describeItem(it) + " is not a pending shot");
    const int64_t available = sourceLengthFrames(project_, clipId, 0, next.fps);
    it.jobId = 0;
    it.clipId = clipId;
    it.sourceLength = available;
    // The shot keeps its place and length; a clip shorter than asked for shortens the item (the
    // items after it keep their positions).
    if (available > 0 && it.out > available) {
        it.in = std::min(it.in, available - 1);
        it.out = available;
        it.fadeIn = std::min(it.fadeIn, it.length());
        it.fadeOut = std::min(it.fadeOut, it.length() - it.fadeIn);
    }
    commit(std::move(next), "Bind " + describeItem(it) + " to clip " + std::to_string(clipId));
}

}  // namespace tessera::app
