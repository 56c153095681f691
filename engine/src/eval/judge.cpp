// The judge: segmentation, per-object measurements, tracking and scoring against a prompt.
// Thresholds are the kJudge* constants in tessera/judge.h; the method is described in docs/shapes_world.md.
#include "tessera/judge.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>
#include <stdexcept>
#include <tuple>

namespace tessera {

const char* word(Attribute attribute) {
    static const char* const kWords[] = {"count", "background", "size", "color", "shape", "motion", "layout"};
    int index = int(attribute);
    if (index < 0 || index >= int(std::size(kWords))) throw std::invalid_argument("invalid Attribute value");
    return kWords[index];
}

int Judgement::correctCount() const {
    return int(std::count_if(scores.begin(), scores.end(), [](const AttributeScore& s) { return s.correct; }));
}

namespace {

// ---- Colour ----

struct Lab {
    double l, a, b;
};

double srgbToLinear(double c255) {
    double c = c255 / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double labF(double t) {
    constexpr double kDelta = 6.0 / 29.0;
    return t > kDelta * kDelta * kDelta ? std::cbrt(t) : t / (3 * kDelta * kDelta) + 4.0 / 29.0;
}

/// CIELAB (D65 white) of an sRGB colour given in 0..255 units.
Lab toLab(double r, double g, double b) {
    double lr = srgbToLinear(r), lg = srgbToLinear(g), lb = srgbToLinear(b);
    double x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
    double y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    double z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
    return {116 * labF(y) - 16, 500 * (labF(x) - labF(y)), 200 * (labF(y) - labF(z))};
}

template <size_t N>
Color nearestColor(const Lab& lab, const std::array<Color, N>& candidates) {
    Color best = candidates[0];
    double bestDistance = 1e300;
    for (Color c : candidates) {
        Rgb p = paletteRgb(c);
        Lab q = toLab(p.r, p.g, p.b);
        double d = (lab.l - q.l) * (lab.l - q.l) + (lab.a - q.a) * (lab.a - q.a) + (lab.b - q.b) * (lab.b - q.b);
        if (d < bestDistance) bestDistance = d, best = c;
    }
    return best;
}

struct Rgbf {
    double r = 0, g = 0, b = 0;
};

void accumulate(Rgbf& sum, const uint8_t* rgb) {
    sum.r += rgb[0], sum.g += rgb[1], sum.b += rgb[2];
}

/// Per-channel median of the frame's border pixels: the background, as long as objects cover less
/// than half of the border.
Rgbf borderMedian(const Frame& frame) {
    std::array<std::array<int, 256>, 3> histogram{};
    int count = 0;
    auto add = [&](int x, int y) {
        const uint8_t* p = frame.at(x, y);
        for (int c = 0; c < 3; ++c) ++histogram[c][p[c]];
        ++count;
    };
    for (int x = 0; x < frame.width; ++x) add(x, 0), add(x, frame.height - 1);
    for (int y = 1; y + 1 < frame.height; ++y) add(0, y), add(frame.width - 1, y);
    std::array<double, 3> median{};
    for (int c = 0; c < 3; ++c) {
        int seen = 0, v = 0;
        while ((seen += histogram[c][v]) * 2 < count) ++v;
        median[c] = v;
    }
    return {median[0], median[1], median[2]};
}

// ---- Segmentation ----
// Two steps. Detection: 4-connected components of pixels farther than kJudgeForegroundDistance from
// the background. Silhouette: around each component, the pixels closer to the component's colour
// than to the background's, so that blurred edges split at the midpoint whatever the contrast.

/// One object in one frame.
struct Blob {
    int area = 0;
    Box box;
    double cx = 0, cy = 0;  ///< centroid of pixel centres
    double topShare = 0;    ///< share of the area above the middle of the box
    Rgbf meanColor;
    double fill() const { return double(area) / (double(box.width()) * box.height()); }
    double extent() const { return std::max(box.width(), box.height()); }
};

double distance2(const uint8_t* p, const Rgbf& c) {
    double dr = p[0] - c.r, dg = p[1] - c.g, db = p[2] - c.b;
    return dr * dr + dg * dg + db * db;
}

std::vector<uint8_t> foregroundMask(const Frame& frame, const Rgbf& background) {
    std::vector<uint8_t> mask(size_t(frame.width) * frame.height);
    const double limit = kJudgeForegroundDistance * kJudgeForegroundDistance;
    for (size_t i = 0; i < mask.size(); ++i) mask[i] = distance2(frame.rgb.data() + 3 * i, background) > limit;
    return mask;
}

/// 4-connected components of the mask; returns a label per pixel (-1 background) and the count.
int labelComponents(const std::vector<uint8_t>& mask, int width, int height, std::vector<int>& labels) {
    labels.assign(mask.size(), -1);
    std::vector<int> stack;
    int count = 0;
    for (size_t start = 0; start < mask.size(); ++start) {
        if (!mask[start] || labels[start] >= 0) continue;
        labels[start] = count;
        stack.push_back(int(start));
        while (!stack.empty()) {
            int i = stack.back();
            stack.pop_back();
            int x = i % width, y = i / width;
            const int neighbours[4][2] = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
            for (const auto& n : neighbours) {
                if (n[0] < 0 || n[0] >= width || n[1] < 0 || n[1] >= height) continue;
                int j = n[1] * width + n[0];
                if (mask[j] && labels[j] < 0) labels[j] = count, stack.push_back(j);
            }
        }
        ++count;
    }
    return count;
}

bool isInterior(const std::vector<int>& labels, int width, int height, int x, int y) {
    int label = labels[size_t(y) * width + x];
    if (x == 0 || y == 0 || x == width - 1 || y == height - 1) return false;
    return labels[size_t(y) * width + x - 1] == label && labels[size_t(y) * width + x + 1] == label &&
           labels[size_t(y - 1) * width + x] == label && labels[size_t(y + 1) * width + x] == label;
}

/// A detected component: area, box and colour sums (interior pixels: all four neighbours in it).
struct Component {
    int area = 0;
    Box box;
    Rgbf sumAll, sumInterior;
    int interiorCount = 0;

    /// Mean colour of the interior (edge pixels mix with the background), or of all pixels if tiny.
    Rgbf meanColor() const {
        bool useInterior = interiorCount >= 4;
        const Rgbf& sum = useInterior ? sumInterior : sumAll;
        double n = useInterior ? interiorCount : area;
        return {sum.r / n, sum.g / n, sum.b / n};
    }
};

std::vector<Component> measureComponents(const Frame& frame, const std::vector<int>& labels, int count) {
    const int width = frame.width, height = frame.height;
    std::vector<Component> components(static_cast<size_t>(count));
    for (Component& c : components) c.box = {width, height, 0, 0};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            int label = labels[size_t(y) * width + x];
            if (label < 0) continue;
            Component& c = components[size_t(label)];
            ++c.area;
            c.box = {std::min(c.box.x0, x), std::min(c.box.y0, y), std::max(c.box.x1, x + 1),
                     std::max(c.box.y1, y + 1)};
            accumulate(c.sumAll, frame.at(x, y));
            if (!isInterior(labels, width, height, x, y)) continue;
            accumulate(c.sumInterior, frame.at(x, y));
            ++c.interiorCount;
        }
    }
    return components;
}

/// The silhouette of component `label`: the pixels in its box grown by 2 that belong to no other
/// component and are closer to the component's colour than to the background.
Blob silhouette(const Frame& frame, const std::vector<int>& labels, int label, const Component& component,
                const Rgbf& background) {
    const int width = frame.width;
    const Rgbf color = component.meanColor();
    const Box window = {std::max(0, component.box.x0 - 2), std::max(0, component.box.y0 - 2),
                        std::min(width, component.box.x1 + 2), std::min(frame.height, component.box.y1 + 2)};
    auto member = [&](int x, int y) {
        int l = labels[size_t(y) * width + x];
        const uint8_t* p = frame.at(x, y);
        return (l < 0 || l == label) && distance2(p, color) < distance2(p, background);
    };
    Blob blob;
    blob.meanColor = color;
    blob.box = {window.x1, window.y1, window.x0, window.y0};
    for (int y = window.y0; y < window.y1; ++y) {
        for (int x = window.x0; x < window.x1; ++x) {
            if (!member(x, y)) continue;
            ++blob.area;
            blob.cx += x + 0.5, blob.cy += y + 0.5;
            blob.box = {std::min(blob.box.x0, x), std::min(blob.box.y0, y), std::max(blob.box.x1, x + 1),
                        std::max(blob.box.y1, y + 1)};
        }
    }
    if (blob.area == 0) return blob;
    for (int y = blob.box.y0; y < blob.box.y1; ++y) {
        // Row y covers [y - y0, y - y0 + 1) of the box; the part of it above the box's middle line.
        double above = std::clamp(blob.box.height() / 2.0 - (y - blob.box.y0), 0.0, 1.0);
        for (int x = blob.box.x0; x < blob.box.x1; ++x)
            if (member(x, y)) blob.topShare += above;
    }
    blob.cx /= blob.area, blob.cy /= blob.area, blob.topShare /= blob.area;
    return blob;
}

/// The objects of one frame, largest first; components smaller than minArea pixels are dropped.
std::vector<Blob> findBlobs(const Frame& frame, const Rgbf& background, double minArea) {
    std::vector<int> labels;
    int count = labelComponents(foregroundMask(frame, background), frame.width, frame.height, labels);
    std::vector<Component> components = measureComponents(frame, labels, count);
    std::vector<Blob> blobs;
    for (int k = 0; k < count; ++k) {
        if (components[size_t(k)].area < minArea) continue;
        Blob blob = silhouette(frame, labels, k, components[size_t(k)], background);
        if (blob.area > 0) blobs.push_back(blob);
    }
    std::sort(blobs.begin(), blobs.end(), [](const Blob& a, const Blob& b) { return a.area > b.area; });
    return blobs;
}

/// Nearest silhouette prototype in (fill ratio of the box, share of the area in the box's top half):
/// circle (pi/4, 1/2), square (1, 1/2), apex-up triangle (1/2, 1/4).
Shape classifyShape(const Blob& blob) {
    struct Prototype {
        Shape shape;
        double fill, topShare;
    };
    const Prototype prototypes[] = {
        {Shape::Circle, 0.7853981633974483, 0.5}, {Shape::Square, 1.0, 0.5}, {Shape::Triangle, 0.5, 0.25}};
    Shape best = Shape::Circle;
    double bestDistance = 1e300;
    for (const Prototype& p : prototypes) {
        double df = blob.fill() - p.fill, dt = blob.topShare - p.topShare;
        if (df * df + dt * dt < bestDistance) bestDistance = df * df + dt * dt, best = p.shape;
    }
    return best;
}

// ---- Tracking ----

struct Track {
    std::vector<int> frames;
    std::vector<Blob> blobs;
};

/// The most frequent number of objects per frame (ties: the smaller), capped at kJudgeMaxTracks.
int typicalCount(const std::vector<std::vector<Blob>>& blobsPerFrame) {
    std::map<int, int> histogram;
    for (const auto& blobs : blobsPerFrame) ++histogram[std::min(int(blobs.size()), kJudgeMaxTracks)];
    int best = 0, bestFrames = -1;
    for (const auto& [count, frames] : histogram)
        if (frames > bestFrames) best = count, bestFrames = frames;
    return best;
}

/// Links the `count` largest blobs of each frame into tracks, greedily by distance to each track's
/// last position; blobs left over start new tracks while there are fewer than `count`.
std::vector<Track> buildTracks(const std::vector<std::vector<Blob>>& blobsPerFrame, int count) {
    std::vector<Track> tracks;
    for (int f = 0; f < int(blobsPerFrame.size()); ++f) {
        const auto& blobs = blobsPerFrame[size_t(f)];
        const size_t n = std::min(blobs.size(), size_t(count));
        std::vector<std::tuple<double, size_t, size_t>> pairs;  // (distance, track, blob)
        for (size_t t = 0; t < tracks.size(); ++t)
            for (size_t b = 0; b < n; ++b)
                pairs.emplace_back(
                    std::hypot(tracks[t].blobs.back().cx - blobs[b].cx, tracks[t].blobs.back().cy - blobs[b].cy), t, b);
        std::sort(pairs.begin(), pairs.end());
        std::vector<bool> trackUsed(tracks.size()), blobUsed(n);
        for (const auto& [distance, t, b] : pairs) {
            if (trackUsed[t] || blobUsed[b]) continue;
            trackUsed[t] = blobUsed[b] = true;
            tracks[t].frames.push_back(f);
            tracks[t].blobs.push_back(blobs[b]);
        }
        for (size_t b = 0; b < n && int(tracks.size()) < count; ++b)
            if (!blobUsed[b]) tracks.push_back(Track{{f}, {blobs[b]}});
    }
    return tracks;
}

// ---- Per-object readings ----

template <typename T>
T majority(const std::vector<T>& votes) {
    std::map<T, int> histogram;
    for (T v : votes) ++histogram[v];
    return std::max_element(histogram.begin(), histogram.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
}

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

/// Motion from the centroid track: bouncing first (down to near the bottom, then up again), then
/// standing still (small net displacement), else the dominant direction of the net displacement.
Motion classifyMotion(const Track& track, int width, int height) {
    const double m = std::min(width, height);
    const Blob& first = track.blobs.front();
    const Blob& last = track.blobs.back();
    auto lowest = std::max_element(track.blobs.begin(), track.blobs.end(),
                                   [](const Blob& a, const Blob& b) { return a.cy < b.cy; });
    double fall = (lowest->cy - first.cy) / m, rebound = (lowest->cy - last.cy) / m;
    double dx = (last.cx - first.cx) / m, dy = (last.cy - first.cy) / m;
    bool nearBottom = height - lowest->box.y1 <= kJudgeBounceBottomBand * height;
    if (fall >= kJudgeBounceMinTravel && rebound >= kJudgeBounceMinTravel && nearBottom &&
        std::abs(dx) < kJudgeBounceMaxDrift * fall)
        return Motion::Bouncing;
    if (std::hypot(dx, dy) < kJudgeStillDistance) return Motion::Still;
    if (std::abs(dx) >= std::abs(dy)) return dx > 0 ? Motion::Right : Motion::Left;
    return dy > 0 ? Motion::Down : Motion::Up;
}

ObservedObject observe(const Track& track, int width, int height, int frameCount) {
    ObservedObject o;
    std::vector<Color> colors;
    std::vector<Shape> shapes;
    std::vector<double> extents;
    for (const Blob& b : track.blobs) {
        colors.push_back(nearestColor(toLab(b.meanColor.r, b.meanColor.g, b.meanColor.b), kObjectColors));
        shapes.push_back(classifyShape(b));
        extents.push_back(b.extent() / std::min(width, height));
        o.meanArea += b.area;
        o.centroidX.push_back(b.cx);
        o.centroidY.push_back(b.cy);
    }
    o.frames = track.frames;
    o.framesSeen = int(track.blobs.size());
    o.meanArea /= o.framesSeen;
    o.color = majority(colors);
    o.shape = majority(shapes);
    o.size = median(extents) < kJudgeSizeSplit ? Size::Small : Size::Large;
    if (frameCount >= 3) o.motion = classifyMotion(track, width, height);
    return o;
}

/// In each frame where both are seen, b's centre minus a's along the layout's axis (x for "to the left
/// of", y for "above") over the sum of their extents along it.
std::vector<double> separations(const Track& a, const Track& b, Layout layout) {
    std::vector<double> out;
    for (size_t i = 0, j = 0; i < a.frames.size() && j < b.frames.size();) {
        if (a.frames[i] < b.frames[j]) {
            ++i;
        } else if (a.frames[i] > b.frames[j]) {
            ++j;
        } else {
            const Blob &p = a.blobs[i], &q = b.blobs[j];
            out.push_back(layout == Layout::LeftOf ? (q.cx - p.cx) / std::max(1, p.box.width() + q.box.width())
                                                   : (q.cy - p.cy) / std::max(1, p.box.height() + q.box.height()));
            ++i, ++j;
        }
    }
    return out;
}

/// Whether `a` <layout> `b` holds in more than half of the frames where both are seen.
bool relationHolds(const Track& a, const Track& b, Layout layout) {
    const std::vector<double> d = separations(a, b, layout);
    const auto holds = std::count_if(d.begin(), d.end(), [](double x) { return x > kJudgeLayoutSeparation; });
    return !d.empty() && 2 * size_t(holds) > d.size();
}

/// The mean of separations(): how far apart the two are along the layout's axis.
double meanSeparation(const Track& a, const Track& b, Layout layout) {
    const std::vector<double> d = separations(a, b, layout);
    return d.empty() ? 0.0 : std::accumulate(d.begin(), d.end(), 0.0) / double(d.size());
}

/// The relations of `a` to `b` that hold, e.g. "to the left of", "above", or "none".
std::string relationsText(const Track& a, const Track& b) {
    std::vector<std::string> found;
    if (relationHolds(a, b, Layout::LeftOf)) found.push_back("to the left of");
    if (relationHolds(b, a, Layout::LeftOf)) found.push_back("to the right of");
    if (relationHolds(a, b, Layout::Above)) found.push_back("above");
    if (relationHolds(b, a, Layout::Above)) found.push_back("below");
    if (found.empty()) return "none";
    std::string text = found[0];
    for (size_t i = 1; i < found.size(); ++i) text += " and " + found[i];
    return text;
}

// ---- Scoring ----

struct Reading {
    std::vector<Track> tracks;
    std::vector<ObservedObject> objects;  // parallel to tracks
    Color background = Color::Black;
};

Reading readClip(const Clip& clip) {
    const int width = clip.width(), height = clip.height();
    const double m = std::min(width, height);
    const double minArea = std::max(2.0, kJudgeMinObjectArea * m * m);
    std::vector<std::vector<Blob>> blobsPerFrame;
    Rgbf meanBackground;
    for (const Frame& frame : clip.frames) {
        Rgbf bg = borderMedian(frame);
        meanBackground.r += bg.r / clip.frameCount();
        meanBackground.g += bg.g / clip.frameCount();
        meanBackground.b += bg.b / clip.frameCount();
        blobsPerFrame.push_back(findBlobs(frame, bg, minArea));
    }
    Reading reading;
    reading.background = nearestColor(toLab(meanBackground.r, meanBackground.g, meanBackground.b), kBackgroundColors);
    reading.tracks = buildTracks(blobsPerFrame, typicalCount(blobsPerFrame));
    std::stable_sort(reading.tracks.begin(), reading.tracks.end(),
                     [](const Track& a, const Track& b) { return a.blobs.size() > b.blobs.size(); });
    for (const Track& t : reading.tracks) reading.objects.push_back(observe(t, width, height, clip.frameCount()));
    return reading;
}

/// Number of stated attributes of `spec` that `o` shows.
int agreement(const ObjectSpec& spec, const ObservedObject& o) {
    return int(spec.size && *spec.size == o.size) + int(spec.color && *spec.color == o.color) +
           int(spec.shape && *spec.shape == o.shape) + int(spec.motion && o.motion && *spec.motion == *o.motion);
}

/// Track index per prompt object (-1: missing): the injective assignment with the most agreeing
/// attributes, then the most matched objects, then the layout holding.
std::vector<int> assignObjects(const ParsedPrompt& prompt, const Reading& reading) {
    const int n = int(prompt.objects.size()), tracks = int(reading.tracks.size());
    std::vector<int> best(size_t(n), -1), current(size_t(n), -1);
    std::tuple<int, int, int> bestKey{-1, -1, -1};
    auto consider = [&]() {
        int agree = 0, matched = 0;
        for (int i = 0; i < n; ++i) {
            if (current[size_t(i)] < 0) continue;
            ++matched;
            agree += agreement(prompt.objects[size_t(i)], reading.objects[size_t(current[size_t(i)])]);
        }
        int layout =
            n == 2 && prompt.layout && current[0] >= 0 && current[1] >= 0 &&
            relationHolds(reading.tracks[size_t(current[0])], reading.tracks[size_t(current[1])], *prompt.layout);
        std::tuple<int, int, int> key{agree, matched, layout};
        if (key > bestKey) bestKey = key, best = current;
    };
    // n <= 2: try every track (or none) for the first object, then for the second.
    for (int a = -1; a < tracks; ++a) {
        if (n == 0) break;
        current[0] = a;
        if (n == 1) {
            consider();
            continue;
        }
        for (int b = -1; b < tracks; ++b) {
            if (b >= 0 && b == a) continue;
            current[1] = b;
            consider();
        }
    }
    return best;
}

void addScore(Judgement& j, Attribute attribute, int object, const std::string& expected,
              const std::string& predicted) {
    j.scores.push_back({attribute, object, expected, predicted, expected == predicted});
}

void scoreObject(Judgement& j, int index, const ObjectSpec& spec, const ObservedObject* o, bool scoreMotion) {
    const std::string missing = "missing";
    if (spec.size) addScore(j, Attribute::Size, index, word(*spec.size), o ? word(o->size) : missing);
    if (spec.color) addScore(j, Attribute::Color, index, word(*spec.color), o ? word(o->color) : missing);
    if (spec.shape) addScore(j, Attribute::Shape, index, word(*spec.shape), o ? word(o->shape) : missing);
    if (spec.motion && scoreMotion)
        addScore(j, Attribute::Motion, index, word(*spec.motion), o && o->motion ? word(*o->motion) : missing);
}

// The clip the judge can read: frames, all of one size; `who` names the caller in the error.
void checkReadable(const Clip& clip, const char* who) {
    if (clip.frames.empty() || clip.width() <= 0 || clip.height() <= 0)
        throw std::invalid_argument(std::string(who) + ": the clip has no frames");
    for (const Frame& f : clip.frames)
        if (f.width != clip.width() || f.height != clip.height())
            throw std::invalid_argument(std::string(who) + ": frames of different sizes");
}

}  // namespace

Judgement judge(const Clip& clip, const ParsedPrompt& expected) {
    checkReadable(clip, "judge");
    if (expected.objects.size() > 2) throw std::invalid_argument("judge: the prompt has more than two objects");

    Reading reading = readClip(clip);
    Judgement j;
    j.background = reading.background;
    j.objects = reading.objects;
    if (expected.background) addScore(j, Attribute::Background, -1, word(*expected.background), word(j.background));
    if (expected.objects.empty()) return j;

    addScore(j, Attribute::Count, -1, std::to_string(expected.objects.size()), std::to_string(reading.tracks.size()));
    std::vector<int> assigned = assignObjects(expected, reading);
    for (size_t i = 0; i < expected.objects.size(); ++i) {
        const ObservedObject* o = assigned[i] >= 0 ? &reading.objects[size_t(assigned[i])] : nullptr;
        scoreObject(j, int(i), expected.objects[i], o, clip.frameCount() >= 3);
    }
    if (expected.objects.size() == 2 && expected.layout) {
        bool both = assigned[0] >= 0 && assigned[1] >= 0;
        std::string seen =
            both ? relationsText(reading.tracks[size_t(assigned[0])], reading.tracks[size_t(assigned[1])]) : "missing";
        bool holds = both && relationHolds(reading.tracks[size_t(assigned[0])], reading.tracks[size_t(assigned[1])],
                                           *expected.layout);
        j.scores.push_back({Attribute::Layout, -1, word(*expected.layout), seen, holds});
    }
    return j;
}

ParsedPrompt describeClip(const Clip& clip) {
    checkReadable(clip, "describeClip");
    Reading reading = readClip(clip);
    ParsedPrompt p;
    p.background = reading.background;
    // The objects seen in at least half as many frames as the most seen one (a blob that flickers
    // for a frame or two is not an object of the scene), at most two, in the order they are seen most.
    std::vector<size_t> kept;
    for (size_t i = 0; i < reading.objects.size() && kept.size() < 2; ++i)
        if (2 * reading.objects[i].framesSeen >= reading.objects[0].framesSeen) kept.push_back(i);
    if (kept.size() == 2) {
        // The layout is the axis along which the two are further apart (relative to their sizes), in
        // the order that makes it "to the left of" or "above", if it holds in most common frames.
        const Track &a = reading.tracks[kept[0]], &b = reading.tracks[kept[1]];
        const double sx = meanSeparation(a, b, Layout::LeftOf), sy = meanSeparation(a, b, Layout::Above);
        const Layout layout = std::abs(sx) >= std::abs(sy) ? Layout::LeftOf : Layout::Above;
        if ((layout == Layout::LeftOf ? sx : sy) < 0) std::swap(kept[0], kept[1]);
        if (relationHolds(reading.tracks[kept[0]], reading.tracks[kept[1]], layout)) p.layout = layout;
        else kept.resize(1);  // neither clearly beside nor above the other: only the most seen one is described
    }
    for (size_t i : kept) {
        const ObservedObject& o = reading.objects[i];
        ObjectSpec spec{o.size, o.color, o.shape, o.motion};
        if (kept.size() == 2 && spec.motion == Motion::Still) spec.motion.reset();  // as two-object captions
        p.objects.push_back(spec);
    }
    return p;
}

}  // namespace tessera
