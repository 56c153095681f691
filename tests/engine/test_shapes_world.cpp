// Shapes World: determinism, captions, held-out split, geometry and motion of the rendered ground truth.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "tessera/shapes_world.h"

using namespace tessera;

namespace {

struct FrameSize {
    int width, height;
};
constexpr double kPi = 3.14159265358979323846;
const FrameSize kSizesToTest[] = {{64, 64}, {128, 72}, {72, 128}, {40, 24}};

SceneObject object(Shape shape, Size size, Color color, Motion motion) {
    SceneObject o;
    o.shape = shape, o.size = size, o.color = color, o.motion = motion;
    return o;
}

/// Frames and ground truth of a clip as one byte string, for exact comparisons.
std::string bytesOf(const RenderedClip& r) {
    std::string bytes;
    for (size_t i = 0; i < r.clip.frames.size(); ++i) {
        bytes.append(r.clip.frames[i].rgb.begin(), r.clip.frames[i].rgb.end());
        for (const ObjectTruth& o : r.truth[i].objects) bytes.append(o.mask.begin(), o.mask.end());
    }
    return bytes;
}

SceneOptions twoObjects(double probability) {
    SceneOptions options;
    options.twoObjectProbability = probability;
    return options;
}

template <typename T>
bool statedAndDifferent(const std::optional<T>& stated, const std::optional<T>& truth) {
    return stated && stated != truth;
}

}  // namespace

TEST(ShapesWorld, SameSeedGivesIdenticalScenesCaptionsAndBytes) {
    for (uint64_t seed : {0ull, 1ull, 42ull, 0xFFFFFFFFFFFFull}) {
        Scene a = sampleScene(seed), b = sampleScene(seed);
        EXPECT_EQ(caption(a), caption(b));
        EXPECT_EQ(dropoutCaption(a, seed), dropoutCaption(b, seed));
        EXPECT_EQ(bytesOf(render(a, 128, 72, 17, 16)), bytesOf(render(b, 128, 72, 17, 16)));
    }
    std::set<std::string> captions;
    for (uint64_t seed = 0; seed < 50; ++seed) captions.insert(caption(sampleScene(seed)));
    EXPECT_GT(captions.size(), 40u) << "different seeds should give different scenes";
}

TEST(ShapesWorld, CaptionsOfFixedScenesAreExact) {
    Scene one;
    one.background = Color::Black;
    one.objects = {object(Shape::Circle, Size::Large, Color::Red, Motion::Right)};
    EXPECT_EQ(caption(one), "a large red circle moving right on a black background");

    Scene two;
    two.background = Color::Gray;
    two.layout = Layout::LeftOf;
    two.objects = {object(Shape::Triangle, Size::Small, Color::Cyan, Motion::Still),
                   object(Shape::Square, Size::Large, Color::Yellow, Motion::Still)};
    EXPECT_EQ(caption(two), "a small cyan triangle to the left of a large yellow square, on a gray background");

    two.layout = Layout::Above;
    two.objects[0].motion = Motion::Left;
    EXPECT_EQ(caption(two), "a small cyan triangle moving left above a large yellow square, on a gray background");

    one.objects[0].motion = Motion::Still;
    EXPECT_EQ(caption(one), "a large red circle standing still on a black background");
}

TEST(ShapesWorld, EveryCaptionParsesBackToItsDescription) {
    for (uint64_t seed = 0; seed < 500; ++seed) {
        Scene scene = sampleScene(seed, twoObjects(0.5));
        ASSERT_EQ(parsePrompt(caption(scene)), describe(scene)) << caption(scene);
        std::string partial = dropoutCaption(scene, seed);
        ASSERT_EQ(caption(parsePrompt(partial)), partial);
    }
}

TEST(ShapesWorld, ParserNamesTheWordThatBreaksTheGrammar) {
    try {
        parsePrompt("a large red ball moving right");
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'ball'"), std::string::npos) << e.what();
    }
    EXPECT_THROW(parsePrompt("a red circle moving sideways"), std::invalid_argument);
    EXPECT_THROW(parsePrompt("a red circle on a red background"), std::invalid_argument);
    EXPECT_THROW(parsePrompt("a red circle, on a gray background"), std::invalid_argument);
    EXPECT_EQ(parsePrompt("").objects.size(), 0u);
    EXPECT_EQ(parsePrompt("a shape").objects.size(), 1u);
}

