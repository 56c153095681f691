#pragma once
// Shapes World: procedural clips of flat-coloured shapes with an exact caption and per-frame ground
// truth. The default model is trained on it and evaluated against it (see docs/shapes_world.md).
// Torch-free: training code converts the frames to tensors.
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tessera/frame.h"

namespace tessera {

// ---- Vocabulary. word() gives the exact caption words. ----

enum class Shape { Circle, Square, Triangle };
enum class Size { Small, Large };
/// Object colours are Red..White; backgrounds are Black, Gray or White.
enum class Color { Red, Yellow, Green, Cyan, Blue, Magenta, White, Black, Gray };
enum class Motion { Still, Left, Right, Up, Down, Bouncing };
/// Relation of the first object to the second: "A to the left of B", "A above B".
enum class Layout { LeftOf, Above };

constexpr std::array<Shape, 3> kShapes = {Shape::Circle, Shape::Square, Shape::Triangle};
constexpr std::array<Size, 2> kSizes = {Size::Small, Size::Large};
constexpr std::array<Color, 7> kObjectColors = {Color::Red,  Color::Yellow,  Color::Green, Color::Cyan,
                                                Color::Blue, Color::Magenta, Color::White};
constexpr std::array<Color, 3> kBackgroundColors = {Color::Black, Color::Gray, Color::White};
constexpr std::array<Motion, 6> kMotions = {Motion::Still, Motion::Left, Motion::Right,
                                            Motion::Up,    Motion::Down, Motion::Bouncing};
constexpr std::array<Layout, 2> kLayouts = {Layout::LeftOf, Layout::Above};

/// "circle", "square", "triangle".
const char* word(Shape shape);
/// "small", "large".
const char* word(Size size);
/// "red", ..., "white", "black", "gray".
const char* word(Color color);
/// "standing still", "moving left", "moving right", "moving up", "moving down", "bouncing".
const char* word(Motion motion);
/// "to the left of", "above".
const char* word(Layout layout);

/// An sRGB colour, 8 bits per channel.
struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};
/// The exact palette colour of a colour name (the renderer draws it, the judge compares against it).
Rgb paletteRgb(Color color);
/// True for Black, Gray and White.
bool isBackgroundColor(Color color);
/// True for Red..White.
bool isObjectColor(Color color);

/// Object diameter (bounding-box side) as a fraction of min(width, height): small 0.20, large 0.36.
double sizeFraction(Size size);

// ---- Scenes. ----

/// One object. Positions are resolution-free: (u, v) in [0, 1]^2 is the position of the object's
/// centre inside its free area, the part of its region where the whole object fits (u=0: touching
/// the region's left edge, v=1: touching its bottom edge). The region is the frame, or the object's
/// half of it in a two-object scene (see docs/shapes_world.md).
struct SceneObject {
    Shape shape = Shape::Circle;
    Size size = Size::Small;
    Color color = Color::Red;
    Motion motion = Motion::Still;
    double u = 0.5, v = 0.5;    ///< start position in the free area
    double du = 0.0, dv = 0.0;  ///< displacement over the whole clip, free-area units (linear motions)
    double bounceTime = 0.5;    ///< Bouncing only: time of the impact as a fraction of the clip
    /// Linear motions only: the moving coordinate (u for left and right, v for up and down) is on
    /// the object's track through the region instead of its free area: 0 has the object just wholly
    /// outside the region's left (top) edge, 1 just wholly outside its right (bottom) edge. Such an
    /// object may enter or leave the frame during the clip; its ground truth holds the visible part.
    bool onTrack = false;
};

/// What a clip shows: a background and one or two objects.
struct Scene {
    Color background = Color::Black;
    std::vector<SceneObject> objects;  ///< 1 or 2
    Layout layout = Layout::LeftOf;    ///< two objects: objects[0] <layout> objects[1]
};

/// A (colour, shape, motion) combination; the unit of the held-out split.
struct Combination {
    Color color = Color::Red;
    Shape shape = Shape::Circle;
    Motion motion = Motion::Still;
    bool operator<(const Combination& o) const;
    bool operator==(const Combination& o) const;
};

/// Which scenes sampleScene may return with respect to a held-out set.
enum class Split {
    All,      ///< any scene
    Seen,     ///< no object is a held-out combination (training)
    HeldOut,  ///< at least one object is a held-out combination (composition evaluation)
};

struct SceneOptions {
    double twoObjectProbability = 0.3;
    std::set<Combination> heldOut;  ///< e.g. heldOutCombinations(seed)
    Split split = Split::All;
};

/// A random scene, a pure function of seed and options. Throws std::invalid_argument when the
/// options allow no scene (e.g. Split::HeldOut with an empty held-out set).
Scene sampleScene(uint64_t seed, const SceneOptions& options = {});

