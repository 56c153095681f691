#include "tessera/app/interchange.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace tessera::app {

namespace {

using Json = nlohmann::ordered_json;  // keeps the keys in the order OTIO itself writes them

std::string secondsText(double s) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", s);
    return buf;
}

// ---------------------------------------------------------------------------------------------------
// Subtitles

struct Cue {
    int64_t startMs, endMs;
    std::string text;
};

// The cue's lines without line-end variants, trailing white space or blank lines: a blank line ends a
// cue in both SRT and WebVTT.
std::string cueLines(const std::string& text) {
    std::string out, line;
    auto flush = [&] {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
        if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
        line.clear();
    };
    for (char c : text) {
        if (c == '\r' || c == '\n')
            flush();
        else
            line += c;
    }
    flush();
    return out;
}

std::vector<Cue> prepareCues(const std::vector<SubtitleCue>& cues) {
    std::vector<Cue> out;
    for (size_t i = 0; i < cues.size(); ++i) {
        const SubtitleCue& c = cues[i];
        const std::string text = cueLines(c.text);
        const std::string which = "subtitle " + std::to_string(i + 1) + " ('" + text.substr(0, 40) + "')";
        if (!std::isfinite(c.start) || !std::isfinite(c.end) || c.start < 0)
            throw InterchangeError(which + " starts at " + secondsText(c.start) + " s and ends at " +
                                   secondsText(c.end) + " s; cue times must be 0 or more seconds");
        const int64_t startMs = std::llround(c.start * 1000), endMs = std::llround(c.end * 1000);
        if (endMs <= startMs)
            throw InterchangeError(which + " runs from " + secondsText(c.start) + " s to " + secondsText(c.end) +
                                   " s; a cue must end at least 1 ms after it starts");
        if (!text.empty()) out.push_back({startMs, endMs, text});
    }
    std::stable_sort(out.begin(), out.end(), [](const Cue& a, const Cue& b) { return a.startMs < b.startMs; });
    return out;
}

std::string cueTime(int64_t ms, char millisecondSeparator) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld%c%03lld", static_cast<long long>(ms / 3600000),
                  static_cast<long long>(ms / 60000 % 60), static_cast<long long>(ms / 1000 % 60), millisecondSeparator,
                  static_cast<long long>(ms % 1000));
    return buf;
}

