// Export (app/src/media/encoder.cpp) and audio files (app/src/media/audio_io.cpp): every format is
// written from a short synthetic clip (a moving square, a 440 Hz tone as long as the video, two
// subtitles) and read back the way a user's tools would: ffprobe for the streams, ffmpeg for the
// subtitles, Tessera's own readers for the pictures and the sound, OpenImageIO for EXR values.
#include <OpenImageIO/imageio.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "tessera/app/encoder.h"
#include "tessera/app/media.h"
#include "test_project_support.h"

namespace fs = std::filesystem;
using namespace tessera;
using namespace tessera::app;
namespace support = tessera::app::testing;
using nlohmann::json;

namespace {

constexpr int kWidth = 64, kHeight = 48, kFrames = 24;
constexpr double kFps = 16, kSeconds = kFrames / kFps;  // 1.5 s
constexpr int kRate = 48000;
constexpr int64_t kAudioFrames = static_cast<int64_t>(kSeconds * kRate);
const uint8_t kBackground[3] = {20, 40, 200};
const uint8_t kSquare[3] = {250, 130, 20};
const std::string kTitle = "Tessera export test";

// Frame i: the background with a 16x16 square whose left edge is at x = 4 + i, rows 16-31.
Frame squareFrame(int i, int w = kWidth, int h = kHeight) {
    Frame f(w, h, kBackground[0], kBackground[1], kBackground[2]);
    for (int y = 16; y < std::min(32, h); ++y)
        for (int x = 4 + i; x < std::min(20 + i, w); ++x) std::copy(kSquare, kSquare + 3, f.at(x, y));
    return f;
}

// A 440 Hz sine at half scale, `channels` identical channels.
std::vector<float> sine(int64_t frames, int channels, int rate = kRate) {
    std::vector<float> s(size_t(frames) * channels);
    for (int64_t i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            s[size_t(i) * channels + c] = 0.5f * float(std::sin(2 * M_PI * 440 * i / rate));
    return s;
}

EncoderSettings sampleSettings(ExportFormat format) {
    EncoderSettings s;
    s.format = format;
    s.width = kWidth;
    s.height = kHeight;
    s.fps = kFps;
    s.audio = format != ExportFormat::Gif;
    s.metadata = {{"title", kTitle}, {"comment", "made by test_encoder"}};
    s.subtitles = {{1.0, 1.4, "World, again"}, {0.25, 1.0, "Hello"}};  // out of order on purpose
    return s;
}

// Writes the sample clip; the audio comes in chunks of 1777 frames, interleaved with the video as a
// renderer would give it, and ends exactly with the video.
void writeSample(const std::string& path, const EncoderSettings& s) {
    const std::vector<float> audio = sine(kAudioFrames, s.channels);
    MediaWriter w(path, s);
    int64_t sent = 0;
    for (int i = 0; i < kFrames; ++i) {
        w.addFrame(squareFrame(i));
        const int64_t until = std::min<int64_t>(kAudioFrames, int64_t((i + 1) / kFps * kRate));
        while (s.audio && sent < until) {
            const int64_t n = std::min<int64_t>(1777, until - sent);
            w.addAudio(audio.data() + sent * s.channels, n);
            sent += n;
        }
    }
    w.finish();
}

std::string run(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    return out;
}

std::string quoted(const std::string& path) {
    return "'" + path + "'";
}

json probe(const std::string& path) {
    const std::string out =
        run("ffprobe -v error -count_packets -show_streams -show_format -of json " + quoted(path) + " 2>&1");
    json j = json::parse(out, nullptr, false);
    if (j.is_discarded()) ADD_FAILURE() << "ffprobe gave no JSON for " << path << ":\n" << out;
    return j;
}

// The first stream of a type ("video", "audio", "subtitle"), or null.
json streamOf(const json& info, const std::string& type) {
    for (const auto& st : info.value("streams", json::array()))
        if (st.value("codec_type", "") == type) return st;
    return nullptr;
}

double number(const json& j, const std::string& key) {
    return j.contains(key) ? std::stod(j[key].get<std::string>()) : -1;
}

std::string tag(const json& tags, const std::string& key) {
    for (const auto& [k, v] : tags.items()) {
        std::string lower = k;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower == key) return v.get<std::string>();
    }
    return "";
}

// The tone's frequency from its zero crossings (first channel).
double frequencyOf(const AudioBuffer& a) {
    int64_t crossings = 0;
    for (int64_t i = 1; i < a.frames(); ++i)
        crossings += (a.samples[size_t(i - 1) * a.channels] < 0) != (a.samples[size_t(i) * a.channels] < 0);
    return a.durationSeconds() > 0 ? crossings / 2.0 / a.durationSeconds() : 0;
}

struct Cue {
    double start, end;
    std::string text;
};

// The subtitles as ffmpeg converts them to SRT (what a player would show).
std::vector<Cue> subtitlesOf(const std::string& path) {
    const std::string srt = run("ffmpeg -v error -i " + quoted(path) + " -map 0:s:0 -f srt - 2>&1");
    std::vector<Cue> cues;
    const std::regex cue(R"((\d+):(\d+):(\d+),(\d+) --> (\d+):(\d+):(\d+),(\d+)\r?\n([^\r\n]*))");
    for (std::sregex_iterator it(srt.begin(), srt.end(), cue), end; it != end; ++it) {
        const auto& m = *it;
        auto at = [&](int k) {
            return std::stoi(m[k]) * 3600.0 + std::stoi(m[k + 1]) * 60 + std::stoi(m[k + 2]) +
                   std::stoi(m[k + 3]) / 1000.0;
        };
        cues.push_back({at(1), at(5), m[9]});
    }
    if (cues.empty()) ADD_FAILURE() << "no subtitles in " << path << "; ffmpeg said:\n" << srt;
    return cues;
}

bool near(const uint8_t* got, const uint8_t* want, int tolerance) {
    for (int c = 0; c < 3; ++c)
        if (std::abs(int(got[c]) - int(want[c])) > tolerance) return false;
    return true;
}

std::string rgbText(const uint8_t* p) {
    return "(" + std::to_string(p[0]) + "," + std::to_string(p[1]) + "," + std::to_string(p[2]) + ")";
}

std::vector<std::string> entries(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const MediaError& e) {
        return e.what();
    }
    return "(no error)";
}

