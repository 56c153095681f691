// The judge on rendered Shapes World clips: near-perfect on ground truth (also noisy and blurred),
// near chance on clips paired with other scenes' captions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "data/rng.h"
#include "tessera/judge.h"

using namespace tessera;

namespace {

struct ClipSpec {
    int width, height, frames;
};
const ClipSpec kClipSpecs[] = {{64, 64, 17}, {128, 72, 17}, {72, 128, 17}, {64, 64, 33}, {128, 72, 33}, {72, 128, 33}};

/// Correct and scored counts per attribute.
class Tally {
public:
    void add(const Judgement& j) {
        for (const AttributeScore& s : j.scores) {
            auto& [correct, total] = counts_[s.attribute];
            correct += s.correct;
            ++total;
        }
    }
    double accuracy(Attribute a) const {
        auto it = counts_.find(a);
        return it == counts_.end() || it->second.second == 0 ? -1.0 : double(it->second.first) / it->second.second;
    }
    int total(Attribute a) const {
        auto it = counts_.find(a);
        return it == counts_.end() ? 0 : it->second.second;
    }
    void print(const char* title) const {
        std::printf("%s\n", title);
        for (const auto& [a, ct] : counts_)
            std::printf("  %-10s %6.2f%%  (%d of %d)\n", word(a), 100.0 * ct.first / ct.second, ct.first, ct.second);
    }

private:
    std::map<Attribute, std::pair<int, int>> counts_;
};

std::string describeFailure(const Judgement& j, const std::string& text, const ClipSpec& spec) {
    std::string out = "\"" + text + "\" at " + std::to_string(spec.width) + "x" + std::to_string(spec.height) + "x" +
                      std::to_string(spec.frames) + ":";
    for (const AttributeScore& s : j.scores)
        if (!s.correct)
            out += std::string(" ") + word(s.attribute) + "[" + std::to_string(s.object) + "] expected '" + s.expected +
                   "' got '" + s.predicted + "';";
    return out;
}

/// Imperfect frames like a generator's: a per-clip colour gain of +-8% per channel, Gaussian noise of
/// the given sigma (0..255 units), then a 3x3 binomial blur. In place, deterministic.
void degrade(Clip& clip, double sigma, uint64_t seed) {
    Rng rng(seed);
    double gain[3];
    for (double& g : gain) g = rng.uniform(0.92, 1.08);
    for (Frame& f : clip.frames) {
        const int w = f.width, h = f.height;
        std::vector<double> noisy(f.rgb.size()), rows(f.rgb.size());
        for (size_t i = 0; i < f.rgb.size(); i += 2) {  // Box-Muller: two normal samples per pair
            double radius = sigma * std::sqrt(-2.0 * std::log(std::max(rng.uniform(), 1e-12)));
            double angle = 6.283185307179586 * rng.uniform();
            noisy[i] = f.rgb[i] * gain[i % 3] + radius * std::cos(angle);
            if (i + 1 < f.rgb.size()) noisy[i + 1] = f.rgb[i + 1] * gain[(i + 1) % 3] + radius * std::sin(angle);
        }
        auto at = [&](std::vector<double>& v, int x, int y, int c) -> double& {
            return v[(size_t(std::clamp(y, 0, h - 1)) * w + std::clamp(x, 0, w - 1)) * 3 + c];
        };
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                for (int c = 0; c < 3; ++c)
                    at(rows, x, y, c) = (at(noisy, x - 1, y, c) + 2 * at(noisy, x, y, c) + at(noisy, x + 1, y, c)) / 4;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                for (int c = 0; c < 3; ++c) {
                    double v = (at(rows, x, y - 1, c) + 2 * at(rows, x, y, c) + at(rows, x, y + 1, c)) / 4;
                    f.at(x, y)[c] = uint8_t(std::clamp(std::lround(v), 0l, 255l));
                }
    }
}

SceneOptions twoObjects(double probability) {
    SceneOptions options;
    options.twoObjectProbability = probability;
    return options;
}

const Attribute kAllAttributes[] = {Attribute::Count, Attribute::Background, Attribute::Size,  Attribute::Color,
                                    Attribute::Shape, Attribute::Motion,     Attribute::Layout};

}  // namespace

