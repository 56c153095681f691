#pragma once
// Rendering and exporting timelines: the renderer composites a timeline frame by frame at the
// output size (clips of other sizes letterboxed or filling the frame, title cards drawn with
// QPainter, crossfades and fades), mixes the audio tracks and collects narration as subtitles;
// exportTimeline encodes that through MediaWriter with progress and cancel, and writes the sidecars
// (subtitles, a provenance manifest). Nothing is left behind when an export fails or is cancelled.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tessera/app/audio.h"
#include "tessera/app/encoder.h"
#include "tessera/app/timeline.h"
#include "tessera/frame.h"

namespace tessera::app {

class ProjectLibrary;

/// Makes sure a QGuiApplication exists (title cards need fonts): creates one on the "offscreen"
/// platform when the process has no Qt application yet. Call from the main thread.
void ensureGuiApplication();

struct RenderSettings {
    int width = 0, height = 0;  ///< 0 = the timeline's size
    int sampleRate = 48000, channels = 2;
};

class TimelineRenderer {
public:
    /// Checks that every item's media is there and readable before anything is rendered: a pending
    /// shot, a missing or damaged file is a RenderError naming the item and the file.
    TimelineRenderer(ProjectLibrary& project, TimelineState timeline, RenderSettings settings = {});
    ~TimelineRenderer();

    int width() const { return width_; }
    int height() const { return height_; }
    double fps() const { return timeline_.fps; }
    /// The timeline's duration in frames.
    int64_t frameCount() const { return timeline_.duration(); }
    /// The composited frame `t` (0 <= t < frameCount()).
    Frame frame(int64_t t);
    /// True when an unmuted audio track has items (the export gets an audio stream).
    bool hasAudio() const;
    /// The mix of the unmuted audio tracks, exactly frameCount() / fps seconds long.
    AudioBuffer audio();
    /// Narration items as subtitles, in order.
    std::vector<SubtitleCue> subtitles() const;
    const TimelineState& timeline() const { return timeline_; }

private:
    struct Source;
    struct Filters;
    std::shared_ptr<Source> source(const TimelineItem& item);
    void applyFilters(const TimelineItem& item, Frame& frame, int64_t t);
    ProjectLibrary& project_;
    TimelineState timeline_;
    RenderSettings settings_;
    int width_ = 0, height_ = 0;
    std::map<std::string, std::shared_ptr<Source>> sources_;
    std::unique_ptr<Filters> filters_;  ///< the clip-filter plugins in use, each in its own process
};

class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ExportOptions {
    ExportFormat format = ExportFormat::Mp4;
    std::string exporterPlugin;  ///< when set: an exporter plugin writes the frames instead (format ignored)
    std::string out;             ///< file (or folder for image sequences)
    RenderSettings render;       ///< output size (default: the timeline's)
    bool subtitleSidecars = true;  ///< OUT.srt and OUT.vtt when there is narration
    bool manifest = true;          ///< OUT.manifest.json: how every shot was made
    /// Called after each frame with the fraction done; return false to cancel (nothing is kept).
    std::function<bool(double)> progress;
};

struct ExportResult {
    std::string out;
    std::vector<std::string> sidecars;
    int64_t frames = 0;
    double seconds = 0;
    bool cancelled = false;
};

/// Renders and encodes a timeline. Throws RenderError / MediaError (nothing written) on failure;
/// returns with cancelled = true (nothing written) when progress() asked to stop.
ExportResult exportTimeline(ProjectLibrary& project, const TimelineState& timeline, const ExportOptions& options);

/// A timeline holding one clip (for exporting a single clip through the same path).
TimelineState singleClipTimeline(ProjectLibrary& project, int64_t clipId);

/// The provenance record of a timeline: every shot's model, hash, seed and recipe, every input
/// asset's hash, the Tessera version (JSON text).
std::string provenanceManifest(ProjectLibrary& project, const TimelineState& timeline, const std::string& format);

}  // namespace tessera::app