// What every container export must hold: the video stream (codec, size, frame count), the duration,
// the title, the pictures, and where the format has them the tone and the two subtitles.
void checkContainer(const std::string& path, const std::string& videoCodec, const std::string& audioCodec,
                    const std::string& subtitleCodec) {
    SCOPED_TRACE(path);
    const json info = probe(path);
    const json video = streamOf(info, "video");
    ASSERT_FALSE(video.is_null()) << info.dump(1);
    EXPECT_EQ(video.value("codec_name", ""), videoCodec);
    EXPECT_EQ(video.value("width", 0), kWidth);
    EXPECT_EQ(video.value("height", 0), kHeight);
    EXPECT_EQ(video.value("nb_read_packets", ""), std::to_string(kFrames));
    const json format = info.value("format", json::object());
    EXPECT_NEAR(number(format, "duration"), kSeconds, 0.5 / kFps) << format.dump(1);

    // The pictures: the first and last frames show the square where it was drawn (lossy codecs: a
    // tolerance; GIF: the palette's nearest colour, dithered).
    const Clip clip = readClip(path);
    ASSERT_EQ(clip.frameCount(), kFrames);
    for (int i : {0, kFrames - 1}) {
        const uint8_t* square = clip.frames[i].at(12 + i, 24);
        const uint8_t* background = clip.frames[i].at(kWidth - 4, 4);
        EXPECT_TRUE(near(square, kSquare, 30)) << "frame " << i << " square " << rgbText(square);
        EXPECT_TRUE(near(background, kBackground, 30)) << "frame " << i << " background " << rgbText(background);
    }

    if (videoCodec == "gif") {
        EXPECT_TRUE(streamOf(info, "audio").is_null());
        EXPECT_TRUE(streamOf(info, "subtitle").is_null());
        return;
    }
    EXPECT_EQ(tag(format.value("tags", json::object()), "title"), kTitle) << format.dump(1);

    const json audio = streamOf(info, "audio");
    ASSERT_FALSE(audio.is_null()) << info.dump(1);
    EXPECT_EQ(audio.value("codec_name", ""), audioCodec);
    const AudioBuffer sound = readAudio(path);
    EXPECT_NEAR(sound.durationSeconds(), kSeconds, 0.5 / kFps);
    EXPECT_NEAR(frequencyOf(sound), 440, 5);

    const json subtitle = streamOf(info, "subtitle");
    ASSERT_FALSE(subtitle.is_null()) << info.dump(1);
    EXPECT_EQ(subtitle.value("codec_name", ""), subtitleCodec);
    const std::vector<Cue> cues = subtitlesOf(path);
    ASSERT_EQ(cues.size(), 2u);
    EXPECT_EQ(cues[0].text, "Hello");
    EXPECT_NEAR(cues[0].start, 0.25, 0.03);
    EXPECT_NEAR(cues[0].end, 1.0, 0.03);
    EXPECT_EQ(cues[1].text, "World, again");
    EXPECT_NEAR(cues[1].start, 1.0, 0.03);
    EXPECT_NEAR(cues[1].end, 1.4, 0.03);
}

