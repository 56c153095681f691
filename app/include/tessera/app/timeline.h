#pragma once
// Timelines: tracks of items (clips, imported assets, title cards, narration) with in/out points,
// transitions and fades, stored in the project library. The model/view split follows Kdenlive:
// TimelineModel is the only writer; every edit is a request* call that either fully succeeds (one
// transaction in the project database, one undo command) or changes nothing and says why.
//
// Units: every position and length is in timeline frames at the timeline's fps. An item's in/out
// points are offsets into its source measured in timeline frames too (source time x timeline fps),
// so a 16 fps clip on a 24 fps timeline keeps its real-time duration.
#include <QObject>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

class QUndoStack;

namespace tessera::app {

class ProjectLibrary;

/// An edit or lookup that cannot be done; the message says which item or track and why.
class TimelineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class TrackKind { Video, Audio, Title };
const char* trackKindName(TrackKind kind);  ///< "video", "audio", "title"
TrackKind trackKindFromName(const std::string& name);

/// How a source of another aspect ratio fills the frame.
enum class Fit { Letterbox, Fill };
const char* fitName(Fit fit);  ///< "letterbox", "fill"
Fit fitFromName(const std::string& name);

enum class Transition { Cut, Crossfade, FadeFromBlack, FadeToBlack };
const char* transitionName(Transition t);  ///< "cut", "crossfade", "fade-in", "fade-out"
Transition transitionFromName(const std::string& name);

/// A title card, drawn with QPainter at render time.
struct TitleCard {
    std::string text;
    std::string font = "DejaVu Sans";
    double size = 0.09;  ///< text height as a fraction of the frame height
    std::string color = "#ffffff";
    std::string background = "#12141c";  ///< "#00000000" (transparent) lays the text over the video below
    bool bold = true;
    bool operator==(const TitleCard& o) const {
        return text == o.text && font == o.font && size == o.size && color == o.color && background == o.background &&
               bold == o.bold;
    }
};

/// A clip-filter plugin applied to an item's frames (plugins/sdk; `tessera plugins list`).
struct ItemFilter {
    std::string plugin;               ///< plugin id, e.g. org.tessera.examples.film-grain
    std::vector<std::string> params;  ///< "NAME=VALUE"; missing parameters take their defaults
    bool operator==(const ItemFilter& o) const { return plugin == o.plugin && params == o.params; }
};

struct TimelineItem {
    int64_t id = 0;
    int64_t clipId = 0;   ///< a generated clip, or
    int64_t assetId = 0;  ///< an imported asset, or neither: a title card or a pending shot
    int64_t jobId = 0;    ///< a shot still being generated: the queued job that will make its clip
    int64_t start = 0;    ///< first timeline frame
    int64_t in = 0;       ///< source offset of the first frame
    int64_t out = 0;      ///< source offset after the last frame (length = out - in)
    int64_t sourceLength = 0;  ///< the source's length (0 = unlimited: titles, stills, pending shots)
    int64_t crossfadeIn = 0;   ///< frames overlapping the previous item on the track (a dissolve)
    int64_t fadeIn = 0;        ///< frames fading in from black (video) or silence (audio)
    int64_t fadeOut = 0;       ///< frames fading out to black or silence
    Fit fit = Fit::Letterbox;
    double gain = 1.0;      ///< audio items: linear gain
    TitleCard title;        ///< title items
    std::string narration;  ///< audio items made from text: what is spoken (becomes a subtitle)
    std::string label;      ///< shown name (a shot's prompt, a file name)
    std::vector<ItemFilter> filters;  ///< applied in order to the item's frames when rendered

    int64_t length() const { return out - in; }
    int64_t end() const { return start + length(); }
    bool isTitle() const { return clipId == 0 && assetId == 0 && jobId == 0; }
    bool operator==(const TimelineItem& o) const;
};

struct TimelineTrack {
    int64_t id = 0;
    TrackKind kind = TrackKind::Video;
    std::string name;
    bool muted = false;
    bool locked = false;
    std::vector<TimelineItem> items;  ///< ordered by start
    bool operator==(const TimelineTrack& o) const {
        return id == o.id && kind == o.kind && name == o.name && muted == o.muted && locked == o.locked &&
               items == o.items;
    }
};

struct TimelineState {
    int64_t id = 0;
    std::string name;
    int width = 832, height = 480;
    double fps = 16;
    std::vector<TimelineTrack> tracks;  ///< bottom to top: later tracks are drawn over earlier ones

