// The default prompt enhancer: synonyms, word order, layouts, unknown words, filling from the seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "data/rng.h"
#include "tessera/enhancer.h"
#include "tessera/pipeline.h"

using namespace tessera;

namespace {

bool contains(const std::vector<std::string>& list, const std::string& text) {
    return std::find(list.begin(), list.end(), text) != list.end();
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& s : list) out += "[" + s + "]";
    return out;
}

/// The enhanced caption of a prompt that states everything: nothing may be filled, unknown or warned about.
std::string exact(const std::string& text) {
    EnhancedPrompt e = enhance(text, 1);
    EXPECT_TRUE(e.filledAttributes.empty()) << text << " filled " << joined(e.filledAttributes);
    EXPECT_TRUE(e.unknownWords.empty()) << text << " unknown " << joined(e.unknownWords);
    EXPECT_TRUE(e.warnings.empty()) << text << " warnings " << joined(e.warnings);
    return e.caption;
}

SceneOptions twoObjects(double probability) {
    SceneOptions options;
    options.twoObjectProbability = probability;
    return options;
}

}  // namespace

TEST(Enhancer, CanonicalCaptionsAreFixedPoints) {
    for (uint64_t seed = 0; seed < 500; ++seed) {
        const std::string text = caption(sampleScene(seed, twoObjects(0.5)));
        ASSERT_EQ(exact(text), text);
    }
}

TEST(Enhancer, MapsTheSynonymsOfTheIssue) {
    EXPECT_EQ(exact("a large crimson ball moving to the right on a dark background"),
              "a large red circle moving right on a black background");
    EXPECT_EQ(exact("big scarlet box going rightwards, white backdrop"),
              "a large red square moving right on a white background");
    EXPECT_EQ(exact("a small azure cube that is static on grey"),
              "a small blue square standing still on a gray background");
    EXPECT_EQ(exact("tiny teal pyramid bouncing on black"), "a small cyan triangle bouncing on a black background");
    EXPECT_EQ(exact("A huge purple disc falling at night"), "a large magenta circle moving down on a black background");
    EXPECT_EQ(exact("little golden wedge jumping, background: white"),
              "a small yellow triangle bouncing on a white background");
    EXPECT_EQ(exact("a big lime block rising on a grey backdrop"),
              "a large green square moving up on a gray background");
    EXPECT_EQ(exact("a tiny navy dot moving leftwards on a white bg"),
              "a small blue circle moving left on a white background");
    EXPECT_EQ(exact("a small aqua triangle hopping on a gray background"),
              "a small cyan triangle bouncing on a gray background");
    EXPECT_EQ(exact("a large pink ball, stationary, dark"),
              "a large magenta circle standing still on a black background");
}

TEST(Enhancer, HandlesWordOrderAndMissingArticles) {
    EXPECT_EQ(exact("red ball, large, moving right, black background"),
              "a large red circle moving right on a black background");
    EXPECT_EQ(exact("on a black background a ball that is red and large moves right"),
              "a large red circle moving right on a black background");
    EXPECT_EQ(exact("Moving right: large red circle; dark."), "a large red circle moving right on a black background");
}

TEST(Enhancer, RewritesTwoObjectLayouts) {
    EXPECT_EQ(exact("a small cyan triangle left of a large yellow box on a gray background"),
              "a small cyan triangle to the left of a large yellow square, on a gray background");
    EXPECT_EQ(exact("a large yellow cube to the right of a small cyan pyramid, grey backdrop"),
              "a small cyan triangle to the left of a large yellow square, on a gray background");
    EXPECT_EQ(exact("small green ball below big white box, on black"),
              "a large white square above a small green circle, on a black background");
    EXPECT_EQ(exact("a small red ball moving up beside a large blue ball moving down on white"),
              "a small red circle moving up to the left of a large blue circle moving down, on a white background");
    EXPECT_EQ(exact("a small red square over a large blue triangle going left, on gray"),
              "a small red square above a large blue triangle moving left, on a gray background");

    EnhancedPrompt e = enhance("a red ball and a blue box", 5);
    ASSERT_EQ(e.prompt.objects.size(), 2u);
    EXPECT_EQ(e.prompt.objects[0].color, Color::Red);
    EXPECT_EQ(e.prompt.objects[1].shape, Shape::Square);
    EXPECT_TRUE(e.prompt.layout.has_value());
    EXPECT_TRUE(contains(e.filledAttributes, std::string("layout: ") + word(*e.prompt.layout)));
}