// The exact sRGB transfer function, in double precision.
double srgbToLinear(uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

TEST(Encoder, NamesFormatsAndTheirExtensions) {
    EXPECT_EQ(exportFormatFromName("mp4"), ExportFormat::Mp4);
    EXPECT_EQ(exportFormatFromName("WebM"), ExportFormat::WebM);
    EXPECT_EQ(exportFormatFromName("prores"), ExportFormat::ProRes);
    EXPECT_EQ(exportFormatFromName("gif"), ExportFormat::Gif);
    EXPECT_EQ(exportFormatFromName("png"), ExportFormat::PngSequence);
    EXPECT_EQ(exportFormatFromName("exr"), ExportFormat::ExrSequence);
    EXPECT_EQ(errorOf([] { exportFormatFromName("avi"); }),
              "unknown export format 'avi'; use one of: mp4, webm, prores, gif, png, exr");
    EXPECT_EQ(defaultExtension(ExportFormat::Mp4), ".mp4");
    EXPECT_EQ(defaultExtension(ExportFormat::WebM), ".webm");
    EXPECT_EQ(defaultExtension(ExportFormat::ProRes), ".mov");
    EXPECT_EQ(defaultExtension(ExportFormat::Gif), ".gif");
    EXPECT_EQ(defaultExtension(ExportFormat::PngSequence), "");
    EXPECT_EQ(defaultExtension(ExportFormat::ExrSequence), "");
}

TEST(Encoder, Mp4HasH264AacMovTextAndTheTitle) {
    support::TempDir t;
    writeSample(t / "out.mp4", sampleSettings(ExportFormat::Mp4));
    checkContainer(t / "out.mp4", "h264", "aac", "mov_text");
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"out.mp4"});  // no temporary file left
}

TEST(Encoder, WebMHasVp9OpusWebVttAndTheTitle) {
    support::TempDir t;
    writeSample(t / "out.webm", sampleSettings(ExportFormat::WebM));
    checkContainer(t / "out.webm", "vp9", "opus", "webvtt");
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"out.webm"});
}