TEST(ShapesWorld, DropoutCaptionsAreTruePartialDescriptions) {
    int empty = 0, shorter = 0;
    const int n = 2000;
    for (uint64_t seed = 0; seed < uint64_t(n); ++seed) {
        Scene scene = sampleScene(seed, twoObjects(0.5));
        std::string text = dropoutCaption(scene, seed * 7 + 1);
        ParsedPrompt stated = parsePrompt(text), truth = describe(scene);
        if (text.empty()) {
            ++empty;
            continue;
        }
        shorter += text.size() < caption(scene).size();
        ASSERT_EQ(stated.objects.size(), truth.objects.size()) << text;
        ASSERT_EQ(stated.layout, truth.layout) << text;
        ASSERT_FALSE(statedAndDifferent(stated.background, truth.background)) << text;
        for (size_t i = 0; i < truth.objects.size(); ++i) {
            const ObjectSpec &s = stated.objects[i], &t = truth.objects[i];
            ASSERT_FALSE(statedAndDifferent(s.size, t.size) || statedAndDifferent(s.color, t.color) ||
                         statedAndDifferent(s.shape, t.shape) || statedAndDifferent(s.motion, t.motion))
                << text << " vs " << caption(scene);
        }
        EXPECT_TRUE(parsePrompt(dropoutCaption(scene, seed, {0.0, 0.3, true})).objects[0].motion == std::nullopt);
    }
    EXPECT_NEAR(double(empty) / n, 0.1, 0.03);
    EXPECT_GT(shorter, n / 2) << "most dropout captions should leave something out";
}

TEST(ShapesWorld, ObjectsNeverHaveTheBackgroundColor) {
    std::map<Color, int> backgrounds;
    for (uint64_t seed = 0; seed < 3000; ++seed) {
        Scene scene = sampleScene(seed, twoObjects(0.5));
        ASSERT_TRUE(isBackgroundColor(scene.background));
        ++backgrounds[scene.background];
        for (const SceneObject& o : scene.objects) {
            ASSERT_TRUE(isObjectColor(o.color));
            ASSERT_NE(o.color, scene.background) << caption(scene);
        }
    }
    EXPECT_EQ(backgrounds.size(), 3u);
}

TEST(ShapesWorld, HeldOutSetIsAFifthDeterministicAndKeepsEveryPairSeen) {
    const std::set<Combination> held = heldOutCombinations(7);
    EXPECT_GE(double(held.size()), 0.2 * allCombinations().size());
    EXPECT_EQ(held, heldOutCombinations(7));
    EXPECT_NE(held, heldOutCombinations(8));
    EXPECT_GE(double(heldOutCombinations(7, 0.3).size()), 0.3 * allCombinations().size());

    std::set<std::pair<int, int>> colorShape, colorMotion, shapeMotion;
    for (const Combination& c : allCombinations()) {
        if (held.count(c)) continue;
        colorShape.insert({int(c.color), int(c.shape)});
        colorMotion.insert({int(c.color), int(c.motion)});
        shapeMotion.insert({int(c.shape), int(c.motion)});
    }
    EXPECT_EQ(colorShape.size(), 7u * 3u);
    EXPECT_EQ(colorMotion.size(), 7u * 6u);
    EXPECT_EQ(shapeMotion.size(), 3u * 6u);

    SceneOptions seen{0.5, held, Split::Seen}, heldOut{0.5, held, Split::HeldOut};
    for (uint64_t seed = 0; seed < 500; ++seed) {
        ASSERT_FALSE(isHeldOut(sampleScene(seed, seen), held));
        ASSERT_TRUE(isHeldOut(sampleScene(seed, heldOut), held));
    }
}

TEST(ShapesWorld, MasksAreExactlyTheObjectPixels) {
    for (uint64_t seed = 0; seed < 50; ++seed) {
        Scene scene = sampleScene(seed, twoObjects(0.5));
        RenderedClip r = render(scene, 64, 64, 5, 16);
        const Rgb bg = paletteRgb(scene.background);
        for (size_t f = 0; f < r.clip.frames.size(); ++f) {
            const Frame& frame = r.clip.frames[f];
            for (int i = 0; i < frame.width * frame.height; ++i) {
                const uint8_t* p = frame.rgb.data() + 3 * i;
                Rgb expected = bg;
                for (const ObjectTruth& o : r.truth[f].objects)
                    if (o.mask[size_t(i)]) expected = paletteRgb(o.color);
                ASSERT_TRUE(p[0] == expected.r && p[1] == expected.g && p[2] == expected.b) << caption(scene);
            }
        }
    }
}

