// Timeline rendering and export: compositing (letterbox/fill, crossfades, fades, titles), the audio
// mix, subtitles and the provenance manifest; every export format checked with ffprobe; bad media,
// cancel and a full disk leave nothing behind.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tessera/app/encoder.h"
#include "tessera/app/library_import.h"
#include "tessera/app/media.h"
#include "tessera/app/project.h"
#include "tessera/app/render.h"
#include "tessera/app/timeline.h"
#include "test_project_support.h"

namespace tessera::app {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

Clip solidClip(int w, int h, int frames, uint8_t r, uint8_t g, uint8_t b) {
    Clip c;
    c.fps = 16;
    for (int i = 0; i < frames; ++i) c.frames.emplace_back(w, h, r, g, b);
    return c;
}

// Stores `clip` as a real MP4 generated clip with a recipe.
int64_t addRealClip(ProjectLibrary& p, const Clip& clip, const std::string& prompt, int64_t seed) {
    GenerationResult r = testing::fakeResult(prompt, seed, clip.frameCount());
    r.clip = clip;
    NewGeneratedClip c;
    c.file = p.storeMedia(".mp4", [&](const std::string& tmp) { writeClip(tmp, clip); });
    c.result = &r;
    c.requestJson = nlohmann::json{{"task", "t2v"}, {"prompt", prompt}, {"seed", seed}}.dump();
    return p.addGeneratedClip(c);
}

int64_t addSineAsset(ProjectLibrary& p, const std::string& dir, double seconds, double hz) {
    AudioBuffer a;
    a.sampleRate = 48000;
    a.channels = 1;
    for (int64_t i = 0; i < int64_t(seconds * a.sampleRate); ++i)
        a.samples.push_back(float(0.5 * std::sin(2 * M_PI * hz * double(i) / a.sampleRate)));
    const std::string path = dir + "/tone.wav";
    writeWav(path, a);
    return importFiles(p, {path}).front().assetId;
}

const uint8_t* px(const Frame& f, int x, int y) { return f.at(x, y); }

nlohmann::json ffprobe(const std::string& path) {
    const std::string cmd = "ffprobe -v error -count_frames -show_streams -show_format -of json '" + path + "'";
    FILE* pipe = popen(cmd.c_str(), "r");
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    pclose(pipe);
    return nlohmann::json::parse(out, nullptr, false);
}

const nlohmann::json* stream(const nlohmann::json& probe, const std::string& type) {
    for (const auto& s : probe["streams"])
        if (s.value("codec_type", "") == type) return &s;
    return nullptr;
}

struct Scene {
    TempDir dir;
    std::unique_ptr<ProjectLibrary> project = ProjectLibrary::create(dir / "p");
    int64_t timeline = createTimeline(*project, "Lesson", 64, 48, 16);
    std::unique_ptr<TimelineModel> model = std::make_unique<TimelineModel>(*project, timeline);
    int64_t red = addRealClip(*project, solidClip(64, 48, 16, 220, 30, 30), "a large red circle", 1);
    int64_t blue = addRealClip(*project, solidClip(32, 48, 16, 30, 30, 220), "a small blue square", 2);
    int64_t track(TrackKind k) const {
        for (const auto& t : model->state().tracks)
            if (t.kind == k) return t.id;
        return 0;
    }
};

TEST(Render, LetterboxFillCrossfadeFadesAndTitles) {
    Scene s;
    const int64_t a = s.model->requestInsert(s.track(TrackKind::Video), {s.red});
    const int64_t b = s.model->requestInsert(s.track(TrackKind::Video), {s.blue});
    s.model->requestSetTransition(a, Transition::FadeFromBlack, 4);
    s.model->requestSetTransition(b, Transition::Crossfade, 4);  // b now starts at 12
    ItemSource card;
    card.title.text = "HELLO";
    card.title.background = "#00ff00";
    card.title.color = "#ff00ff";
    card.title.size = 0.4;
    card.length = 8;
    s.model->requestInsert(s.track(TrackKind::Title), card, 28);
    TimelineRenderer r(*s.project, s.model->state());
    ASSERT_EQ(r.frameCount(), 36);
    EXPECT_LT(px(r.frame(0), 32, 24)[0], 10);  // fade from black starts black
    EXPECT_NEAR(px(r.frame(8), 32, 24)[0], 220, 6);
    // Crossfade from red to blue over frames 12..15: red falls, blue rises, monotonically.
    int lastRed = 256, lastBlue = -1;
    for (int t = 12; t < 16; ++t) {
        const Frame f = r.frame(t);
        EXPECT_LT(px(f, 32, 24)[0], lastRed);
        EXPECT_GT(px(f, 32, 24)[2], lastBlue);
        lastRed = px(f, 32, 24)[0];
        lastBlue = px(f, 32, 24)[2];
    }
    const Frame letterboxed = r.frame(20);
    EXPECT_NEAR(px(letterboxed, 32, 24)[2], 220, 6);
    EXPECT_LT(px(letterboxed, 2, 24)[2], 10) << "a 32x48 clip in a 64x48 frame has black bars";
    // Title card: its background everywhere, some pixels of the text colour.
    const Frame title = r.frame(30);
    EXPECT_NEAR(px(title, 1, 1)[1], 255, 3);
    int textPixels = 0;
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 64; ++x) textPixels += px(title, x, y)[0] > 200 && px(title, x, y)[1] < 60;
    EXPECT_GT(textPixels, 20);