TEST(Encoder, ProResMovHasProResHqPcmMovTextAndTheTitle) {
    support::TempDir t;
    writeSample(t / "out.mov", sampleSettings(ExportFormat::ProRes));
    checkContainer(t / "out.mov", "prores", "pcm_s16le", "mov_text");
    const json video = streamOf(probe(t / "out.mov"), "video");
    EXPECT_EQ(video.value("profile", ""), "HQ");
    EXPECT_EQ(video.value("pix_fmt", ""), "yuv422p10le");
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"out.mov"});
}

TEST(Encoder, GifIsPaletteOptimisedAndRefusesAudio) {
    support::TempDir t;
    writeSample(t / "out.gif", sampleSettings(ExportFormat::Gif));
    checkContainer(t / "out.gif", "gif", "", "");
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"out.gif"});

    EncoderSettings withAudio = sampleSettings(ExportFormat::Gif);
    withAudio.audio = true;
    const std::string err = errorOf([&] { MediaWriter(t / "sound.gif", withAudio); });
    EXPECT_NE(err.find("sound.gif: GIF carries no audio"), std::string::npos) << err;
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"out.gif"});
}

TEST(Encoder, PngSequenceHasEveryFrameLosslessAndAudioWav) {
    support::TempDir t;
    writeSample(t / "frames", sampleSettings(ExportFormat::PngSequence));
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"frames"});
    std::vector<std::string> expected;
    for (int i = 0; i < kFrames; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "frame_%06d.png", i);
        expected.push_back(name);
    }
    expected.push_back("audio.wav");
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(entries(t / "frames"), expected);
    for (int i : {0, 13, kFrames - 1}) {
        char name[32];
        std::snprintf(name, sizeof name, "frame_%06d.png", i);
        EXPECT_TRUE(readImage(t / ("frames/" + std::string(name))).rgb == squareFrame(i).rgb) << name;
    }
    const AudioBuffer sound = readAudio(t / "frames/audio.wav");
    EXPECT_EQ(sound.frames(), kAudioFrames);
    EXPECT_NEAR(frequencyOf(sound), 440, 5);
    EXPECT_EQ(streamOf(probe(t / "frames/audio.wav"), "audio").value("codec_name", ""), "pcm_s16le");
}

TEST(Encoder, ExrSequenceIsLinearHalfFloatWithMetadata) {
    support::TempDir t;
    EncoderSettings s = sampleSettings(ExportFormat::ExrSequence);
    s.audio = false;
    writeSample(t / "frames", s);
    const std::vector<std::string> files = entries(t / "frames");
    ASSERT_EQ(files.size(), size_t(kFrames));
    EXPECT_EQ(files.front(), "frame_000000.exr");
    EXPECT_EQ(files.back(), "frame_000023.exr");

    auto in = OIIO::ImageInput::open(t / "frames/frame_000000.exr");
    ASSERT_TRUE(in) << OIIO::geterror();
    const OIIO::ImageSpec& spec = in->spec();
    EXPECT_EQ(spec.width, kWidth);
    EXPECT_EQ(spec.height, kHeight);
    ASSERT_EQ(spec.nchannels, 3);
    EXPECT_EQ(spec.format, OIIO::TypeDesc::HALF);
    EXPECT_EQ(spec.get_string_attribute("title"), kTitle);
    std::vector<float> px(size_t(kWidth) * kHeight * 3);
    ASSERT_TRUE(in->read_image(0, 0, 0, 3, OIIO::TypeDesc::FLOAT, px.data())) << in->geterror();
    in->close();
    // Half floats keep 11 significant bits: a relative error of at most 2^-11.
    double worst = 0;
    std::string worstAt;
    for (const auto& [x, y, colour] : {std::tuple{12, 24, kSquare}, std::tuple{60, 4, kBackground}})
        for (int c = 0; c < 3; ++c) {
            const double want = srgbToLinear(colour[c]), got = px[(size_t(y) * kWidth + x) * 3 + c];
            const double err = std::abs(got - want) / want;
            if (err > worst) {
                worst = err;
                worstAt = "(" + std::to_string(x) + "," + std::to_string(y) + ") channel " + std::to_string(c) + ": " +
                          std::to_string(got) + " vs " + std::to_string(want);
            }
        }
    EXPECT_LE(worst, 1.0 / 2048) << "worst at " << worstAt;
}