    /// The last frame any item covers, plus one.
    int64_t duration() const;
    const TimelineItem* item(int64_t id) const;
    const TimelineTrack* track(int64_t id) const;
    const TimelineTrack* trackOfItem(int64_t itemId) const;
    bool operator==(const TimelineState& o) const {
        return id == o.id && name == o.name && width == o.width && height == o.height && fps == o.fps &&
               tracks == o.tracks;
    }
};

/// "item 7 (a red ball bouncing...)": how messages name an item.
std::string describeItem(const TimelineItem& item);

/// Checks every rule of a timeline (sizes, track kinds, items in order without overlaps other than
/// their crossfades, in/out within the source, fades within the item); throws TimelineError naming
/// the first item that breaks one.
void validateTimeline(const TimelineState& state);

struct TimelineSummary {
    int64_t id = 0;
    std::string name;
    int width = 0, height = 0;
    double fps = 0;
    int64_t durationFrames = 0;
    int items = 0;
};
std::vector<TimelineSummary> listTimelines(ProjectLibrary& project);
/// Creates a timeline with a video, a title and an audio track; names are unique per project.
int64_t createTimeline(ProjectLibrary& project, const std::string& name, int width, int height, double fps);
/// Loads a timeline by id; throws TimelineError when there is none.
TimelineState loadTimeline(ProjectLibrary& project, int64_t id);
/// Finds a timeline by name (or by id written as a number); throws TimelineError listing the names.
int64_t findTimeline(ProjectLibrary& project, const std::string& nameOrId);
void deleteTimeline(ProjectLibrary& project, int64_t id);
/// Writes a whole timeline (tracks and items keep their ids) as one transaction.
void saveTimeline(ProjectLibrary& project, const TimelineState& state);
/// The length of a clip or asset in timeline frames at `fps` (0 for stills: any length).
int64_t sourceLengthFrames(ProjectLibrary& project, int64_t clipId, int64_t assetId, double fps);

/// What to put on a track: a clip, an asset, a title card or a pending shot (job).
struct ItemSource {
    int64_t clipId = 0, assetId = 0, jobId = 0;
    TitleCard title;
    std::string narration, label;
    int64_t in = 0;
    int64_t length = 0;  ///< 0 = the whole source (titles and stills: 2 s)
};

enum class Edge { Left, Right };

/// The editable timeline: the only writer of a timeline's rows. Every request* either succeeds
/// (one transaction, one undo command, changed() emitted) or throws TimelineError / ProjectError and
/// changes nothing, in memory or on disk.
class TimelineModel : public QObject {
    Q_OBJECT
public:
    TimelineModel(ProjectLibrary& project, int64_t timelineId, QObject* parent = nullptr);
    ~TimelineModel() override;

    const TimelineState& state() const { return state_; }
    QUndoStack* undoStack() { return undo_.get(); }

    /// Places a new item at `start` (-1 = after the track's last item). Returns its id.
    int64_t requestInsert(int64_t trackId, const ItemSource& source, int64_t start = -1);
    /// Moves an item to another start and/or track of the same kind. A crossfade that no longer
    /// lines up with its neighbour becomes a cut.
    void requestMove(int64_t itemId, int64_t trackId, int64_t start);
    /// Moves one edge by `delta` frames (left edge: in and start together; right edge: out).
    void requestTrim(int64_t itemId, Edge edge, int64_t delta);
    /// Cuts an item in two at timeline frame `frame`; returns the id of the right part.
    int64_t requestSplit(int64_t itemId, int64_t frame);
    /// Removes an item and closes the gap: later items on its track move left by its length.
    void requestRippleDelete(int64_t itemId);
    /// Removes an item, leaving a gap.
    void requestRemove(int64_t itemId);
    /// Adds a track at `position` (-1 = on top); returns its id.
    int64_t requestAddTrack(TrackKind kind, const std::string& name, int position = -1);
    void requestRemoveTrack(int64_t trackId);
    /// Mutes a track (not rendered, not mixed) or plays it again.
    void requestSetTrackMuted(int64_t trackId, bool muted);
    /// Locks a track (its items refuse every edit) or unlocks it.
    void requestSetTrackLocked(int64_t trackId, bool locked);
    /// Sets an item's transition. Crossfade: the item overlaps the previous item on its track by
    /// `frames` (it and the items after it move left, as in a ripple); Cut removes a crossfade (the
    /// items move back right); FadeFromBlack / FadeToBlack set the fade at the item's start / end.
    void requestSetTransition(int64_t itemId, Transition kind, int64_t frames);
    void requestSetTitle(int64_t itemId, const TitleCard& title);
    void requestSetFit(int64_t itemId, Fit fit);
    /// Sets the clip filters of a video or title item (checked when rendering: a missing or
    /// misbehaving plugin is a render error naming it).
    void requestSetFilters(int64_t itemId, const std::vector<ItemFilter>& filters);
    void requestRename(const std::string& name);
    /// Replaces a pending shot's job with the clip it made (keeps position and length where it can).
    void requestBindShot(int64_t itemId, int64_t clipId);

    bool canUndo() const;
    bool canRedo() const;
    /// Undoes / redoes the last edit (written to the project first; on failure nothing changes).
    void undo();
    void redo();

Q_SIGNALS:
    void changed();

private:
    friend class TimelineSnapshotCommand;
    // Validates `next`, writes it, and pushes an undo command from the current state to it.
    void commit(TimelineState next, const std::string& what);
    void setState(const TimelineState& s);
    TimelineItem& mutableItem(TimelineState& s, int64_t itemId);
    TimelineTrack& mutableTrack(TimelineState& s, int64_t trackId);
    TimelineTrack& trackOf(TimelineState& s, int64_t itemId);
    int64_t nextItemId();
    int64_t nextTrackId();

    ProjectLibrary& project_;
    TimelineState state_;
    std::unique_ptr<QUndoStack> undo_;
    int64_t idFloor_ = 0;  ///< ids handed out in this session (undone inserts keep theirs reserved)
};

}  // namespace tessera::app