std::string escapeVtt(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Edit lists

void checkFps(double fps) {
    if (!std::isfinite(fps) || fps < 0.5)
        throw InterchangeError("the timeline's frame rate " + secondsText(fps) + " is not a usable frame rate");
}

bool hasMedia(const EditClip& c) {
    return c.kind == EditClip::Kind::Media && !c.sourcePath.empty();
}

// The first frame of the clip's source: its media frame, or 0 for a title or generated picture.
int64_t sourceStart(const EditClip& c) {
    return hasMedia(c) ? c.sourceIn : 0;
}

std::string oneLine(const std::string& text) {
    std::string out = text;
    std::replace(out.begin(), out.end(), '\r', ' ');
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string shownName(const EditClip& c) {
    if (!c.name.empty()) return oneLine(c.name);
    if (hasMedia(c)) return baseName(c.sourcePath);
    return c.kind == EditClip::Kind::Title ? "Title" : "Black";
}

// Track names as given, else V1, V2, ... and A1, A2, ... counted per kind.
std::vector<std::string> trackNames(const EditList& list) {
    std::vector<std::string> names;
    int video = 0, audio = 0;
    for (const EditTrack& t : list.tracks) {
        const std::string numbered =
            t.kind == EditTrack::Kind::Video ? "V" + std::to_string(++video) : "A" + std::to_string(++audio);
        names.push_back(t.name.empty() ? numbered : t.name);
    }
    return names;
}

// One item of a track laid end to end: a clip, or a hole (clip == nullptr) that becomes a gap.
struct Placed {
    const EditClip* clip = nullptr;
    int64_t recordIn = 0, recordOut = 0;  // as the clip gives them, overlaps included
    int64_t dissolveIn = 0;               // frames overlapping the previous clip
    int64_t dissolveOut = 0;              // frames overlapping the next clip
};

void appendHole(std::vector<Placed>& items, int64_t from, int64_t to) {
    if (to <= from) return;
    if (!items.empty() && !items.back().clip && items.back().recordOut == from)
        items.back().recordOut = to;
    else
        items.push_back({nullptr, from, to, 0, 0});
}

std::string clipLabel(const EditClip& c) {
    return "clip '" + shownName(c) + "'";
}

// Sorts a track's clips by position, checks them, and lays them end to end with holes and dissolves.
std::vector<Placed> layOut(const EditTrack& track, const std::string& trackName) {
    std::vector<const EditClip*> clips;
    for (const EditClip& c : track.clips) clips.push_back(&c);
    std::stable_sort(clips.begin(), clips.end(),
                     [](const EditClip* a, const EditClip* b) { return a->recordIn < b->recordIn; });

    std::vector<Placed> items;
    int64_t end = 0;  // where the last item ends
    for (const EditClip* c : clips) {
        const std::string where = "track " + trackName + ", " + clipLabel(*c) + ": ";
        const int64_t length = c->recordOut - c->recordIn;
        if (c->recordIn < 0 || length <= 0)
            throw InterchangeError(where + "record frames " + std::to_string(c->recordIn) + ".." +
                                   std::to_string(c->recordOut) +
                                   " are empty or before the start; recordOut must be after recordIn, and both >= 0");
        const int64_t n = c->transitionInFrames;
        if (n < 0 || n > length)
            throw InterchangeError(where + "a dissolve of " + std::to_string(n) + " frames does not fit a clip of " +
                                   std::to_string(length) + " frames");
        if (c->kind == EditClip::Kind::Gap) {
            if (n != 0) throw InterchangeError(where + "a gap cannot dissolve from the clip before it");
            if (c->recordIn < end)
                throw InterchangeError(where + "the gap starts at frame " + std::to_string(c->recordIn) +
                                       ", before the previous item ends at frame " + std::to_string(end));
            appendHole(items, end, c->recordOut);
            end = c->recordOut;
            continue;
        }
        if (track.kind == EditTrack::Kind::Audio && !hasMedia(*c))
            throw InterchangeError(where + "titles and generated pictures belong on a video track");
        if (hasMedia(*c)) {
            if (c->sourcePath.front() != '/')
                throw InterchangeError(where + "media path '" + c->sourcePath + "' is not absolute");
            if (c->sourceIn < 0 || c->sourceOut - c->sourceIn != length)
                throw InterchangeError(where + "source frames " + std::to_string(c->sourceIn) + ".." +
                                       std::to_string(c->sourceOut) + " are not the " + std::to_string(length) +
                                       " frames it fills on the timeline; speed changes cannot be exchanged");
            if (c->sourceDuration > 0 && c->sourceOut > c->sourceDuration)
                throw InterchangeError(where + "source out frame " + std::to_string(c->sourceOut) +
                                       " is past the end of the media (" + std::to_string(c->sourceDuration) +
                                       " frames)");
        }
        if (n > 0) {
            Placed* previous = !items.empty() && items.back().clip ? &items.back() : nullptr;
            if (!previous)
                throw InterchangeError(where + "its " + std::to_string(n) +
                                       "-frame dissolve has no clip right before it to dissolve from");
            if (c->recordIn != end - n)
                throw InterchangeError(where + "its " + std::to_string(n) + "-frame dissolve needs " +
                                       clipLabel(*previous->clip) + " to end at frame " +
                                       std::to_string(c->recordIn + n) + ", but it ends at frame " +
                                       std::to_string(end));
            if (previous->dissolveIn + n > previous->recordOut - previous->recordIn)
                throw InterchangeError(where + "its " + std::to_string(n) +
                                       "-frame dissolve overlaps the dissolve into " + clipLabel(*previous->clip) +
                                       "; shorten one of them");
            previous->dissolveOut = n;
        } else if (c->recordIn < end) {
            throw InterchangeError(where + "starts at frame " + std::to_string(c->recordIn) + ", " +
                                   std::to_string(end - c->recordIn) +
                                   " frames before the previous item ends; give it that many transitionInFrames for "
                                   "a dissolve, or move it");
        } else {
            appendHole(items, end, c->recordIn);
        }
        items.push_back({c, c->recordIn, c->recordOut, n, 0});
        end = c->recordOut;
    }
    return items;
}

// ---------------------------------------------------------------------------------------------------
// OpenTimelineIO

Json rationalTime(int64_t frames, double rate) {
    return Json{{"OTIO_SCHEMA", "RationalTime.1"}, {"rate", rate}, {"value", double(frames)}};
}

Json timeRange(int64_t start, int64_t duration, double rate) {
    return Json{{"OTIO_SCHEMA", "TimeRange.1"},
                {"duration", rationalTime(duration, rate)},
                {"start_time", rationalTime(start, rate)}};
}

// A file:// URL (RFC 8089) for an absolute path, every byte but unreserved characters and '/' encoded.
std::string fileUrl(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            url += char(c);
        } else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 15];
        }
    }
    return url;
}