    s.model->requestSetFit(b, Fit::Fill);
    TimelineRenderer filled(*s.project, s.model->state());
    EXPECT_NEAR(px(filled.frame(20), 2, 24)[2], 220, 6) << "fill covers the frame";
}

TEST(Render, AudioMixAndSubtitles) {
    Scene s;
    s.model->requestInsert(s.track(TrackKind::Video), {s.red});
    ItemSource voice;
    voice.assetId = addSineAsset(*s.project, s.dir.path(), 0.5, 440);
    voice.narration = "A red circle.";
    s.model->requestInsert(s.track(TrackKind::Audio), voice, 4);  // at 0.25 s
    TimelineRenderer r(*s.project, s.model->state());
    const AudioBuffer mix = r.audio();
    EXPECT_EQ(mix.frames(), 48000);  // exactly the 16 frames at 16 fps
    auto rms = [&](double from, double to) {
        double sum = 0;
        int64_t n = 0;
        for (int64_t i = int64_t(from * 48000); i < int64_t(to * 48000); ++i, ++n) sum += double(mix.samples[size_t(2 * i)]) * mix.samples[size_t(2 * i)];
        return std::sqrt(sum / double(n));
    };
    EXPECT_LT(rms(0, 0.24), 1e-4);
    EXPECT_NEAR(rms(0.3, 0.7), 0.5 / std::sqrt(2.0), 0.02);
    EXPECT_LT(rms(0.76, 1.0), 1e-4);
    const auto cues = r.subtitles();
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_DOUBLE_EQ(cues[0].start, 0.25);
    EXPECT_DOUBLE_EQ(cues[0].end, 0.75);
    EXPECT_EQ(cues[0].text, "A red circle.");
}

TEST(Render, ExportsEveryFormatWithStreamsManifestAndSidecars) {
    Scene s;
    s.model->requestInsert(s.track(TrackKind::Video), {s.red});
    const int64_t b = s.model->requestInsert(s.track(TrackKind::Video), {s.blue});
    s.model->requestSetTransition(b, Transition::Crossfade, 4);
    ItemSource voice;
    voice.assetId = addSineAsset(*s.project, s.dir.path(), 0.5, 440);
    voice.narration = "Red, then blue.";
    s.model->requestInsert(s.track(TrackKind::Audio), voice, 0);
    const int64_t frames = s.model->state().duration();  // 16 + 16 - 4
    ASSERT_EQ(frames, 28);
    struct Case {
        ExportFormat format;
        std::string out, video, audio, subtitle;
    };
    for (const Case& c : {Case{ExportFormat::Mp4, "cut.mp4", "h264", "aac", "mov_text"},
                          Case{ExportFormat::WebM, "cut.webm", "vp9", "opus", "webvtt"},
                          Case{ExportFormat::ProRes, "cut.mov", "prores", "pcm_s16le", ""},
                          Case{ExportFormat::Gif, "cut.gif", "gif", "", ""}}) {
        SCOPED_TRACE(c.out);
        ExportOptions o;
        o.format = c.format;
        o.out = s.dir / c.out;
        const ExportResult r = exportTimeline(*s.project, s.model->state(), o);
        EXPECT_EQ(r.frames, frames);
        const auto probe = ffprobe(o.out);
        const auto* v = stream(probe, "video");
        ASSERT_NE(v, nullptr);
        EXPECT_EQ(v->value("codec_name", ""), c.video);
        EXPECT_EQ(v->value("width", 0), 64);
        EXPECT_EQ(v->value("height", 0), 48);
        EXPECT_EQ(std::stoi(v->value("nb_read_frames", "0")), frames);
        const auto* a = stream(probe, "audio");
        if (c.audio.empty()) {
            EXPECT_EQ(a, nullptr);
        } else {
            ASSERT_NE(a, nullptr);
            EXPECT_EQ(a->value("codec_name", ""), c.audio);
        }
        if (!c.subtitle.empty()) {
            const auto* t = stream(probe, "subtitle");
            ASSERT_NE(t, nullptr);
            EXPECT_EQ(t->value("codec_name", ""), c.subtitle);
        }
        EXPECT_NEAR(std::stod(probe["format"].value("duration", "0")), frames / 16.0, 0.07);
        if (c.format != ExportFormat::Gif) {
            const auto tags = probe["format"].value("tags", nlohmann::json::object());
            bool saysAi = false;
            for (const auto& [k, val] : tags.items())
                saysAi |= val.is_string() && val.get<std::string>().find("AI-generated with Tessera") != std::string::npos;
            EXPECT_TRUE(saysAi) << tags.dump();
        }
        const std::string base = (fs::path(o.out).parent_path() / fs::path(o.out).stem()).string();
        EXPECT_TRUE(fs::exists(base + ".srt"));
        EXPECT_TRUE(fs::exists(base + ".vtt"));
        std::ifstream mf(o.out + ".manifest.json");
        const auto manifest = nlohmann::json::parse(mf, nullptr, false);
        ASSERT_TRUE(manifest.is_object());
        ASSERT_EQ(manifest["shots"].size(), 2u);
        EXPECT_EQ(manifest["shots"][0]["seed"], 1);
        EXPECT_EQ(manifest["shots"][1]["recipe"]["prompt"], "a small blue square");
        EXPECT_EQ(manifest["shots"][0]["model"]["hash"], "abc123");
        EXPECT_EQ(manifest["narration"].size(), 1u);
        EXPECT_EQ(manifest["output"]["sha256"].get<std::string>().size(), 64u);
    }
    for (auto [format, name, ext] : {std::tuple{ExportFormat::PngSequence, "frames_png", ".png"},
                                     std::tuple{ExportFormat::ExrSequence, "frames_exr", ".exr"}}) {
        ExportOptions o;
        o.format = format;
        o.out = s.dir / name;
        exportTimeline(*s.project, s.model->state(), o);
        int images = 0;
        for (const auto& e : fs::directory_iterator(o.out)) images += e.path().extension() == ext;
        EXPECT_EQ(images, frames) << name;
        EXPECT_TRUE(fs::exists(fs::path(o.out) / "audio.wav")) << name;
    }
}

