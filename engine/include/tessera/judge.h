#pragma once
// The judge: measures a clip against a Shapes World prompt with plain image analysis (no learned
// model). Segments objects from the background, reads each object's colour, shape, size and motion,
// the background colour and the layout of two objects, and scores every attribute the prompt states.
// Method and thresholds: docs/shapes_world.md.
#include <optional>
#include <string>
#include <vector>

#include "tessera/frame.h"
#include "tessera/shapes_world.h"

namespace tessera {

// ---- Thresholds. m = min(width, height) of the clip. ----

/// A pixel is foreground when its RGB distance (0..255 units) from the frame's background exceeds
/// this; the smallest palette object/background distance is 127 (green on gray).
constexpr double kJudgeForegroundDistance = 48.0;
/// Connected components smaller than this * m^2 pixels are specks (a small triangle is 0.02 m^2).
constexpr double kJudgeMinObjectArea = 0.004;
/// Bounding-box extent / m below which an object is small (small draws 0.20, large 0.36).
constexpr double kJudgeSizeSplit = 0.28;
/// Net centroid displacement / m below which an object stands still (moving objects travel >= 0.38).
constexpr double kJudgeStillDistance = 0.10;
/// Bouncing: the fall to the lowest point and the rebound after it are each at least this * m ...
constexpr double kJudgeBounceMinTravel = 0.10;
/// ... the lowest point's box bottom is within this fraction of the height from the bottom edge ...
constexpr double kJudgeBounceBottomBand = 0.25;
/// ... and the net horizontal displacement is below this fraction of the fall.
constexpr double kJudgeBounceMaxDrift = 0.5;
/// "A to the left of B" holds in a frame when B's centroid is right of A's by more than this times
/// the sum of their box widths (i.e. half their mean width); likewise "above" with heights. It must
/// hold in more than half of the frames where both are seen.
constexpr double kJudgeLayoutSeparation = 0.25;
/// At most this many objects are tracked (the largest ones).
constexpr int kJudgeMaxTracks = 4;

// ---- Results. ----

enum class Attribute { Count, Background, Size, Color, Shape, Motion, Layout };
/// "count", "background", "size", "color", "shape", "motion", "layout".
const char* word(Attribute attribute);

/// One scored attribute of the prompt.
struct AttributeScore {
    Attribute attribute = Attribute::Count;
    int object = -1;        ///< 0 or 1 for object attributes, -1 for count, background and layout
    std::string expected;   ///< caption words, e.g. "red", "moving left", "to the left of", "2"
    std::string predicted;  ///< what the judge read; "missing" when no object was matched
    bool correct = false;
};

/// What the judge read of one tracked object.
struct ObservedObject {
    Color color = Color::Red;  ///< nearest object palette colour (CIELAB), majority over frames
    Shape shape = Shape::Circle;
    Size size = Size::Small;
    std::optional<Motion> motion;  ///< unset when the clip has fewer than 3 frames
    int framesSeen = 0;
    double meanArea = 0;            ///< pixels
    std::vector<int> frames;        ///< frame index of each observation
    std::vector<double> centroidX;  ///< pixels, one per observation
    std::vector<double> centroidY;
};

struct Judgement {
    Color background = Color::Black;
    std::vector<ObservedObject> objects;  ///< tracked objects, most often seen first
    std::vector<AttributeScore> scores;   ///< one per attribute the prompt states
    int correctCount() const;
    bool allCorrect() const { return correctCount() == int(scores.size()); }
};

/// Scores the clip against the prompt. Attributes the prompt leaves out are not scored; motion is not
/// scored on clips of fewer than 3 frames. With two prompt objects, prompt objects are matched to
/// tracked objects so that the most attributes agree (ties: the layout decides). Throws
/// std::invalid_argument for an empty clip or frames of different sizes.
Judgement judge(const Clip& clip, const ParsedPrompt& expected);

/// What the judge reads in a clip (or a one-frame image), as a description in the caption's terms: the
/// background, and the one or two objects seen in at least half as many frames as the most seen one,
/// with size, colour, shape and (clips of 3 frames or more) motion; two objects with the layout along
/// the axis they are further apart on, if it holds in most frames (else only the most seen object).
/// Throws std::invalid_argument for
/// an empty clip or frames of different sizes.
ParsedPrompt describeClip(const Clip& clip);

}  // namespace tessera