TEST(Enhancer, ReportsUnknownWordsAndKeepsTheRest) {
    EnhancedPrompt e = enhance("a fluffy red ball moving quickly to the left on a black background", 3);
    EXPECT_EQ(e.unknownWords, (std::vector<std::string>{"fluffy", "quickly"}));
    EXPECT_EQ(e.prompt.objects[0].color, Color::Red);
    EXPECT_EQ(e.prompt.objects[0].shape, Shape::Circle);
    EXPECT_EQ(e.prompt.objects[0].motion, Motion::Left);

    EXPECT_EQ(enhance("an orange ball", 3).unknownWords, (std::vector<std::string>{"orange"}));
    EXPECT_EQ(enhance("a ball on the left", 3).unknownWords, (std::vector<std::string>{"on the left"}));
    EXPECT_TRUE(enhance("a red ball", 3).unknownWords.empty());
}

TEST(Enhancer, WarnsAboutWhatItCannotShow) {
    EnhancedPrompt three = enhance("a red ball, a blue box and a green triangle", 2);
    EXPECT_EQ(three.prompt.objects.size(), 2u);
    ASSERT_EQ(three.warnings.size(), 1u);
    EXPECT_NE(three.warnings[0].find("green triangle"), std::string::npos) << three.warnings[0];

    EnhancedPrompt black = enhance("a black ball", 2);
    EXPECT_FALSE(black.warnings.empty());
    EXPECT_NE(black.prompt.objects[0].color, Color::Black);

    EXPECT_FALSE(enhance("a white ball on a white background", 2).warnings.empty());
    EXPECT_FALSE(enhance("a red background", 2).warnings.empty());
}

TEST(Enhancer, FillsFromTheSeedDeterministicallyAndNeverOnTheBackgroundColor) {
    std::set<Color> colors;
    for (uint64_t seed = 0; seed < 300; ++seed) {
        EnhancedPrompt a = enhance("a ball", seed), b = enhance("a ball", seed);
        ASSERT_EQ(a.caption, b.caption);
        ASSERT_EQ(a.filledAttributes, b.filledAttributes);
        colors.insert(*a.prompt.objects[0].color);
        ASSERT_NE(a.prompt.objects[0].color, a.prompt.background) << a.caption;
        ASSERT_NE(enhance("a white ball", seed).prompt.background, Color::White);
        ASSERT_NE(enhance("a ball on a white background", seed).prompt.objects[0].color, Color::White);
        EnhancedPrompt two = enhance("a ball and a box", seed);
        for (const ObjectSpec& o : two.prompt.objects) ASSERT_NE(o.color, two.prompt.background) << two.caption;
    }
    EXPECT_EQ(colors.size(), kObjectColors.size());
}

TEST(Enhancer, EmptyInputGivesAWholeCaptionFromTheSeed) {
    EnhancedPrompt e = enhance("", 9);
    ASSERT_EQ(e.prompt.objects.size(), 1u);
    const ObjectSpec& o = e.prompt.objects[0];
    EXPECT_TRUE(o.size && o.color && o.shape && o.motion && e.prompt.background) << e.caption;
    EXPECT_EQ(e.filledAttributes.size(), 5u);
    EXPECT_EQ(enhance("   ", 9).caption, e.caption);
}

TEST(Enhancer, WithoutFillingTheCaptionStatesOnlyWhatWasWritten) {
    EnhanceOptions none;
    none.fillFromSeed = false;
    for (uint64_t seed = 0; seed < 50; ++seed) {
        EXPECT_EQ(enhance("", seed, none).caption, "");
        EXPECT_EQ(enhance("  ", seed, none).caption, "");
        EnhancedPrompt ball = enhance("a crimson ball", seed, none);
        EXPECT_EQ(ball.caption, "a red circle");
        EXPECT_TRUE(ball.filledAttributes.empty()) << joined(ball.filledAttributes);
        EXPECT_EQ(enhance("rightwards on a dark background", seed, none).caption, "a shape moving right on a black background");
        EXPECT_EQ(enhance("a big box above a ball", seed, none).caption, "a large square above a circle");
        // Two objects without a relation still get a layout, which the caption form needs.
        EnhancedPrompt two = enhance("a ball and a box", seed, none);
        EXPECT_EQ(two.filledAttributes.size(), 1u) << joined(two.filledAttributes);
        EXPECT_EQ(two.filledAttributes.at(0).rfind("layout: ", 0), 0u);
        ASSERT_EQ(two.prompt.objects.size(), 2u);
        EXPECT_FALSE(two.prompt.background || two.prompt.objects[0].color || two.prompt.objects[1].size) << two.caption;
    }
    // Filling from the seed is for text alone.
    EXPECT_TRUE(enhancerFillsUnstated(Task::TextToVideo, false));
    EXPECT_TRUE(enhancerFillsUnstated(Task::Loop, false));
    EXPECT_FALSE(enhancerFillsUnstated(Task::Loop, true));
    for (Task t : {Task::ImageToVideo, Task::FirstLastFrame, Task::Edit, Task::ExtendForward, Task::ExtendBackward,
                   Task::Connect, Task::Inpaint})
        EXPECT_FALSE(enhancerFillsUnstated(t, true)) << taskName(t);
}