TEST(Encoder, KeepsNtscFrameRatesExact) {
    support::TempDir t;
    EncoderSettings s = sampleSettings(ExportFormat::Mp4);
    s.fps = 24000.0 / 1001;
    s.audio = false;
    writeSample(t / "ntsc.mp4", s);
    const json video = streamOf(probe(t / "ntsc.mp4"), "video");
    EXPECT_EQ(video.value("r_frame_rate", ""), "24000/1001");
    EXPECT_NEAR(number(video, "duration"), kFrames / s.fps, 0.5 / s.fps);
}

TEST(Encoder, DestroyedWithoutFinishLeavesNothing) {
    support::TempDir t;
    for (ExportFormat f : {ExportFormat::Mp4, ExportFormat::WebM, ExportFormat::Gif, ExportFormat::PngSequence}) {
        const EncoderSettings s = sampleSettings(f);
        const std::string path = t / ("cancelled" + defaultExtension(f));
        {
            MediaWriter w(path, s);
            const std::vector<float> audio = sine(3000, s.channels);
            for (int i = 0; i < 5; ++i) {
                w.addFrame(squareFrame(i));
                if (s.audio) w.addAudio(audio.data(), 3000);
            }
            EXPECT_FALSE(entries(t.path()).empty()) << "the export is being written somewhere";
        }
        EXPECT_EQ(entries(t.path()), std::vector<std::string>{}) << path;
    }
}

TEST(Encoder, WrongFrameSizeNamesBothSizes) {
    support::TempDir t;
    {
        MediaWriter w(t / "out.mp4", sampleSettings(ExportFormat::Mp4));
        w.addFrame(squareFrame(0));
        const std::string err = errorOf([&] { w.addFrame(squareFrame(1, 32, 24)); });
        EXPECT_NE(err.find("out.mp4: frame 1 is 32x24 but the export is 64x48"), std::string::npos) << err;
    }
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{});
}

TEST(Encoder, OddSizeForMp4IsRefused) {
    support::TempDir t;
    EncoderSettings s = sampleSettings(ExportFormat::Mp4);
    s.width = 63;
    const std::string err = errorOf([&] { MediaWriter(t / "odd.mp4", s); });
    EXPECT_NE(err.find("odd.mp4: MP4 (libx264, yuv420p) needs an even width and height, not 63x48"), std::string::npos)
        << err;
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{});
}

TEST(Encoder, RefusesAnExtensionThatIsNotTheFormats) {
    support::TempDir t;
    const std::string err = errorOf([&] { MediaWriter(t / "out.webm", sampleSettings(ExportFormat::Mp4)); });
    EXPECT_NE(err.find("out.webm: MP4 exports are .mp4 files"), std::string::npos) << err;
}

// A full disk, simulated with a 16 KiB file-size limit in a child process: the export fails with an
// error that says so, and neither the output nor a temporary file is left.
TEST(Encoder, FullDiskFailsAndLeavesNothing) {
    support::TempDir t;
    const std::string path = t / "big.mp4";
    const int rc = support::inChild([&] {
        std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead of killing us
        rlimit limit{16 * 1024, 16 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        EncoderSettings s = sampleSettings(ExportFormat::Mp4);
        s.width = s.height = 256;
        std::mt19937 noise(1);
        std::string err = "(no error)";
        {
            try {
                MediaWriter w(path, s);
                for (int i = 0; i < 16; ++i) {
                    Frame f(256, 256);
                    for (auto& b : f.rgb) b = static_cast<uint8_t>(noise());
                    w.addFrame(f);
                }
                w.finish();
            } catch (const MediaError& e) {
                err = e.what();
            }
        }
        std::cerr << "error: " << err << "\n";
        if (err.find(path) == std::string::npos || err.find("is the disk full?") == std::string::npos) return 1;
        return entries(t.path()).empty() ? 0 : 2;
    });
    EXPECT_EQ(rc, 0) << "1: no or the wrong error, 2: files left behind (see the child's stderr)";
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{});
}

