// Shapes World: vocabulary, palette, scene sampling, held-out split and rendering.
// Captions and their parser live in shapes_caption.cpp. Rules in docs/shapes_world.md.
#include "tessera/shapes_world.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "data/rng.h"

namespace tessera {

namespace {

constexpr double kSmallFraction = 0.20;  // object diameter / min(width, height)
constexpr double kLargeFraction = 0.36;
constexpr double kHalfGapFraction = 0.04;  // two objects: empty band of 2 * this * min(w, h) between their halves
constexpr double kMinTravel = 0.6;         // linear motions travel 0.6..1.0 of the free area
constexpr double kMaxTravel = 1.0;
constexpr double kMinTrackTravel = 0.4;  // passing through: 0.4..0.8 of the track (about the same speeds)
constexpr double kMaxTrackTravel = 0.8;
constexpr double kMaxBounceStart = 0.2;  // bouncing starts at rest in the top 20% of the free area
constexpr double kMinBounceTime = 0.45;  // impact between 45% and 55% of the clip: one bounce only,
constexpr double kMaxBounceTime = 0.55;  // and the rebound is still well up at the end
constexpr double kRestitution = 0.8;     // rebound speed / impact speed
constexpr int kMaxSceneAttempts = 100000;

}  // namespace

// ---- Vocabulary ----

namespace {

// Indexed by the enum values, in declaration order.
const char* const kShapeWords[] = {"circle", "square", "triangle"};
const char* const kSizeWords[] = {"small", "large"};
const char* const kColorWords[] = {"red", "yellow", "green", "cyan", "blue", "magenta", "white", "black", "gray"};
const char* const kMotionWords[] = {"standing still", "moving left", "moving right",
                                    "moving up",      "moving down", "bouncing"};
const char* const kLayoutWords[] = {"to the left of", "above"};
const Rgb kPalette[] = {
    {220, 40, 40},    // red
    {230, 210, 40},   // yellow
    {40, 190, 60},    // green
    {40, 200, 210},   // cyan
    {40, 70, 220},    // blue
    {210, 50, 200},   // magenta
    {240, 240, 240},  // white
    {16, 16, 16},     // black
    {128, 128, 128},  // gray
};

template <typename T, size_t N>
const T& entry(const T (&table)[N], int index, const char* type) {
    if (index < 0 || index >= int(N)) throw std::invalid_argument(std::string("invalid ") + type + " value");
    return table[index];
}

}  // namespace

const char* word(Shape shape) {
    return entry(kShapeWords, int(shape), "Shape");
}
const char* word(Size size) {
    return entry(kSizeWords, int(size), "Size");
}
const char* word(Color color) {
    return entry(kColorWords, int(color), "Color");
}
const char* word(Motion motion) {
    return entry(kMotionWords, int(motion), "Motion");
}
const char* word(Layout layout) {
    return entry(kLayoutWords, int(layout), "Layout");
}
Rgb paletteRgb(Color color) {
    return entry(kPalette, int(color), "Color");
}

bool isBackgroundColor(Color color) {
    return std::find(kBackgroundColors.begin(), kBackgroundColors.end(), color) != kBackgroundColors.end();
}

bool isObjectColor(Color color) {
    return std::find(kObjectColors.begin(), kObjectColors.end(), color) != kObjectColors.end();
}

double sizeFraction(Size size) {
    return size == Size::Small ? kSmallFraction : kLargeFraction;
}

bool Combination::operator<(const Combination& o) const {
    return std::make_tuple(color, shape, motion) < std::make_tuple(o.color, o.shape, o.motion);
}

bool Combination::operator==(const Combination& o) const {
    return color == o.color && shape == o.shape && motion == o.motion;
}

// ---- Sampling ----

namespace {

template <typename T, size_t N>
T pick(Rng& rng, const std::array<T, N>& values) {
    return values[size_t(rng.below(int(N)))];
}

template <typename T>
T pick(Rng& rng, const std::vector<T>& values) {
    return values[size_t(rng.below(int(values.size())))];
}

/// Motions a scene may give an object. Two objects never move along their layout axis, so the
/// relation holds for the whole clip; bouncing needs the full height, so only beside each other.
std::vector<Motion> allowedMotions(int objectCount, Layout layout) {
    if (objectCount == 1) return {kMotions.begin(), kMotions.end()};
    if (layout == Layout::LeftOf) return {Motion::Still, Motion::Up, Motion::Down, Motion::Bouncing};
    return {Motion::Still, Motion::Left, Motion::Right};
}

/// Start and displacement along one axis of the free area (or the track) for a linear motion in
/// direction dir (+1/-1), travelling between minTravel and maxTravel of it.
std::pair<double, double> travel(Rng& rng, int dir, double minTravel = kMinTravel, double maxTravel = kMaxTravel) {
    double distance = rng.uniform(minTravel, maxTravel);
    double start = dir > 0 ? rng.uniform(0.0, 1.0 - distance) : rng.uniform(distance, 1.0);
    return {start, dir * distance};
}

bool isHorizontal(Motion m) {
    return m == Motion::Left || m == Motion::Right;
}

/// Moving left, right, up or down.
bool isLinear(Motion m) {
    return isHorizontal(m) || m == Motion::Up || m == Motion::Down;
}

/// For an object moving left, right, up or down: draws the start and displacement of its moving
/// coordinate (travel()). Returns false, drawing nothing, for other motions.
bool drawLinearTravel(Rng& rng, SceneObject& obj, double minTravel, double maxTravel) {
    if (!isLinear(obj.motion)) return false;
    const bool horizontal = isHorizontal(obj.motion);
    const int dir = obj.motion == Motion::Right || obj.motion == Motion::Down ? +1 : -1;
    double& start = horizontal ? obj.u : obj.v;
    double& shift = horizontal ? obj.du : obj.dv;
    std::tie(start, shift) = travel(rng, dir, minTravel, maxTravel);
    return true;
}

void placeObject(Rng& rng, SceneObject& obj) {
    obj.u = rng.uniform();
    obj.v = rng.uniform();
    obj.du = obj.dv = 0.0;
    if (drawLinearTravel(rng, obj, kMinTravel, kMaxTravel)) return;
    if (obj.motion == Motion::Bouncing) {
        obj.v = rng.uniform(0.0, kMaxBounceStart);
        obj.bounceTime = rng.uniform(kMinBounceTime, kMaxBounceTime);
    }
}

Color pickBackground(Rng& rng, const std::vector<SceneObject>& objects) {
    std::vector<Color> choices;
    for (Color c : kBackgroundColors) {
        bool taken = std::any_of(objects.begin(), objects.end(), [c](const SceneObject& o) { return o.color == c; });
        if (!taken) choices.push_back(c);
    }
    return pick(rng, choices);
}

Scene drawScene(Rng& rng, double twoObjectProbability) {
    Scene scene;
    int count = rng.chance(twoObjectProbability) ? 2 : 1;
    scene.layout = pick(rng, kLayouts);
    std::vector<Motion> motions = allowedMotions(count, scene.layout);
    for (int i = 0; i < count; ++i) {
        SceneObject obj;
        obj.shape = pick(rng, kShapes);
        obj.size = pick(rng, kSizes);
        obj.color = pick(rng, kObjectColors);
        obj.motion = pick(rng, motions);
        placeObject(rng, obj);
        scene.objects.push_back(obj);
    }
    scene.background = pickBackground(rng, scene.objects);
    return scene;
}

bool fitsSplit(const Scene& scene, const SceneOptions& options) {
    switch (options.split) {
        case Split::All:
            return true;
        case Split::Seen:
            return !isHeldOut(scene, options.heldOut);
        case Split::HeldOut:
            return isHeldOut(scene, options.heldOut);
    }
    return false;
}

}  // namespace

Scene sampleScene(uint64_t seed, const SceneOptions& options) {
    if (!(options.twoObjectProbability >= 0.0 && options.twoObjectProbability <= 1.0))
        throw std::invalid_argument("sampleScene: twoObjectProbability must be in [0, 1]");
    if (options.split == Split::HeldOut && options.heldOut.empty())
        throw std::invalid_argument("sampleScene: Split::HeldOut needs a non-empty heldOut set");
    Rng rng(deriveSeed(seed, 1));
    for (int attempt = 0; attempt < kMaxSceneAttempts; ++attempt) {
        Scene scene = drawScene(rng, options.twoObjectProbability);
        if (fitsSplit(scene, options)) return scene;
    }
    throw std::invalid_argument("sampleScene: no scene of the requested split found; check the heldOut set");
}

Scene passingThrough(const Scene& scene, uint64_t seed) {
    if (scene.objects.size() != 1) return scene;
    Scene out = scene;
    SceneObject& obj = out.objects[0];
    Rng rng(deriveSeed(seed, 4));
    if (!drawLinearTravel(rng, obj, kMinTrackTravel, kMaxTrackTravel)) return scene;
    obj.onTrack = true;
    return out;
}

namespace {

bool agrees(const ParsedPrompt& wanted, const ParsedPrompt& has) {
    if (!wanted.objects.empty() && has.objects.size() != wanted.objects.size()) return false;
    if (wanted.background && wanted.background != has.background) return false;
    if (wanted.layout && wanted.layout != has.layout) return false;
    for (size_t i = 0; i < wanted.objects.size(); ++i) {
        const ObjectSpec &w = wanted.objects[i], &o = has.objects[i];
        if ((w.size && w.size != o.size) || (w.color && w.color != o.color) || (w.shape && w.shape != o.shape) ||
            (w.motion && w.motion != o.motion.value_or(Motion::Still)))
            return false;
    }
    return true;
}

}  // namespace

Scene sceneMatching(const ParsedPrompt& wanted, uint64_t seed) {
    for (const ObjectSpec& o : wanted.objects)
        if (o.color && o.color == wanted.background)
            throw std::invalid_argument("no Shapes World scene is '" + caption(wanted) +
                                        "' (an object never has the background's colour)");
    // Every other description has scenes; a fully stated two-object one about one in 3 * 10^5 (two
    // objects, a layout, two sizes, colours, shapes and motions, a background), so 2 * 10^7 candidates
    // (about 40 s) practically never miss one. The bound only keeps a bug from looping for ever.
    constexpr uint64_t kCandidates = 20000000;
    Scene scene = sampleScene(seed);
    for (uint64_t k = 1; !agrees(wanted, describe(scene)); ++k) {
        if (k == kCandidates)
            throw std::invalid_argument("no Shapes World scene among " + std::to_string(kCandidates) +
                                        " drawn from the seed is '" + caption(wanted) + "'");
        scene = sampleScene(deriveSeed(seed, 0x5CE4E000ull + k));
    }
    return scene;
}

// ---- Held-out split ----

std::vector<Combination> allCombinations() {
    std::vector<Combination> all;
    for (Color c : kObjectColors)
        for (Shape s : kShapes)
            for (Motion m : kMotions) all.push_back({c, s, m});
    return all;
}

std::set<Combination> heldOutCombinations(uint64_t seed, double fraction) {
    if (!(fraction >= 0.2 && fraction <= 0.5))
        throw std::invalid_argument("heldOutCombinations: fraction must be in [0.2, 0.5]");
    std::vector<Combination> order = allCombinations();
    Rng rng(deriveSeed(seed, 2));
    for (size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[size_t(rng.below(int(i + 1)))]);

    // Training combinations left per attribute pair; a pair is never emptied, so every pair of
    // attribute values is seen in training and evaluation measures composing it with the third.
    std::map<std::pair<int, int>, int> colorShape, colorMotion, shapeMotion;
    for (const Combination& c : order) {
        ++colorShape[{int(c.color), int(c.shape)}];
        ++colorMotion[{int(c.color), int(c.motion)}];
        ++shapeMotion[{int(c.shape), int(c.motion)}];
    }
    size_t target = size_t(std::ceil(fraction * double(order.size()) - 1e-9));
    std::set<Combination> held;
    for (const Combination& c : order) {
        if (held.size() == target) break;
        int& cs = colorShape[{int(c.color), int(c.shape)}];
        int& cm = colorMotion[{int(c.color), int(c.motion)}];
        int& sm = shapeMotion[{int(c.shape), int(c.motion)}];
        if (cs == 1 || cm == 1 || sm == 1) continue;
        --cs, --cm, --sm;
        held.insert(c);
    }
    if (held.size() < target) throw std::invalid_argument("heldOutCombinations: fraction too large to keep every pair");
    return held;
}

bool isHeldOut(const Scene& scene, const std::set<Combination>& heldOut) {
    return std::any_of(scene.objects.begin(), scene.objects.end(), [&](const SceneObject& o) {
        return heldOut.count(Combination{o.color, o.shape, o.motion}) > 0;
    });
}

// ---- Rendering ----

namespace {

struct Rect {
    double x0, y0, w, h;
};

/// The part of the frame an object lives in: the whole frame, or its half of a two-object layout.
Rect regionOf(const Scene& scene, size_t index, int width, int height) {
    if (scene.objects.size() == 1) return {0, 0, double(width), double(height)};
    double gap = kHalfGapFraction * std::min(width, height);
    bool first = index == 0;
    if (scene.layout == Layout::LeftOf) {
        double w = width / 2.0 - gap;
        return {first ? 0.0 : width - w, 0, w, double(height)};
    }
    double h = height / 2.0 - gap;
    return {0, first ? 0.0 : height - h, double(width), h};
}

/// Free-area v of a bouncing object at time t: falls from rest at v0, hits v = 1 at bounceTime and
/// rebounds with kRestitution under the same gravity.
double bounceV(double v0, double bounceTime, double t) {
    double gravity = 2.0 * (1.0 - v0) / (bounceTime * bounceTime);
    if (t <= bounceTime) return v0 + 0.5 * gravity * t * t;
    double s = t - bounceTime;
    double rebound = kRestitution * gravity * bounceTime;
    return std::min(1.0, 1.0 - rebound * s + 0.5 * gravity * s * s);
}

std::pair<double, double> freePosition(const SceneObject& obj, double t) {
    if (obj.motion == Motion::Bouncing) return {obj.u, bounceV(obj.v, obj.bounceTime, t)};
    return {obj.u + obj.du * t, obj.v + obj.dv * t};
}

/// Is the pixel centre at offset (dx, dy) from the object's centre inside a shape of radius r?
bool inside(Shape shape, double dx, double dy, double r) {
    switch (shape) {
        case Shape::Circle:
            return dx * dx + dy * dy <= r * r;
        case Shape::Square:
            return dx >= -r && dx < r && dy >= -r && dy < r;
        case Shape::Triangle:
            return dy >= -r && dy < r && 2.0 * std::abs(dx) < dy + r;  // apex up, base down
    }
    return false;
}

void checkUnit(double value, const char* field) {
    if (!(value >= -1e-9 && value <= 1.0 + 1e-9))
        throw std::invalid_argument(std::string("render: object ") + field + " leaves the free area [0, 1]");
}

void validate(const Scene& scene, int width, int height, int frames, double fps) {
    if (width < 16 || height < 16) throw std::invalid_argument("render: width and height must be >= 16");
    if (frames < 1) throw std::invalid_argument("render: frames must be >= 1");
    if (!(fps > 0)) throw std::invalid_argument("render: fps must be > 0");
    if (scene.objects.empty() || scene.objects.size() > 2)
        throw std::invalid_argument("render: a scene has 1 or 2 objects");
    if (!isBackgroundColor(scene.background))
        throw std::invalid_argument("render: background must be black, gray or white");
    for (const SceneObject& o : scene.objects) {
        if (!isObjectColor(o.color)) throw std::invalid_argument("render: object color must be an object color");
        if (o.color == scene.background) throw std::invalid_argument("render: object has the background's color");
        checkUnit(o.u, "u");
        checkUnit(o.v, "v");
        checkUnit(o.u + o.du, "u + du");
        checkUnit(o.v + o.dv, "v + dv");
        if (o.onTrack && !isLinear(o.motion))
            throw std::invalid_argument("render: only an object moving left, right, up or down can be on a track");
        if (o.motion == Motion::Bouncing && !(o.bounceTime > 0 && o.bounceTime < 1))
            throw std::invalid_argument("render: bounceTime must be in (0, 1)");
    }
}

/// Draws one object into the frame and returns its ground truth.
ObjectTruth drawObject(const SceneObject& obj, const Rect& region, double t, Frame& frame) {
    const int width = frame.width, height = frame.height;
    ObjectTruth truth;
    truth.color = obj.color;
    double diameter = sizeFraction(obj.size) * std::min(width, height);
    truth.radius = diameter / 2;
    auto [u, v] = freePosition(obj, t);
    truth.centerX = region.x0 + truth.radius + u * (region.w - diameter);
    truth.centerY = region.y0 + truth.radius + v * (region.h - diameter);
    if (obj.onTrack) {  // the moving axis runs from just outside one edge to just outside the other
        if (isHorizontal(obj.motion))
            truth.centerX = region.x0 - truth.radius + u * (region.w + diameter);
        else
            truth.centerY = region.y0 - truth.radius + v * (region.h + diameter);
    }
    truth.mask.assign(size_t(width) * height, 0);
    truth.box = {width, height, 0, 0};

    const Rgb rgb = paletteRgb(obj.color);
    int xa = std::max(0, int(std::floor(truth.centerX - truth.radius)));
    int xb = std::min(width, int(std::ceil(truth.centerX + truth.radius)) + 1);
    int ya = std::max(0, int(std::floor(truth.centerY - truth.radius)));
    int yb = std::min(height, int(std::ceil(truth.centerY + truth.radius)) + 1);
    double sumX = 0, sumY = 0;
    for (int y = ya; y < yb; ++y) {
        for (int x = xa; x < xb; ++x) {
            if (!inside(obj.shape, x + 0.5 - truth.centerX, y + 0.5 - truth.centerY, truth.radius)) continue;
            uint8_t* p = frame.at(x, y);
            p[0] = rgb.r, p[1] = rgb.g, p[2] = rgb.b;
            truth.mask[size_t(y) * width + x] = 1;
            ++truth.pixelCount;
            sumX += x + 0.5, sumY += y + 0.5;
            truth.box = {std::min(truth.box.x0, x), std::min(truth.box.y0, y), std::max(truth.box.x1, x + 1),
                         std::max(truth.box.y1, y + 1)};
        }
    }
    if (truth.pixelCount > 0) {
        truth.centroidX = sumX / truth.pixelCount;
        truth.centroidY = sumY / truth.pixelCount;
    } else {
        truth.box = {};
    }
    return truth;
}

}  // namespace

RenderedClip render(const Scene& scene, int width, int height, int frames, double fps) {
    validate(scene, width, height, frames, fps);
    RenderedClip out;
    out.clip.fps = fps;
    const Rgb bg = paletteRgb(scene.background);
    for (int i = 0; i < frames; ++i) {
        double t = frames > 1 ? double(i) / (frames - 1) : 0.0;
        Frame frame(width, height, bg.r, bg.g, bg.b);
        FrameTruth truth;
        for (size_t k = 0; k < scene.objects.size(); ++k)
            truth.objects.push_back(drawObject(scene.objects[k], regionOf(scene, k, width, height), t, frame));
        out.clip.frames.push_back(std::move(frame));
        out.truth.push_back(std::move(truth));
    }
    return out;
}

}  // namespace tessera