TEST(Judge, ScoresRenderedGroundTruthAtLeast99Percent) {
    Tally tally;
    int clips = 0, failures = 0;
    for (uint64_t seed = 0; seed < 60; ++seed) {
        for (const ClipSpec& spec : kClipSpecs) {
            Scene scene = sampleScene(seed * 101 + uint64_t(spec.width + spec.frames), twoObjects(0.5));
            RenderedClip r = render(scene, spec.width, spec.height, spec.frames, 16);
            Judgement j = judge(r.clip, parsePrompt(caption(scene)));
            tally.add(j);
            ++clips;
            if (!j.allCorrect() && ++failures <= 10) ADD_FAILURE() << describeFailure(j, caption(scene), spec);
        }
    }
    tally.print(("ground truth, " + std::to_string(clips) + " clips").c_str());
    for (Attribute a : kAllAttributes) {
        EXPECT_GT(tally.total(a), 50) << word(a);
        EXPECT_GE(tally.accuracy(a), 0.99) << word(a);
    }
}

TEST(Judge, ReadsStandingStillInTwoObjectScenes) {
    int stills = 0;
    for (uint64_t seed = 0; seed < 100; ++seed) {
        Scene scene = sampleScene(seed, twoObjects(1.0));
        ParsedPrompt full = describe(scene);
        for (size_t k = 0; k < 2; ++k) full.objects[k].motion = scene.objects[k].motion;
        Judgement j = judge(render(scene, 128, 72, 17, 16).clip, full);
        for (const AttributeScore& s : j.scores) {
            if (s.attribute != Attribute::Motion) continue;
            stills += s.expected == "standing still";
            EXPECT_TRUE(s.correct) << caption(scene) << ": object " << s.object << " got " << s.predicted;
        }
    }
    EXPECT_GT(stills, 20);
}

TEST(Judge, WrongPromptsScoreNearChance) {
    Tally tally;
    for (uint64_t seed = 0; seed < 60; ++seed) {
        for (const ClipSpec& spec : kClipSpecs) {
            uint64_t sceneSeed = seed * 101 + uint64_t(spec.width + spec.frames);
            Scene scene = sampleScene(sceneSeed, twoObjects(0.5));
            Scene other = sampleScene(sceneSeed + 1000003, twoObjects(0.5));
            tally.add(judge(render(scene, spec.width, spec.height, spec.frames, 16).clip, parsePrompt(caption(other))));
        }
    }
    tally.print("wrong prompts (caption of another random scene)");
    // Chance levels: color ~1/7, shape 1/3, size 1/2, motion ~1/5, background ~1/3, count 1/2, layout ~1/2,
    // a little higher for two-object prompts, whose objects are matched to the clip's best-fitting ones.
    EXPECT_LT(tally.accuracy(Attribute::Color), 0.30);
    EXPECT_LT(tally.accuracy(Attribute::Shape), 0.50);
    EXPECT_LT(tally.accuracy(Attribute::Size), 0.65);
    EXPECT_LT(tally.accuracy(Attribute::Motion), 0.35);
    EXPECT_LT(tally.accuracy(Attribute::Background), 0.45);
    EXPECT_LT(tally.accuracy(Attribute::Count), 0.65);
    EXPECT_LT(tally.accuracy(Attribute::Layout), 0.65);
}

TEST(Judge, NoisyBlurredClipsStillScoreAtLeast95Percent) {
    Tally tally;
    for (uint64_t seed = 0; seed < 10; ++seed) {
        for (const ClipSpec& spec : kClipSpecs) {
            Scene scene = sampleScene(seed * 31 + 5 + uint64_t(spec.height), twoObjects(0.5));
            RenderedClip r = render(scene, spec.width, spec.height, spec.frames, 16);
            degrade(r.clip, 8.0, seed);
            tally.add(judge(r.clip, parsePrompt(caption(scene))));
        }
    }
    tally.print("colour gain +-8%, noise sigma 8, 3x3 blur, 60 clips");
    for (Attribute a : kAllAttributes) EXPECT_GE(tally.accuracy(a), 0.95) << word(a);
}

TEST(Judge, ScoresOnlyWhatThePromptStates) {
    Scene scene = sampleScene(3, twoObjects(0.0));
    Clip clip = render(scene, 64, 64, 17, 16).clip;
    EXPECT_TRUE(judge(clip, parsePrompt("")).scores.empty());

    Judgement colorOnly = judge(clip, parsePrompt(std::string("a ") + word(scene.objects[0].color) + " shape"));
    ASSERT_EQ(colorOnly.scores.size(), 2u);  // count and color
    EXPECT_TRUE(colorOnly.allCorrect());

    Judgement still = judge(render(scene, 64, 64, 1, 16).clip, describe(scene));
    for (const AttributeScore& s : still.scores) EXPECT_NE(s.attribute, Attribute::Motion) << "1 frame: no motion";
}