/// The scene with its object passing through the frame (entering or leaving it): a single object
/// with a linear motion is put on its track (SceneObject::onTrack) with a travel of 0.4 to 0.8 of
/// it, starting anywhere the travel fits, drawn from the seed. Other scenes (two objects, standing
/// still, bouncing) come back unchanged. The caption does not change.
Scene passingThrough(const Scene& scene, uint64_t seed);

/// All (colour, shape, motion) combinations: 7 * 3 * 6 = 126.
std::vector<Combination> allCombinations();
/// ceil(fraction * 126) combinations chosen by the seed, never removing the last training
/// combination of any (colour, shape), (colour, motion) or (shape, motion) pair. fraction in [0.2, 0.5].
std::set<Combination> heldOutCombinations(uint64_t seed, double fraction = 0.2);
/// True when any object of the scene is a combination of the set.
bool isHeldOut(const Scene& scene, const std::set<Combination>& heldOut);

// ---- Captions. ----

/// What a caption states about one object; empty optionals were not stated.
struct ObjectSpec {
    std::optional<Size> size;
    std::optional<Color> color;
    std::optional<Shape> shape;
    std::optional<Motion> motion;
    bool operator==(const ObjectSpec& o) const;
};

/// What a caption states: zero objects (the empty caption), one object, or two objects with their
/// layout; and optionally the background.
struct ParsedPrompt {
    std::vector<ObjectSpec> objects;
    std::optional<Layout> layout;
    std::optional<Color> background;
    bool operator==(const ParsedPrompt& o) const;
};

/// Everything the canonical caption of the scene states (two-object scenes leave "standing still" unstated).
ParsedPrompt describe(const Scene& scene);
/// The canonical caption, e.g. "a large red circle moving right on a black background" or
/// "a small cyan triangle to the left of a large yellow square, on a gray background".
std::string caption(const Scene& scene);
/// The caption of a (partial) description in the canonical grammar. A missing shape is written
/// "shape" ("a red shape"). In two-object captions "standing still" is never written. Throws
/// std::invalid_argument for descriptions the grammar cannot express (3 objects, two without a layout,
/// a background without objects).
std::string caption(const ParsedPrompt& prompt);
/// Reads a caption of the canonical grammar (complete or partial). Throws std::invalid_argument naming
/// the first word that does not fit the grammar.
ParsedPrompt parsePrompt(const std::string& text);
/// The scene for a (partial) description: sampleScene(seed) when it agrees with every attribute the
/// description states, else the first that agrees of a stream of candidate scenes drawn from the seed
/// (each seed its own stream, so different seeds give different scenes). A description with no
/// objects states at most the background. Throws std::invalid_argument when no scene can have the
/// description (an object on a background of its own colour).
Scene sceneMatching(const ParsedPrompt& wanted, uint64_t seed);
/// The description of the same clip played backward: moving left and right swap, as do up and down;
/// standing still stays, and so does bouncing (a fall, a bounce and a rise read backward are a fall,
/// a bounce and a rise). Sizes, colours, shapes, layout and background are unchanged.
ParsedPrompt reversedInTime(ParsedPrompt prompt);

struct DropoutOptions {
    double emptyProbability = 0.1;  ///< the whole caption becomes "" (for classifier-free guidance)
    double dropProbability = 0.3;   ///< each attribute (background, size, colour, shape, motion) independently
    bool dropMotion = false;        ///< leave all motions out (single-frame training clips)
};
/// A caption that leaves some attributes out; still a true description of the scene. Deterministic.
std::string dropoutCaption(const Scene& scene, uint64_t seed, const DropoutOptions& options = {});

// ---- Rendering and ground truth. ----

/// Half-open pixel rectangle [x0, x1) x [y0, y1).
struct Box {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
};

/// Ground truth of one object in one frame.
struct ObjectTruth {
    Color color = Color::Red;
    double centerX = 0, centerY = 0;      ///< geometric centre of the shape's bounding square, pixels
    double radius = 0;                    ///< half the diameter, pixels
    Box box;                              ///< bounding box of the mask
    double centroidX = 0, centroidY = 0;  ///< mean of the mask's pixel centres (x + 0.5, y + 0.5)
    int pixelCount = 0;
    std::vector<uint8_t> mask;  ///< width * height, 1 where this object is drawn
};

struct FrameTruth {
    std::vector<ObjectTruth> objects;  ///< in scene order
};

struct RenderedClip {
    Clip clip;
    std::vector<FrameTruth> truth;  ///< one per frame
};

/// Renders the scene at any size (width, height >= 16), frame count >= 1 and fps > 0. Motions span
/// the whole clip, whatever its length: frame i is at time t = i / (frames - 1). No anti-aliasing:
/// a pixel belongs to an object when its centre is inside the shape, so masks are exact.
RenderedClip render(const Scene& scene, int width, int height, int frames, double fps);

}  // namespace tessera