TEST(ShapesWorld, ObjectsStayWhollyInsideTheFrame) {
    for (const FrameSize& s : kSizesToTest) {
        for (uint64_t seed = 0; seed < 300; ++seed) {
            Scene scene = sampleScene(seed, twoObjects(0.5));
            RenderedClip r = render(scene, s.width, s.height, 17, 16);
            for (const FrameTruth& frame : r.truth) {
                for (size_t k = 0; k < frame.objects.size(); ++k) {
                    const ObjectTruth& o = frame.objects[k];
                    ASSERT_GE(o.centerX - o.radius, -1e-9);
                    ASSERT_LE(o.centerX + o.radius, s.width + 1e-9);
                    ASSERT_GE(o.centerY - o.radius, -1e-9);
                    ASSERT_LE(o.centerY + o.radius, s.height + 1e-9);
                    // Unclipped: the pixel count is close to the shape's area (pi r^2, 4 r^2, 2 r^2).
                    Shape shape = scene.objects[k].shape;
                    double area = o.radius * o.radius *
                                  (shape == Shape::Circle   ? kPi
                                   : shape == Shape::Square ? 4.0
                                                            : 2.0);
                    ASSERT_NEAR(o.pixelCount, area, 0.25 * area + 2 * o.radius + 2) << caption(scene);
                }
            }
        }
    }
}

TEST(ShapesWorld, ObjectsPassingThroughEnterOrLeaveTheFrame) {
    // A moving single object put on its track enters or leaves the frame; its caption, its other
    // axis and the exactness of its mask are unchanged. Other scenes come back as they were.
    int moving = 0, cutByAnEdge = 0, whollyOutside = 0;
    for (const FrameSize& s : kSizesToTest) {
        for (uint64_t seed = 0; seed < 200; ++seed) {
            const Scene scene = sampleScene(seed, twoObjects(0.3));
            const Scene passing = passingThrough(scene, seed);
            const std::string what = caption(scene) + " at " + std::to_string(s.width) + "x" + std::to_string(s.height);
            ASSERT_EQ(caption(passing), caption(scene)) << what;
            ASSERT_EQ(bytesOf(render(passingThrough(scene, seed), s.width, s.height, 9, 16)),
                      bytesOf(render(passing, s.width, s.height, 9, 16)))
                << "passingThrough is a pure function of scene and seed";
            const Motion motion = scene.objects[0].motion;
            const bool linear = motion == Motion::Left || motion == Motion::Right || motion == Motion::Up || motion == Motion::Down;
            if (scene.objects.size() != 1 || !linear) {
                ASSERT_FALSE(passing.objects[0].onTrack) << what;
                ASSERT_EQ(bytesOf(render(passing, s.width, s.height, 9, 16)), bytesOf(render(scene, s.width, s.height, 9, 16)))
                    << what;
                continue;
            }
            ++moving;
            ASSERT_TRUE(passing.objects[0].onTrack) << what;
            const RenderedClip r = render(passing, s.width, s.height, 17, 16);
            const RenderedClip original = render(scene, s.width, s.height, 17, 16);
            const bool horizontal = motion == Motion::Left || motion == Motion::Right;
            const int sign = motion == Motion::Right || motion == Motion::Down ? 1 : -1;
            bool cut = false;
            const Rgb color = paletteRgb(passing.objects[0].color);
            for (size_t f = 0; f < r.truth.size(); ++f) {
                const ObjectTruth& o = r.truth[f].objects[0];
                // The other axis is the free-area position of the original scene.
                const ObjectTruth& before = original.truth[f].objects[0];
                ASSERT_DOUBLE_EQ(horizontal ? o.centerY : o.centerX, horizontal ? before.centerY : before.centerX) << what;
                // The centre moves along the motion, by the same amount every frame.
                if (f > 0) {
                    const ObjectTruth& prev = r.truth[f - 1].objects[0];
                    ASSERT_GT(sign * ((horizontal ? o.centerX : o.centerY) - (horizontal ? prev.centerX : prev.centerY)), 0) << what;
                }
                // The track ends with the object just wholly outside either edge.
                const double c = horizontal ? o.centerX : o.centerY, extent = horizontal ? s.width : s.height;
                ASSERT_GE(c, -o.radius - 1e-9) << what;
                ASSERT_LE(c, extent + o.radius + 1e-9) << what;
                if (c - o.radius < 0 || c + o.radius > extent) cut = true;
                if (o.pixelCount == 0) ++whollyOutside;
                // The mask is exactly the object's visible pixels.
                int drawn = 0;
                for (int i = 0; i < s.width * s.height; ++i) {
                    const uint8_t* p = r.clip.frames[f].rgb.data() + 3 * i;
                    const bool isObject = p[0] == color.r && p[1] == color.g && p[2] == color.b;
                    ASSERT_EQ(isObject, o.mask[size_t(i)] == 1) << what << " frame " << f;
                    drawn += isObject;
                }
                ASSERT_EQ(drawn, o.pixelCount) << what;
            }
            cutByAnEdge += cut;
        }
    }
    ASSERT_GT(moving, 200);
    // A small object's track across a wide frame is mostly inside it, so a short travel may not reach
    // an edge (about 2 in 5 at 128x72, about 1 in 100 for a large object at 64x64): 86% here.
    EXPECT_GT(cutByAnEdge, moving * 4 / 5) << "most objects passing through should cross an edge";
    EXPECT_GT(whollyOutside, 0) << "some frames should show the object wholly outside";
}