TEST(Enhancer, WhatTheClipShowsFillsWhatTheTextLeavesOpen) {
    EnhanceOptions o;
    o.fillFromSeed = false;
    o.shown = parsePrompt("a large red circle moving right on a white background");
    EXPECT_EQ(enhance("", 3, o).caption, "a large red circle moving right on a white background");
    EXPECT_EQ(enhance("moving left", 3, o).caption, "a large red circle moving left on a white background");
    EXPECT_EQ(enhance("a blue box on a black background", 3, o).caption, "a large blue square moving right on a black background");
    EnhancedPrompt e = enhance("a small ball", 3, o);
    EXPECT_EQ(e.caption, "a small red circle moving right on a white background");
    EXPECT_TRUE(contains(e.filledAttributes, "object 1 color: red (shown)")) << joined(e.filledAttributes);
    EXPECT_TRUE(contains(e.filledAttributes, "background: white (shown)")) << joined(e.filledAttributes);
    // A shown colour that is the stated background is not taken.
    o.shown = parsePrompt("a white circle on a black background");
    EXPECT_EQ(enhance("on a white background", 3, o).caption, "a circle on a white background");
    // Two shown objects: text without objects takes both and their layout.
    o.shown = parsePrompt("a small cyan triangle to the left of a large yellow square moving up, on a gray background");
    EXPECT_EQ(enhance("", 5, o).caption, "a small cyan triangle to the left of a large yellow square moving up, on a gray background");
    EXPECT_EQ(enhance("a magenta ball", 5, o).caption, "a small magenta circle on a gray background");
    // With the seed as well, the seed fills only what neither the text nor the clip states.
    o.fillFromSeed = true;
    o.shown = parsePrompt("a red shape");
    for (uint64_t seed = 0; seed < 20; ++seed) {
        EnhancedPrompt f = enhance("", seed, o);
        ASSERT_EQ(f.prompt.objects.size(), 1u);
        EXPECT_EQ(f.prompt.objects[0].color, Color::Red) << f.caption;
        EXPECT_TRUE(f.prompt.objects[0].shape && f.prompt.background) << f.caption;
    }
}

TEST(Enhancer, OutputAlwaysParsesBackToItsAttributes) {
    // Word salads from the vocabulary, synonyms and noise; the enhancer must always give a valid caption.
    const std::vector<std::string> words = {"a",     "the",        "red",     "ball",  "box",    "left",  "of",
                                            "right", "above",      "below",   "big",   "tiny",   "dark",  "white",
                                            "gray",  "background", "on",      "and",   "moving", "still", "bouncing",
                                            "up",    ",",          "purple",  "cube",  "next",   "to",    "blorp",
                                            "black", "thing",      "falling", "night", "grey",   "over",  "under"};
    Rng rng(77);
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        int n = rng.below(12);
        for (int k = 0; k < n; ++k) text += words[size_t(rng.below(int(words.size())))] + " ";
        EnhancedPrompt e = enhance(text, uint64_t(i));
        ASSERT_EQ(parsePrompt(e.caption), e.prompt) << text;
        ASSERT_EQ(caption(e.prompt), e.caption) << text;
        ASSERT_FALSE(e.prompt.objects.empty()) << text;
        ASSERT_TRUE(e.prompt.background.has_value()) << text;
    }
    EXPECT_NO_THROW(enhance(std::string("\x01\xff\xfe garbage \t\n 123", 18), 1));
}