Json clipMetadata(const EditClip& c, const std::string& where) {
    Json tessera = Json::object();
    if (!c.metadataJson.empty()) {
        try {
            tessera = Json::parse(c.metadataJson);
        } catch (const std::exception& e) {
            throw InterchangeError(where + "metadataJson is not valid JSON (" + e.what() + ")");
        }
        if (!tessera.is_object()) throw InterchangeError(where + "metadataJson must be a JSON object");
    }
    if (c.kind == EditClip::Kind::Title) tessera["title_text"] = c.titleText;
    return Json{{"tessera", tessera}};
}

Json mediaReference(const EditClip& c, double rate) {
    if (hasMedia(c))
        return Json{{"OTIO_SCHEMA", "ExternalReference.1"},
                    {"metadata", Json::object()},
                    {"name", baseName(c.sourcePath)},
                    {"available_range", c.sourceDuration > 0 ? timeRange(0, c.sourceDuration, rate) : Json()},
                    {"available_image_bounds", nullptr},
                    {"target_url", fileUrl(c.sourcePath)}};
    // Titles are drawn by Tessera; editors get a black generator and the text in the clip's metadata.
    return Json{{"OTIO_SCHEMA", "GeneratorReference.1"},
                {"metadata", Json::object()},
                {"name", c.kind == EditClip::Kind::Title ? "Title" : "Black"},
                {"available_range", nullptr},
                {"available_image_bounds", nullptr},
                {"generator_kind", "SolidColor"},
                {"parameters", Json{{"color", "black"}}}};
}

Json item(const char* schema, const std::string& name, Json metadata, Json sourceRange) {
    return Json{{"OTIO_SCHEMA", schema},
                {"metadata", std::move(metadata)},
                {"name", name},
                {"source_range", std::move(sourceRange)},
                {"effects", Json::array()},
                {"markers", Json::array()},
                {"enabled", true}};
}

// A dissolve of n frames is centred on the cut: in_offset (into the outgoing clip) is n / 2 and
// out_offset (into the incoming clip) the rest. Each clip gives up the part of the overlap on the other
// side of the cut, which the transition reads from the media as handles.
int64_t inOffset(int64_t n) {
    return n / 2;
}
int64_t outOffset(int64_t n) {
    return n - n / 2;
}