TEST(AudioIo, WavRoundTripIsExactToTheSixteenBitStep) {
    support::TempDir t;
    AudioBuffer a;
    a.sampleRate = 44100;
    a.channels = 2;
    a.samples = sine(4410, 2, 44100);
    for (float edge : {1.0f, -1.0f, 0.0f, 0.99999f, -0.5f, 1e-6f}) a.samples.insert(a.samples.end(), {edge, -edge});
    writeWav(t / "tone.wav", a);
    EXPECT_EQ(entries(t.path()), std::vector<std::string>{"tone.wav"});
    const AudioBuffer b = readAudio(t / "tone.wav", 44100, 2);
    ASSERT_EQ(b.samples.size(), a.samples.size());
    double worst = 0;
    size_t worstAt = 0;
    for (size_t i = 0; i < a.samples.size(); ++i)
        if (std::abs(double(a.samples[i]) - b.samples[i]) > worst) {
            worst = std::abs(double(a.samples[i]) - b.samples[i]);
            worstAt = i;
        }
    EXPECT_LE(worst, 1.0 / 32768) << "sample " << worstAt << ": wrote " << a.samples[worstAt] << ", read "
                                  << b.samples[worstAt];
}

TEST(AudioIo, ResamplesToTheRequestedRateAndChannels) {
    support::TempDir t;
    AudioBuffer a;
    a.sampleRate = 44100;
    a.channels = 2;
    a.samples = sine(44100, 2, 44100);
    writeWav(t / "tone.wav", a);
    const AudioBuffer b = readAudio(t / "tone.wav", 48000, 1);
    EXPECT_EQ(b.sampleRate, 48000);
    EXPECT_EQ(b.channels, 1);
    EXPECT_NEAR(b.frames(), 48000, 48);  // within 1 ms
    EXPECT_NEAR(frequencyOf(b), 440, 2);
}

TEST(AudioIo, FileWithoutAudioSaysSo) {
    support::TempDir t;
    EncoderSettings s = sampleSettings(ExportFormat::Mp4);
    s.audio = false;
    writeSample(t / "silent.mp4", s);
    const std::string path = t / "silent.mp4";
    EXPECT_EQ(errorOf([&] { readAudio(path); }), path + ": has no audio stream");
}

TEST(AudioIo, MissingFileIsNamed) {
    support::TempDir t;
    const std::string path = t / "nope.wav";
    EXPECT_EQ(errorOf([&] { readAudio(path); }), path + ": no such file");
}

TEST(AudioIo, TruncatedWavIsRefusedNamingIt) {
    support::TempDir t;
    AudioBuffer a;
    a.samples = sine(48000, 2);
    writeWav(t / "cut.wav", a);
    fs::resize_file(t / "cut.wav", 44 + 48000 * 2);  // a quarter of the samples
    const std::string err = errorOf([&] { readAudio(t / "cut.wav"); });
    EXPECT_NE(err.find(t / "cut.wav"), std::string::npos) << err;
    EXPECT_NE(err.find("truncated"), std::string::npos) << err;
}

TEST(AudioIo, TruncatedVideoIsRefusedNamingIt) {
    support::TempDir t;
    const std::string path = t / "cut.mp4";
    writeSample(path, sampleSettings(ExportFormat::Mp4));
    fs::resize_file(path, fs::file_size(path) / 2);  // the index (first: faststart) outlives the samples
    const std::string err = errorOf([&] { readAudio(path); });
    EXPECT_NE(err.find(path + ": "), std::string::npos) << err;
    EXPECT_NE(err.find("truncated"), std::string::npos) << err;
}