// Nothing but the project may be in the folder after a failed export.
void expectOnlyProject(const TempDir& dir) {
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename(), "p") << "left behind: " << e.path();
}

TEST(Render, BadMediaCancelAndFullDiskLeaveNothing) {
    Scene s;
    const int64_t a = s.model->requestInsert(s.track(TrackKind::Video), {s.red});
    ExportOptions o;
    o.out = s.dir / "out.mp4";

    // Cancelled half way.
    o.progress = [](double f) { return f < 0.5; };
    EXPECT_TRUE(exportTimeline(*s.project, s.model->state(), o).cancelled);
    expectOnlyProject(s.dir);
    o.progress = {};

    // A full disk (a 2 KiB file-size limit in a child process).
    const int rc = testing::inChild([&] {
        auto p = ProjectLibrary::open(s.dir / "p");
        rlimit lim{2 * 1024, 2 * 1024};
        setrlimit(RLIMIT_FSIZE, &lim);
        std::signal(SIGXFSZ, SIG_IGN);
        TimelineState big = s.model->state();
        big.width = 640;
        big.height = 480;
        for (auto& t : big.tracks)
            for (auto& it : t.items) it.fit = Fit::Fill;
        try {
            ExportOptions bigOut = o;
            bigOut.render.width = 640;
            bigOut.render.height = 480;
            exportTimeline(*p, big, bigOut);
        } catch (const std::exception& e) {
            const std::string m = e.what();
            return m.find("disk") != std::string::npos || m.find("too large") != std::string::npos ? 0 : 2;
        }
        return 1;
    });
    EXPECT_EQ(rc, 0);
    expectOnlyProject(s.dir);

    // A pending shot.
    ItemSource pending;
    pending.jobId = 99;
    pending.length = 8;
    pending.label = "a shot";
    const int64_t shot = s.model->requestInsert(s.track(TrackKind::Video), pending);
    try {
        exportTimeline(*s.project, s.model->state(), o);
        ADD_FAILURE() << "a pending shot was exported";
    } catch (const RenderError& e) {
        EXPECT_NE(std::string(e.what()).find("still being generated (job 99)"), std::string::npos) << e.what();
    }
    s.model->requestRemove(shot);

    // A damaged clip file (cut in half) and then a missing one.
    const std::string media = s.project->mediaPath(s.project->clip(s.red).file.name);
    const auto size = fs::file_size(media);
    fs::resize_file(media, size / 2);
    try {
        exportTimeline(*s.project, s.model->state(), o);
        ADD_FAILURE() << "a damaged clip was exported";
    } catch (const RenderError& e) {
        EXPECT_NE(std::string(e.what()).find("item " + std::to_string(a)), std::string::npos) << e.what();
    }
    expectOnlyProject(s.dir);
    fs::remove(media);
    try {
        exportTimeline(*s.project, s.model->state(), o);
        ADD_FAILURE() << "a missing clip was exported";
    } catch (const RenderError& e) {
        EXPECT_NE(std::string(e.what()).find("is missing"), std::string::npos) << e.what();
    }
    expectOnlyProject(s.dir);
}

}  // namespace
}  // namespace tessera::app
