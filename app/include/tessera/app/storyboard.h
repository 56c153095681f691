#pragma once
// Lesson scripts to timelines (docs/storyboard.md): "# Title" is an opening card (3 s), "## Section"
// a section card (2 s), "shot: PROMPT" / "shot 4s: PROMPT" a generated shot (2 s by default), and any
// other paragraph narration spoken over the next card or shot (and shown as its subtitle); a card or
// shot lasts at least as long as its narration.
#include <cstdint>
#include <string>
#include <vector>

#include "tessera/app/narration.h"

namespace tessera::app {

class ProjectLibrary;

struct LessonBlock {
    enum class Kind { Title, Section, Shot };
    Kind kind = Kind::Title;
    std::string text;       ///< the card's text or the shot's prompt
    double seconds = 0;     ///< asked-for duration (before narration lengthens it)
    std::string narration;  ///< spoken over it (paragraphs joined with blank lines)
    int line = 0;           ///< 1-based line in the script
};

/// Parses a lesson script; throws std::runtime_error naming `what` and the line for a malformed
/// shot line or a script with no card or shot. Narration after the last card or shot goes to it.
std::vector<LessonBlock> parseLesson(const std::string& text, const std::string& what = "lesson");

struct StoryboardOptions {
    std::string timelineName;  ///< the timeline to make (an existing one of this name is continued)
    std::string model;         ///< the model bundle folder for the shots
    std::string modelName;
    std::string device;
    int64_t seed = -1;  ///< shot k gets seed + k; -1 = a random seed per shot
    int steps = 0;      ///< 0 = the model's default
    NarrationOptions voice;
};

struct StoryboardResult {
    int64_t timelineId = 0;
    bool continued = false;      ///< the timeline existed: nothing was added
    std::vector<int64_t> jobs;   ///< the shots' generation jobs
    int cards = 0, shots = 0, narrations = 0;
};

/// Lays the lesson out on a new timeline (the model's default size and fps): title cards on the
/// title track, pending shots (queued jobs) on the video track, narration (spoken with espeak-ng,
/// stored as audio assets) on the audio track. One transaction per edit; the jobs are queued in one.
StoryboardResult buildStoryboard(ProjectLibrary& project, const std::vector<LessonBlock>& lesson,
                                 const StoryboardOptions& options);

/// Binds the timeline's pending shots whose jobs are done to their clips. Returns how many are still
/// pending; throws std::runtime_error naming the shot when its job failed or was cancelled.
int bindFinishedShots(ProjectLibrary& project, int64_t timelineId);

}  // namespace tessera::app