Json otioTrack(const EditTrack& track, const std::string& name, double rate) {
    Json children = Json::array();
    for (const Placed& p : layOut(track, name)) {
        if (!p.clip) {
            children.push_back(item("Gap.1", "", Json::object(), timeRange(0, p.recordOut - p.recordIn, rate)));
            continue;
        }
        const EditClip& c = *p.clip;
        if (p.dissolveIn > 0)
            children.push_back(Json{{"OTIO_SCHEMA", "Transition.1"},
                                    {"metadata", Json::object()},
                                    {"name", "Dissolve"},
                                    {"in_offset", rationalTime(inOffset(p.dissolveIn), rate)},
                                    {"out_offset", rationalTime(outOffset(p.dissolveIn), rate)},
                                    {"transition_type", "SMPTE_Dissolve"}});
        const int64_t head = inOffset(p.dissolveIn), tail = outOffset(p.dissolveOut);
        const std::string where = "track " + name + ", " + clipLabel(c) + ": ";
        Json clip = item("Clip.2", shownName(c), clipMetadata(c, where),
                         timeRange(sourceStart(c) + head, p.recordOut - p.recordIn - head - tail, rate));
        clip["media_references"] = Json{{"DEFAULT_MEDIA", mediaReference(c, rate)}};
        clip["active_media_reference_key"] = "DEFAULT_MEDIA";
        children.push_back(std::move(clip));
    }
    Json t = item("Track.1", name, Json::object(), nullptr);
    t["children"] = std::move(children);
    t["kind"] = track.kind == EditTrack::Kind::Video ? "Video" : "Audio";
    return t;
}

// ---------------------------------------------------------------------------------------------------
// CMX 3600

// Timecodes are counted at the frame rate rounded to a whole number: non-integer rates (23.976, 29.97)
// are written as non-drop timecode at the rounded rate (24, 30), so a timecode is a frame count, not
// wall-clock time.
int64_t nominalRate(double fps) {
    checkFps(fps);
    return std::max<int64_t>(1, std::llround(fps));
}

std::string reelOf(const EditClip& c, const std::string& where) {
    if (c.reelName.empty()) return hasMedia(c) ? "AX" : "BL";
    const bool valid = c.reelName.size() <= 8 &&
                       std::all_of(c.reelName.begin(), c.reelName.end(),
                                   [](unsigned char ch) { return std::isalnum(ch) || ch == '_' || ch == '-'; });
    if (!valid)
        throw InterchangeError(where + "reel name '" + c.reelName +
                               "' does not fit an EDL; use up to 8 letters, digits, '_' or '-'");
    return c.reelName;
}

std::string eventLine(int event, const std::string& reel, const std::string& channel, const std::string& transition,
                      const std::string& duration, const std::string& srcIn, const std::string& srcOut,
                      const std::string& recIn, const std::string& recOut) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%03d  %-8s %-5s %-4s %3s %s %s %s %s\n", event, reel.c_str(), channel.c_str(),
                  transition.c_str(), duration.c_str(), srcIn.c_str(), srcOut.c_str(), recIn.c_str(), recOut.c_str());
    return buf;
}

}  // namespace

std::string toSrt(const std::vector<SubtitleCue>& cues) {
    std::string out;
    int number = 0;
    for (const Cue& c : prepareCues(cues))
        out += std::to_string(++number) + "\n" + cueTime(c.startMs, ',') + " --> " + cueTime(c.endMs, ',') + "\n" +
               c.text + "\n\n";
    return out;
}

std::string toWebVtt(const std::vector<SubtitleCue>& cues) {
    std::string out = "WEBVTT\n\n";
    for (const Cue& c : prepareCues(cues))
        out += cueTime(c.startMs, '.') + " --> " + cueTime(c.endMs, '.') + "\n" + escapeVtt(c.text) + "\n\n";
    return out;
}

