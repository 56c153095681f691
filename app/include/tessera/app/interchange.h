#pragma once
// Subtitle sidecars (SRT, WebVTT) and edit interchange (OpenTimelineIO, CMX 3600 EDL); see
// app/src/timeline/interchange.cpp. Pure functions of plain structs: no database, no Qt, no files.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "tessera/app/audio.h"

namespace tessera::app {

/// A timeline or subtitle list that cannot be written as asked; the message names the track, clip or cue.
class InterchangeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// SubRip text: cues in order of start time, numbered from 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm", each cue
/// followed by a blank line. Blank lines inside a cue's text are dropped (they would end the cue), and a
/// cue with no text left is left out.
std::string toSrt(const std::vector<SubtitleCue>& cues);
/// WebVTT text: the "WEBVTT" header, then cues as for toSrt with "HH:MM:SS.mmm" times and &, <, >
/// escaped in the text.
std::string toWebVtt(const std::vector<SubtitleCue>& cues);

/// One item on a track of a flattened timeline. Positions are timeline frames (EditList::fps).
struct EditClip {
    enum class Kind { Media, Title, Gap };

    std::string name;        ///< shown name (e.g. the clip's prompt, shortened)
    std::string sourcePath;  ///< absolute media path; "" for a generated (black) picture
    std::string reelName;    ///< EDL reel, up to 8 letters, digits, '_' or '-'; "" gives AX for media, BL otherwise
    int64_t sourceIn = 0, sourceOut = 0;  ///< used part of the media, out exclusive; out - in == recordOut - recordIn
    int64_t recordIn = 0, recordOut = 0;  ///< place on the timeline, out exclusive
    int64_t sourceDuration = 0;           ///< length of the media, for OTIO's available_range; 0 = unknown
    Kind kind = Kind::Media;
    std::string titleText;  ///< for titles
    /// Frames of a dissolve from the previous clip on the track: this clip's first N frames overlap that
    /// clip's last N frames, so recordIn == previous recordOut - N. 0 is a cut. The two dissolves of a
    /// clip must not overlap each other (N in + N out <= its length).
    int64_t transitionInFrames = 0;
    std::string metadataJson = "{}";  ///< a JSON object (the recipe etc.), carried into OTIO metadata
};

struct EditTrack {
    enum class Kind { Video, Audio };

    std::string name;  ///< "" gives V1, V2, ... / A1, A2, ...
    Kind kind = Kind::Video;
    std::vector<EditClip> clips;  ///< in any order; holes between clips are gaps
};

struct EditList {
    std::string name;
    double fps = 16;
    int width = 0, height = 0;
    std::vector<EditTrack> tracks;
};

/// OpenTimelineIO JSON (Timeline.1, Clip.2): gaps fill the holes, each dissolve is a SMPTE_Dissolve
/// Transition.1 centred on the middle of the overlap, titles and black are GeneratorReference clips, and
/// every clip carries its metadataJson as metadata "tessera".
std::string toOtio(const EditList& list);

/// A CMX 3600 EDL of one track (its number in `list.tracks`): cuts as C events, dissolves in the two-line
/// form (the outgoing clip's event ends where the dissolve starts), titles and black on reel BL, clip
/// names and files as comments. Timecodes start at 00:00:00:00 and are non-drop (see edlTimecode).
std::string toCmx3600Edl(const EditList& list, int trackIndex = 0);

/// `frame` as HH:MM:SS:FF at `fps` rounded to a whole frame rate (23.976 -> 24), non-drop.
std::string edlTimecode(int64_t frame, double fps);

}  // namespace tessera::app