TEST(Judge, ReportsAMissingSecondObject) {
    Scene one = sampleScene(11, twoObjects(0.0));
    Scene two = sampleScene(12, twoObjects(1.0));
    Judgement j = judge(render(one, 128, 72, 17, 16).clip, describe(two));
    bool missing = false;
    for (const AttributeScore& s : j.scores) {
        if (s.attribute == Attribute::Count) {
            EXPECT_EQ(s.predicted, "1");
            EXPECT_FALSE(s.correct);
        }
        missing |= s.predicted == "missing";
    }
    EXPECT_TRUE(missing);
    EXPECT_THROW(judge(Clip{}, describe(one)), std::invalid_argument);
}

TEST(Judge, PaletteObjectsStandOutFromEveryAllowedBackground) {
    // The foreground threshold must sit well inside the smallest object/background distance.
    double smallest = 1e9;
    for (Color bg : kBackgroundColors) {
        for (Color c : kObjectColors) {
            if (c == bg) continue;
            Rgb p = paletteRgb(c), q = paletteRgb(bg);
            smallest =
                std::min(smallest, std::sqrt(std::pow(p.r - q.r, 2) + std::pow(p.g - q.g, 2) + std::pow(p.b - q.b, 2)));
        }
    }
    EXPECT_GE(smallest, 2.5 * kJudgeForegroundDistance);
}

// describeClip reads a rendered clip back into its scene's caption: every attribute the judge scores
// at >= 99% on ground truth, so the whole caption (up to ten attributes) is exact in most clips.
TEST(Judge, DescribeClipReadsRenderedScenesBackIntoTheirCaptions) {
    int clips = 0, exact = 0, background = 0;
    for (uint64_t seed = 0; seed < 30; ++seed) {
        for (const ClipSpec& spec : kClipSpecs) {
            Scene scene = sampleScene(seed * 31 + uint64_t(spec.height), twoObjects(0.5));
            RenderedClip r = render(scene, spec.width, spec.height, spec.frames, 16);
            const ParsedPrompt read = describeClip(r.clip);
            const std::string seen = caption(read), truth = caption(scene);
            ++clips;
            exact += seen == truth;
            background += read.background == scene.background;
            if (seen != truth && clips - exact <= 5) std::printf("  read \"%s\" for \"%s\"\n", seen.c_str(), truth.c_str());
        }
    }
    std::printf("describeClip: %d of %d captions exact\n", exact, clips);
    EXPECT_GE(exact, 0.9 * clips);
    EXPECT_EQ(background, clips);
    // One frame: no motion is read.
    Scene one = sampleScene(5, twoObjects(0.0));
    RenderedClip still = render(one, 64, 64, 1, 16);
    ParsedPrompt p = describeClip(still.clip);
    ASSERT_EQ(p.objects.size(), 1u);
    EXPECT_FALSE(p.objects[0].motion);
    EXPECT_EQ(p.objects[0].color, one.objects[0].color);
    EXPECT_THROW(describeClip(Clip{}), std::invalid_argument);
}

// A rendered clip played backward is judged right against reversedInTime() of its caption: left and
// right, up and down swap, and a bounce read backward is still a bounce (what extend backward
// "reversed" relies on, docs/tasks.md). The caption itself reversed twice is unchanged.
TEST(Judge, ClipsPlayedBackwardMatchTheirReversedCaptions) {
    Tally tally;
    int clips = 0, failures = 0;
    for (uint64_t seed = 0; seed < 40; ++seed) {
        for (const ClipSpec& spec : kClipSpecs) {
            if (spec.frames < 2) continue;
            Scene scene = sampleScene(seed * 53 + uint64_t(spec.width), twoObjects(0.5));
            RenderedClip r = render(scene, spec.width, spec.height, spec.frames, 16);
            std::reverse(r.clip.frames.begin(), r.clip.frames.end());
            const ParsedPrompt truth = describe(scene), backward = reversedInTime(truth);
            EXPECT_EQ(reversedInTime(backward), truth);
            Judgement j = judge(r.clip, backward);
            tally.add(j);
            ++clips;
            if (!j.allCorrect() && ++failures <= 10) ADD_FAILURE() << describeFailure(j, caption(backward), spec);
        }
    }
    tally.print(("played backward, " + std::to_string(clips) + " clips").c_str());
    EXPECT_GT(tally.total(Attribute::Motion), 50);
    EXPECT_GE(tally.accuracy(Attribute::Motion), 0.99);
    EXPECT_EQ(caption(reversedInTime(parsePrompt("a large red circle moving left on a black background"))),
              "a large red circle moving right on a black background");
    EXPECT_EQ(caption(reversedInTime(parsePrompt("a small cyan triangle moving up to the left of a large yellow square "
                                                 "moving down, on a gray background"))),
              "a small cyan triangle moving down to the left of a large yellow square moving up, on a gray background");
    EXPECT_EQ(caption(reversedInTime(parsePrompt("a white square bouncing"))), "a white square bouncing");
}