TEST(ShapesWorld, OnlyLinearMotionsGoOnATrack) {
    Scene scene = sampleScene(1, twoObjects(0.0));
    scene.objects[0].onTrack = true;
    for (Motion m : {Motion::Still, Motion::Bouncing}) {
        scene.objects[0].motion = m;
        EXPECT_THROW(render(scene, 64, 64, 17, 16), std::invalid_argument);
    }
}

TEST(ShapesWorld, TwoObjectLayoutHoldsInEveryFrame) {
    int checked = 0;
    for (uint64_t seed = 0; seed < 400; ++seed) {
        Scene scene = sampleScene(seed, twoObjects(1.0));
        for (const FrameSize& s : kSizesToTest) {
            RenderedClip r = render(scene, s.width, s.height, 9, 16);
            for (const FrameTruth& f : r.truth) {
                const Box &a = f.objects[0].box, &b = f.objects[1].box;
                if (scene.layout == Layout::LeftOf) {
                    ASSERT_LT(a.x1, b.x0) << caption(scene);
                } else {
                    ASSERT_LT(a.y1, b.y0) << caption(scene);
                }
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 1000);
}

TEST(ShapesWorld, CentroidsMoveAsTheMotionSays) {
    // Sub-pixel phase changes which pixel centres a shape covers, so the centroid may drift across
    // the motion by a fraction of a pixel; the shape's own centre does not move across it at all.
    const double kPixelJitter = 0.02;
    for (const FrameSize& s : kSizesToTest) {
        const double m = std::min(s.width, s.height);
        for (uint64_t seed = 0; seed < 300; ++seed) {
            Scene scene = sampleScene(seed, twoObjects(0.5));
            RenderedClip r = render(scene, s.width, s.height, 17, 16);
            for (size_t k = 0; k < scene.objects.size(); ++k) {
                const ObjectTruth &first = r.truth.front().objects[k], &last = r.truth.back().objects[k];
                double dx = (last.centroidX - first.centroidX) / m, dy = (last.centroidY - first.centroidY) / m;
                const std::string what =
                    caption(scene) + " at " + std::to_string(s.width) + "x" + std::to_string(s.height);
                switch (scene.objects[k].motion) {
                    case Motion::Still:
                        ASSERT_TRUE(dx == 0 && dy == 0) << what;
                        break;
                    case Motion::Left:
                        ASSERT_TRUE(dx < -0.3 && std::abs(dy) < kPixelJitter) << what;
                        break;
                    case Motion::Right:
                        ASSERT_TRUE(dx > 0.3 && std::abs(dy) < kPixelJitter) << what;
                        break;
                    case Motion::Up:
                        ASSERT_TRUE(dy < -0.3 && std::abs(dx) < kPixelJitter) << what;
                        break;
                    case Motion::Down:
                        ASSERT_TRUE(dy > 0.3 && std::abs(dx) < kPixelJitter) << what;
                        break;
                    case Motion::Bouncing:
                        ASSERT_LT(std::abs(dx), kPixelJitter) << what;
                        break;
                }
            }
        }
    }
}

TEST(ShapesWorld, BouncingFallsToTheBottomEdgeAndRisesAgain) {
    int bouncing = 0;
    for (uint64_t seed = 0; seed < 600; ++seed) {
        Scene scene = sampleScene(seed, twoObjects(0.5));
        for (int frames : {17, 33}) {
            RenderedClip r = render(scene, 128, 72, frames, 16);
            for (size_t k = 0; k < scene.objects.size(); ++k) {
                if (scene.objects[k].motion != Motion::Bouncing) continue;
                ++bouncing;
                std::vector<double> y;
                for (const FrameTruth& f : r.truth) y.push_back(f.objects[k].centerY + f.objects[k].radius);
                size_t low = size_t(std::max_element(y.begin(), y.end()) - y.begin());
                ASSERT_GT(low, 0u);
                ASSERT_LT(low, y.size() - 1);
                for (size_t i = 1; i <= low; ++i) ASSERT_GT(y[i], y[i - 1]) << "falls until the impact";
                ASSERT_GT(y[low + 1], y[low] - 72 * 0.5) << "rebounds smoothly";
                ASSERT_LT(y[low + 1], y[low]) << "rises after the impact";
                ASSERT_GT(y[low], 72 - 0.15 * 72) << "the lowest frame is near the bottom edge";
                ASSERT_LT(y.back(), y[low] - 0.2 * 72) << "still well up at the end";
            }
        }
    }
    EXPECT_GT(bouncing, 50);
}

TEST(ShapesWorld, BounceImpactTouchesTheBottomEdge) {
    Scene scene;
    scene.objects = {object(Shape::Square, Size::Large, Color::Red, Motion::Bouncing)};
    scene.objects[0].v = 0.1;
    scene.objects[0].bounceTime = 0.5;
    for (const FrameSize& s : kSizesToTest) {
        RenderedClip r = render(scene, s.width, s.height, 3, 16);  // frame 1 is at t = 0.5
        const ObjectTruth& impact = r.truth[1].objects[0];
        EXPECT_DOUBLE_EQ(impact.centerY + impact.radius, s.height);
        EXPECT_EQ(impact.box.y1, s.height);
        EXPECT_LT(r.truth[2].objects[0].centerY, impact.centerY);
    }
}

TEST(ShapesWorld, RenderRejectsBadArguments) {
    Scene scene = sampleScene(1);
    EXPECT_THROW(render(scene, 8, 64, 17, 16), std::invalid_argument);
    EXPECT_THROW(render(scene, 64, 64, 0, 16), std::invalid_argument);
    EXPECT_THROW(render(scene, 64, 64, 17, 0), std::invalid_argument);
    scene.background = Color::White;
    scene.objects[0].color = Color::White;
    EXPECT_THROW(render(scene, 64, 64, 17, 16), std::invalid_argument);
    EXPECT_THROW(heldOutCombinations(1, 0.1), std::invalid_argument);
    EXPECT_EQ(render(sampleScene(2), 64, 36, 1, 16).clip.frameCount(), 1);
}

// `tessera dev render --caption`: the scene agrees with every stated attribute, a seed whose own scene
// agrees keeps it, and different seeds give different scenes (each seed searches its own stream; a
// search from seed + 1 on would give seeds 1 and 2 the same scene whenever seed 1's does not agree).
TEST(ShapesWorld, SceneMatchingAgreesAndDiffersBySeed) {
    const ParsedPrompt wanted = parsePrompt("a large yellow square moving right");
    std::set<std::string> captions;
    for (uint64_t seed = 1; seed <= 8; ++seed) {
        const Scene scene = sceneMatching(wanted, seed);
        const ParsedPrompt has = describe(scene);
        ASSERT_EQ(has.objects.size(), 1u);
        EXPECT_EQ(has.objects[0].size, Size::Large);
        EXPECT_EQ(has.objects[0].color, Color::Yellow);
        EXPECT_EQ(has.objects[0].shape, Shape::Square);
        EXPECT_EQ(has.objects[0].motion, Motion::Right);
        captions.insert(caption(scene) + " " + std::to_string(scene.objects[0].u) + " " +
                        std::to_string(scene.objects[0].v));
    }
    EXPECT_EQ(captions.size(), 8u);  // eight different scenes (positions at least)

    for (uint64_t seed = 0; seed < 20; ++seed) {  // a scene that already agrees is the seed's own
        const Scene own = sampleScene(seed);
        EXPECT_EQ(caption(sceneMatching(parsePrompt(caption(own)), seed)), caption(own));
        EXPECT_EQ(caption(sceneMatching(ParsedPrompt{}, seed)), caption(own));  // nothing stated
    }

    // A fully stated two-object caption is found too.
    const ParsedPrompt two =
        parsePrompt("a small cyan triangle moving up to the left of a large yellow square bouncing, on a gray background");
    EXPECT_EQ(describe(sceneMatching(two, 3)), two);
}