std::string toOtio(const EditList& list) {
    checkFps(list.fps);
    const std::vector<std::string> names = trackNames(list);
    Json tracks = Json::array();
    for (size_t i = 0; i < list.tracks.size(); ++i) tracks.push_back(otioTrack(list.tracks[i], names[i], list.fps));
    Json stack = item("Stack.1", "tracks", Json::object(), nullptr);
    stack["children"] = std::move(tracks);
    const Json timeline{
        {"OTIO_SCHEMA", "Timeline.1"},
        {"metadata", Json{{"tessera", Json{{"fps", list.fps}, {"width", list.width}, {"height", list.height}}}}},
        {"name", list.name},
        {"global_start_time", rationalTime(0, list.fps)},
        {"tracks", std::move(stack)}};
    return timeline.dump(4, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string edlTimecode(int64_t frame, double fps) {
    const int64_t rate = nominalRate(fps);
    if (frame < 0 || frame >= 24 * 3600 * rate)
        throw InterchangeError("frame " + std::to_string(frame) + " is outside the 24 hours EDL timecode can hold");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld:%02lld", static_cast<long long>(frame / rate / 3600),
                  static_cast<long long>(frame / rate / 60 % 60), static_cast<long long>(frame / rate % 60),
                  static_cast<long long>(frame % rate));
    return buf;
}

std::string toCmx3600Edl(const EditList& list, int trackIndex) {
    checkFps(list.fps);
    if (trackIndex < 0 || size_t(trackIndex) >= list.tracks.size())
        throw InterchangeError("an EDL of track " + std::to_string(trackIndex) +
                               " was asked for, but the timeline has " + std::to_string(list.tracks.size()) +
                               " tracks (counted from 0)");
    const EditTrack& track = list.tracks[size_t(trackIndex)];
    const std::string trackName = trackNames(list)[size_t(trackIndex)];
    const std::string channel = track.kind == EditTrack::Kind::Video ? "V" : "A";
    auto tc = [&](int64_t frame) { return edlTimecode(frame, list.fps); };

    std::string out = "TITLE: " + oneLine(list.name.empty() ? "Tessera timeline" : list.name) + "\n";
    out += "FCM: NON-DROP FRAME\n";
    int event = 0;
    const Placed* previous = nullptr;  // the clip right before, if there is no hole in between
    for (const Placed& p : layOut(track, trackName)) {
        if (!p.clip) {  // holes need no event: the record timecode just moves on
            previous = nullptr;
            continue;
        }
        const EditClip& c = *p.clip;
        const std::string where = "track " + trackName + ", " + clipLabel(c) + ": ";
        if (++event > 999)
            throw InterchangeError("track " + trackName +
                                   " has more than 999 events, the most a CMX 3600 EDL holds; export OTIO instead");
        // The event ends where the next dissolve starts; the outgoing clip plays on under the dissolve.
        const int64_t recIn = p.recordIn, recOut = p.recordOut - p.dissolveOut;
        const int64_t srcIn = sourceStart(c), srcOut = srcIn + (recOut - recIn);
        out += "\n";
        if (p.dissolveIn > 0) {
            if (p.dissolveIn > 999)
                throw InterchangeError(where + "a dissolve of " + std::to_string(p.dissolveIn) +
                                       " frames is longer than an EDL can write (999)");
            const EditClip& from = *previous->clip;
            const int64_t fromAt = sourceStart(from) + (recIn - previous->recordIn);
            char duration[8];
            std::snprintf(duration, sizeof duration, "%03lld", static_cast<long long>(p.dissolveIn));
            out +=
                eventLine(event, reelOf(from, where), channel, "C", "", tc(fromAt), tc(fromAt), tc(recIn), tc(recIn));
            out += eventLine(event, reelOf(c, where), channel, "D", duration, tc(srcIn), tc(srcOut), tc(recIn),
                             tc(recOut));
            out += "* FROM CLIP NAME: " + shownName(from) + "\n";
            out += "* TO CLIP NAME: " + shownName(c) + "\n";
        } else {
            out += eventLine(event, reelOf(c, where), channel, "C", "", tc(srcIn), tc(srcOut), tc(recIn), tc(recOut));
            out += "* FROM CLIP NAME: " + shownName(c) + "\n";
        }
        if (hasMedia(c)) out += "* SOURCE FILE: " + oneLine(c.sourcePath) + "\n";
        previous = &p;
    }
    return out;
}

}  // namespace tessera::app
