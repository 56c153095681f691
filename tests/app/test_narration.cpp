// Narration with espeak-ng: speech of the right length and loudness at 22050 Hz, the options change what
// they should, the same request gives the same samples, and bad requests fail with a message that says
// what to do.
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "tessera/app/narration.h"

namespace fs = std::filesystem;
using namespace tessera::app;

namespace {

float peak(const AudioBuffer& a) {
    float p = 0;
    for (float s : a.samples) p = std::max(p, std::fabs(s));
    return p;
}

double rms(const AudioBuffer& a) {
    double sum = 0;
    for (float s : a.samples) sum += double(s) * s;
    return a.samples.empty() ? 0.0 : std::sqrt(sum / a.samples.size());
}

// The message of the NarrationError `f` throws, or "" if it throws none.
template <typename F>
std::string errorOf(F f) {
    try {
        f();
    } catch (const NarrationError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(Narration, HelloWorldIsShortAudibleMonoSpeech) {
    const AudioBuffer a = synthesizeSpeech("Hello world");
    EXPECT_EQ(a.sampleRate, 22050);
    EXPECT_EQ(a.channels, 1);
    EXPECT_GE(a.durationSeconds(), 0.4);
    EXPECT_LE(a.durationSeconds(), 3.0);
    EXPECT_GT(peak(a), 0.05f) << "speech this quiet is silence";
    EXPECT_GT(rms(a), 0.01);
    EXPECT_LE(peak(a), 1.0f);
}

TEST(Narration, LongerTextGivesLongerAudio) {
    const AudioBuffer shortSpeech = synthesizeSpeech("Hello world.");
    const AudioBuffer longSpeech =
        synthesizeSpeech("Hello world. This second sentence makes the narration a good deal longer than the first.");
    EXPECT_GT(longSpeech.durationSeconds(), 2.0 * shortSpeech.durationSeconds())
        << shortSpeech.durationSeconds() << " s vs " << longSpeech.durationSeconds() << " s";
}

TEST(Narration, FasterRateGivesShorterAudio) {
    const std::string text = "The red ball rolls slowly across the wooden table and falls to the floor.";
    NarrationOptions slow, fast;
    slow.wordsPerMinute = 100;
    fast.wordsPerMinute = 300;
    const double slowSeconds = synthesizeSpeech(text, slow).durationSeconds();
    const double fastSeconds = synthesizeSpeech(text, fast).durationSeconds();
    EXPECT_LT(fastSeconds, 0.6 * slowSeconds) << "100 wpm: " << slowSeconds << " s, 300 wpm: " << fastSeconds << " s";
}

// espeak-ng carries state from one utterance to the next; speaking something else in between must not
// change the samples.
TEST(Narration, SameTextAndOptionsGiveIdenticalSamples) {
    NarrationOptions options;
    options.wordsPerMinute = 180;
    options.pitch = 40;
    const AudioBuffer first = synthesizeSpeech("A blue square turns slowly.", options);
    synthesizeSpeech("Something else entirely, spoken in between.", NarrationOptions{"en-us", 220, 70});
    const AudioBuffer second = synthesizeSpeech("A blue square turns slowly.", options);
    ASSERT_FALSE(first.empty());
    ASSERT_EQ(first.samples.size(), second.samples.size());
    const auto diff = std::mismatch(first.samples.begin(), first.samples.end(), second.samples.begin());
    EXPECT_TRUE(diff.first == first.samples.end())
        << "first difference at sample " << (diff.first - first.samples.begin()) << ": " << *diff.first << " vs "
        << *diff.second;
}

TEST(Narration, UnknownVoiceSaysHowToListVoices) {
    NarrationOptions options;
    options.voice = "xx";
    EXPECT_EQ(errorOf([&] { synthesizeSpeech("Hello", options); }),
              "voice 'xx' is not installed; `tessera narration voices` lists them");
    options.voice = "";
    EXPECT_NE(errorOf([&] { synthesizeSpeech("Hello", options); }).find("is not installed"), std::string::npos);
}

TEST(Narration, RateAndPitchOutOfRangeAreRefused) {
    for (int wpm : {79, 451}) {
        NarrationOptions options;
        options.wordsPerMinute = wpm;
        const std::string error = errorOf([&] { synthesizeSpeech("Hello", options); });
        EXPECT_NE(error.find(std::to_string(wpm) + " words per minute"), std::string::npos) << error;
        EXPECT_NE(error.find("80..450"), std::string::npos) << error;
    }
    NarrationOptions options;
    options.pitch = 101;
    EXPECT_NE(errorOf([&] { synthesizeSpeech("Hello", options); }).find("pitch 101"), std::string::npos);
}

TEST(Narration, VoicesIncludeEnglishAndEachNameWorks) {
    const std::vector<NarrationVoice> voices = narrationVoices();
    const auto english = std::find_if(voices.begin(), voices.end(), [](const NarrationVoice& v) {
        return v.language.rfind("en", 0) == 0 && v.name.find("English") != std::string::npos;
    });
    ASSERT_NE(english, voices.end()) << voices.size() << " voices, none English";
    for (const std::string& voice : {english->name, english->language}) {
        NarrationOptions options;
        options.voice = voice;
        EXPECT_GT(synthesizeSpeech("Hi", options).durationSeconds(), 0.1) << voice;
    }
}

TEST(Narration, EmptyTextGivesEmptyAudio) {
    for (const std::string text : {"", "  \n\t "}) {
        const AudioBuffer a = synthesizeSpeech(text);
        EXPECT_TRUE(a.empty()) << "'" << text << "' gave " << a.samples.size() << " samples";
        EXPECT_EQ(a.sampleRate, 22050);
        EXPECT_EQ(a.channels, 1);
    }
    NarrationOptions options;
    options.voice = "xx";
    EXPECT_NE(errorOf([&] { synthesizeSpeech("", options); }), "") << "an unknown voice is an error even with no text";
}

// espeak-ng starts once per process, so the data-path errors are checked in a fresh process each.
TEST(Narration, DataPathThatDoesNotExistIsNamed) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            setenv("ESPEAK_DATA_PATH", "/nonexistent/espeak-data-here", 1);
            std::cerr << errorOf([] { synthesizeSpeech("Hello"); });
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(0), "ESPEAK_DATA_PATH is /nonexistent/espeak-data-here, which is not a folder");
}

TEST(Narration, DataFolderWithoutVoicesIsNamed) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const fs::path empty = fs::path(::testing::TempDir()) / "narration_empty_espeak_data";
    fs::create_directories(empty);
    EXPECT_EXIT(
        {
            setenv("ESPEAK_DATA_PATH", empty.c_str(), 1);
            std::cerr << errorOf([] { synthesizeSpeech("Hello"); });
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(0), "cannot start espeak-ng with the voice data in .*narration_empty_espeak_data");
    fs::remove_all(empty);
}
