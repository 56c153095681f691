// Pipeline mechanics with small random-weight bundles (mask-channel and replacement): known frames
// come back as their VAE round trip, same recipe = same bits, cancel stops within a step, and bad
// requests fail with clear errors.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "tessera/random_bundle.h"
#include "eval/bundle_vae.h"
#include "io/state_dict.h"
#include "models/vae.h"
#include "pipeline/bundle.h"
#include "pipeline/conditioning.h"
#include "tessera/pipeline.h"
#include "tessera/shapes_world.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace tessera;

namespace {

/// A random bundle for `conditioning`, written once and removed when the test program exits.
std::string bundleDir(const std::string& conditioning) {
    static std::map<std::string, std::string> made;
    auto it = made.find(conditioning);
    if (it != made.end()) return it->second;
    const std::string dir = test::tempPathRemovedAtExit("bundle", conditioning).string();
    dev::RandomBundleOptions o;
    o.conditioning = conditioning;
    dev::writeRandomBundle(dir, o);
    made[conditioning] = dir;
    return dir;
}

std::shared_ptr<Model> model(const std::string& conditioning) {
    static std::map<std::string, std::shared_ptr<Model>> loaded;
    auto& m = loaded[conditioning];
    if (!m) m = Model::load(bundleDir(conditioning), "cpu");
    return m;
}

/// The mask-channel bundle with one model.json field set, in a copy removed at exit, loaded.
std::shared_ptr<Model> maskChannelModelWith(const std::string& field, const nlohmann::json& value) {
    const auto dir = test::tempPathRemovedAtExit("bundle", field);
    fs::copy(bundleDir("mask-channel"), dir, fs::copy_options::recursive);
    auto j = nlohmann::json::parse(std::ifstream(dir / "model.json"));
    j[field] = value;
    std::ofstream(dir / "model.json") << j.dump();
    return Model::load(dir.string(), "cpu");
}

Frame pattern(int w, int h, int seed) {
    Frame f(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            uint8_t* p = f.at(x, y);
            p[0] = static_cast<uint8_t>((x * 4 + seed * 40) % 256);
            p[1] = static_cast<uint8_t>((y * 5 + seed * 10) % 256);
            p[2] = static_cast<uint8_t>(((x + y) * 3) % 256);
        }
    return f;
}

Clip patternClip(int w, int h, int n) {
    Clip c;
    for (int i = 0; i < n; ++i) c.frames.push_back(pattern(w, h, i));
    return c;
}

// decode(encode(frames)) through the bundle's own VAE, as frames.
std::vector<Frame> roundTrip(const std::string& conditioning, const std::vector<Frame>& frames) {
    BundleSpec spec = BundleSpec::read(bundleDir(conditioning));
    WanVAE vae(VaeConfig::fromJson(spec.vae.config));
    loadStateDict(*vae, TensorCheckpoint(spec.vae.file), {});
    vae->eval();
    torch::NoGradGuard g;
    auto mean = torch::tensor(spec.latentMean), inv = 1.0 / torch::tensor(spec.latentStd);
    auto x = framesToTensor(frames, frames[0].width, frames[0].height).unsqueeze(0);
    auto z = vae->encode(x, mean, inv);
    DecodeOptions d;
    d.clamp = true;
    return tensorToFrames(vae->decode(z, mean, inv, d)[0]);
}

int maxDiff(const Frame& a, const Frame& b) {
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.height, b.height);
    int m = 0;
    for (size_t i = 0; i < a.rgb.size() && i < b.rgb.size(); ++i) m = std::max(m, std::abs(a.rgb[i] - b.rgb[i]));
    return m;
}

GenerationRequest base() {
    GenerationRequest r;
    r.prompt = "a red ball bouncing on a white background";
    r.seed = 1234;
    r.steps = 3;
    return r;
}

class Pipeline : public ::testing::TestWithParam<const char*> {};

}  // namespace

TEST_P(Pipeline, SameRecipeGivesIdenticalFrames) {
    auto r = base();
    auto a = model(GetParam())->generate(r);
    auto b = model(GetParam())->generate(r);
    ASSERT_EQ(a.clip.frameCount(), 9);
    EXPECT_EQ(a.clip.width(), 64);
    EXPECT_EQ(a.clip.height(), 48);
    for (int i = 0; i < a.clip.frameCount(); ++i) EXPECT_EQ(a.clip.frames[i].rgb, b.clip.frames[i].rgb) << i;
    EXPECT_EQ(a.latents.bytes, b.latents.bytes);
    r.seed = 1235;
    auto c = model(GetParam())->generate(r);
    EXPECT_NE(a.latents.bytes, c.latents.bytes);
}

TEST_P(Pipeline, ImageToVideoFirstFrameIsTheImagesRoundTrip) {
    auto r = base();
    r.task = Task::ImageToVideo;
    r.image = pattern(64, 48, 3);
    auto res = model(GetParam())->generate(r);
    auto rt = roundTrip(GetParam(), {r.image});
    EXPECT_LE(maxDiff(res.clip.frames[0], rt[0]), 1);  // latent frame 0 is decoded on its own
}

TEST_P(Pipeline, ExtendForwardKeepsTheClipAndAddsFrames) {
    auto r = base();
    r.task = Task::ExtendForward;
    r.video = patternClip(64, 48, 9);
    r.extendFrames = 8;
    auto res = model(GetParam())->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 17);
    for (int i = 0; i < 9; ++i) EXPECT_EQ(res.clip.frames[i].rgb, r.video.frames[i].rgb) << i;
}

TEST_P(Pipeline, ExtendBackwardPutsNewFramesFirst) {
    auto r = base();
    r.task = Task::ExtendBackward;
    r.video = patternClip(64, 48, 8);
    r.extendFrames = 5;
    auto res = model(GetParam())->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 13);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(res.clip.frames[5 + i].rgb, r.video.frames[i].rgb) << i;
}

TEST_P(Pipeline, ConnectJoinsBothClips) {
    auto r = base();
    r.task = Task::Connect;
    r.video = patternClip(64, 48, 5);
    r.videoB = patternClip(64, 48, 4);
    r.extendFrames = 4;
    auto res = model(GetParam())->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 5 + 4 + 4);
    EXPECT_EQ(res.clip.frames[0].rgb, r.video.frames[0].rgb);
    EXPECT_EQ(res.clip.frames[12].rgb, r.videoB.frames[3].rgb);
}

TEST_P(Pipeline, EditAtStrengthZeroReturnsTheRoundTrip) {
    auto r = base();
    r.task = Task::Edit;
    r.video = patternClip(64, 48, 5);
    r.strength = 0.0;
    auto res = model(GetParam())->generate(r);
    auto rt = roundTrip(GetParam(), r.video.frames);
    ASSERT_EQ(res.clip.frameCount(), 5);
    for (int i = 0; i < 5; ++i) EXPECT_LE(maxDiff(res.clip.frames[i], rt[i]), 1) << i;
}

TEST_P(Pipeline, InpaintKeepsEverythingOutsideTheMask) {
    auto r = base();
    r.task = Task::Inpaint;
    r.video = patternClip(64, 48, 5);
    Frame mask(64, 48, 0, 0, 0);
    for (int y = 16; y < 32; ++y)
        for (int x = 16; x < 40; ++x) std::fill(mask.at(x, y), mask.at(x, y) + 3, 255);
    r.mask.frames = {mask};
    auto res = model(GetParam())->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 5);
    // Pixels well outside the (feathered) white region are the input's exactly.
    for (int i = 0; i < 5; ++i)
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 64; ++x) {
                if (x >= 10 && x < 46 && y >= 10 && y < 38) continue;
                ASSERT_EQ(std::memcmp(res.clip.frames[i].at(x, y), r.video.frames[i].at(x, y), 3), 0)
                    << "frame " << i << " pixel " << x << "," << y;
            }
}

TEST_P(Pipeline, LoopOfAClipEndsWithABridgeToItsStart) {
    auto r = base();
    r.task = Task::Loop;
    r.video = patternClip(64, 48, 9);
    r.extendFrames = 4;
    auto res = model(GetParam())->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 9 + 4);
    EXPECT_EQ(res.clip.frames[0].rgb, r.video.frames[0].rgb);
}

TEST_P(Pipeline, CancelStopsWithinOneStep) {
    auto r = base();
    r.steps = 6;
    std::atomic<bool> cancel{false};
    int samplingSteps = 0;
    try {
        model(GetParam())->generate(
            r,
            [&](const Progress& p) {
                if (p.stage == "sample") {
                    ++samplingSteps;
                    cancel = true;
                }
            },
            &cancel);
        FAIL() << "not cancelled";
    } catch (const GenerationError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Cancelled) << e.what();
    }
    EXPECT_EQ(samplingSteps, 1);
}

TEST_P(Pipeline, ProgressReportsStepsAndPreviews) {
    auto r = base();
    int steps = 0;
    bool preview = false;
    model(GetParam())->generate(r, [&](const Progress& p) {
        if (p.stage == "sample") {
            ++steps;
            EXPECT_EQ(p.total, 3);
            preview = preview || !p.preview.empty();
        }
    });
    EXPECT_EQ(steps, 3);
    EXPECT_TRUE(preview);
}

INSTANTIATE_TEST_SUITE_P(Conditioning, Pipeline, ::testing::Values("mask-channel", "replacement"));

TEST(PipelineRequests, SizeAndFramesAreRoundedWithANote) {
    auto r = base();
    r.width = 70;
    r.height = 50;
    r.frames = 7;
    auto res = model("mask-channel")->generate(r);
    EXPECT_EQ(res.clip.width(), 64);
    EXPECT_EQ(res.clip.height(), 48);
    EXPECT_EQ(res.clip.frameCount(), 9);
    ASSERT_GE(res.notes.size(), 2u);
    EXPECT_NE(res.notes[0].find("rounded to 64x48"), std::string::npos) << res.notes[0];
}

// The random bundle's DiT reads 16 tokens: a longer prompt is cut, with a note that says so.
TEST(PipelineRequests, APromptLongerThanTheTextLengthIsCutWithANote) {
    auto r = base();
    auto has = [](const GenerationResult& res, const std::string& needle) {
        return std::any_of(res.notes.begin(), res.notes.end(),
                           [&](const std::string& n) { return n.find(needle) != std::string::npos; });
    };
    r.enhancePrompt = false;  // the enhancer would lengthen the short prompt
    r.prompt = "a red circle";
    EXPECT_FALSE(has(model("mask-channel")->generate(r), "tokens and the model reads"));
    r.prompt = "a small red circle moving right to the left of a large blue square moving up, on a white background";
    auto res = model("mask-channel")->generate(r);
    EXPECT_TRUE(has(res, "the prompt is ")) << (res.notes.empty() ? "" : res.notes.back());
    EXPECT_TRUE(has(res, "the model reads the first 16: its end was ignored"));
    r.prompt = "a red circle";
    r.negativePrompt = r.prompt + " moving right to the left of a large blue square moving up, on a white background";
    EXPECT_TRUE(has(model("mask-channel")->generate(r), "the negative prompt is "));
}

TEST(PipelineRequests, RandomSeedIsReportedAndReproduces) {
    auto r = base();
    r.seed = -1;
    auto a = model("mask-channel")->generate(r);
    EXPECT_GE(a.seed, 0);
    r.seed = a.seed;
    auto b = model("mask-channel")->generate(r);
    EXPECT_EQ(a.latents.bytes, b.latents.bytes);
}

TEST(PipelineRequests, BadRequestsFailClearly) {
    auto expectError = [](GenerationRequest r, ErrorKind kind, const std::string& needle) {
        try {
            model("mask-channel")->generate(r);
            ADD_FAILURE() << "accepted; expected: " << needle;
        } catch (const GenerationError& e) {
            EXPECT_EQ(e.kind(), kind) << e.what();
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    };
    auto r = base();
    r.steps = 5000;
    expectError(r, ErrorKind::BadRequest, "steps");
    r = base();
    r.sampler = "ddim";
    expectError(r, ErrorKind::BadRequest, "unknown sampler 'ddim'");
    r = base();
    r.guidance = 500;
    expectError(r, ErrorKind::BadRequest, "guidance");
    r = base();
    r.frames = 100000;
    expectError(r, ErrorKind::BadRequest, "frame count");
    r = base();
    r.width = 100000;
    r.height = 64;
    expectError(r, ErrorKind::BadRequest, "too large");
    r = base();
    r.task = Task::ImageToVideo;
    expectError(r, ErrorKind::BadInput, "needs a first-frame image");
    r = base();
    r.task = Task::ExtendBackward;
    r.video = patternClip(64, 48, 2);
    expectError(r, ErrorKind::BadInput, "has 2 frames; this task needs at least 4");
    r = base();
    r.task = Task::Inpaint;
    r.video = patternClip(64, 48, 5);
    r.mask = patternClip(64, 48, 3);
    expectError(r, ErrorKind::BadInput, "the mask has 3 frames");
}

TEST(PipelineModels, BrokenBundlesAreRefusedNamingTheFile) {
    auto dir = fs::temp_directory_path() / ("tessera-broken-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto expectModelError = [&](const std::string& needle) {
        try {
            Model::load(dir.string(), "cpu");
            ADD_FAILURE() << "loaded; expected: " << needle;
        } catch (const GenerationError& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Model);
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    };
    expectModelError("no model.json");
    fs::copy(bundleDir("mask-channel"), dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    fs::remove(dir / "vae.safetensors");
    expectModelError("vae.safetensors, which does not exist");
    fs::copy(fs::path(bundleDir("mask-channel")) / "vae.safetensors", dir / "vae.safetensors", fs::copy_options::overwrite_existing);
    {
        auto good = nlohmann::json::parse(std::ifstream(dir / "model.json"));
        auto j = good;
        const size_t wrong = j["latent"]["mean"].size() + 1;
        j["latent"]["first_mean"] = std::vector<float>(wrong, 0.0f);
        j["latent"]["first_std"] = std::vector<float>(wrong, 1.0f);
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("latent.first_mean and latent.first_std");
        j = good;
        j["frame_shared_noise"] = 1.5;
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("frame_shared_noise must be in [0, 1)");
        j = good;
        j["known_context"] = "sideways";
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("known_context must be \"zeros\" or \"hold\"");
        j = good;
        j["extend_backward"] = "upwards";
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("extend_backward must be \"native\" or \"reversed\"");
        j = good;
        j["offset_noise"] = 1.0;
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("offset_noise must be in [0, 1)");
        j = good;
        j["text_to_video"] = "backwards";
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("text_to_video must be \"direct\" or \"image-first\"");
        j = good;
        j["loop_from_text"] = "spiral";
        std::ofstream(dir / "model.json") << j.dump();
        expectModelError("loop_from_text must be \"bridge\" or \"ring\"");
        std::ofstream(dir / "model.json") << good.dump();
    }
    fs::remove(dir / "vae.safetensors");
    std::ofstream(dir / "vae.safetensors") << "not a tensor file at all";
    expectModelError("vae.safetensors");
    std::ofstream(dir / "vae.pth", std::ios::binary) << "\x80\x02" << "cos\nsystem\n";
    auto j = nlohmann::json::parse(std::ifstream(dir / "model.json"));
    j["components"]["vae"]["file"] = "vae.pth";
    std::ofstream(dir / "model.json") << j.dump();
    expectModelError("pickle");
    fs::remove_all(dir);
}

// A bundle trained with frame-shared noise ("frame_shared_noise") samples from it: the same recipe
// gives the same latents, and other ones than the same weights with independent noise.
TEST(PipelineRequests, FrameSharedNoiseOfTheBundleIsUsedAndReproducible) {
    const auto dir = fs::temp_directory_path() / "tessera_shared_noise_bundle";
    fs::remove_all(dir);
    fs::copy(bundleDir("mask-channel"), dir, fs::copy_options::recursive);
    auto j = nlohmann::json::parse(std::ifstream(dir / "model.json"));
    j["frame_shared_noise"] = 0.5;
    std::ofstream(dir / "model.json") << j.dump();
    for (const char* sampler : {"unipc", "euler_a"}) {
        auto r = base();
        r.sampler = sampler;
        auto shared = Model::load(dir.string(), "cpu");
        const auto a = shared->generate(r), b = shared->generate(r);
        EXPECT_EQ(a.latents.bytes, b.latents.bytes) << sampler;
        EXPECT_NE(a.latents.bytes, model("mask-channel")->generate(r).latents.bytes) << sampler;
    }
    fs::remove_all(dir);
}

// holdBeforeKnown fills each run of unknown frames before a known span with the span's first frame,
// and leaves the pixels alone (undefined) when no unknown frame comes before a known one.
TEST(Conditioning, HoldBeforeKnownHoldsTheFirstFrameOfEachLaterSpan) {
    const int64_t T = 13, H = 4, W = 6;
    auto pixels = torch::zeros({3, T, H, W});
    auto mask = torch::zeros({T, H, W});
    for (int64_t t : {0, 1, 2, 9, 10, 11, 12}) {  // a head span and a tail span, frames 3-8 unknown
        pixels.select(1, t).fill_(0.05 * double(t + 1));
        mask[t].fill_(1.0);
    }
    auto held = holdBeforeKnown(pixels, mask);
    ASSERT_TRUE(held.defined());
    for (int64_t t = 0; t < T; ++t) {
        const bool gap = t >= 3 && t <= 8;
        EXPECT_TRUE(torch::equal(held.select(1, t), gap ? pixels.select(1, 9) : pixels.select(1, t))) << t;
    }
    // A head span only (extend forward, i2v): nothing is held.
    auto head = mask.clone();
    head.narrow(0, 9, 4).zero_();
    EXPECT_FALSE(holdBeforeKnown(pixels * head.unsqueeze(0), head).defined());
    // A spatial mask on every frame (inpainting): every frame is partly known, nothing is held.
    auto spatial = torch::ones({T, H, W});
    spatial.narrow(1, 0, 2).zero_();
    EXPECT_FALSE(holdBeforeKnown(pixels, spatial).defined());
}

// A bundle with "known_context": "hold" encodes a known span after frame 0 with the frames before
// it holding the span's first frame: extend backward samples differently from the grey layout,
// reproducibly; extend forward (no span after frame 0) is exactly the same.
TEST(PipelineTasks, HeldKnownContextChangesOnlySpansAfterFrameZero) {
    const auto dir = fs::temp_directory_path() / "tessera_hold_context_bundle";
    fs::remove_all(dir);
    fs::copy(bundleDir("mask-channel"), dir, fs::copy_options::recursive);
    auto j = nlohmann::json::parse(std::ifstream(dir / "model.json"));
    j["known_context"] = "hold";
    std::ofstream(dir / "model.json") << j.dump();
    auto held = Model::load(dir.string(), "cpu");
    auto r = base();
    r.video = patternClip(64, 48, 9);
    r.extendFrames = 8;
    r.task = Task::ExtendForward;
    EXPECT_EQ(held->generate(r).latents.bytes, model("mask-channel")->generate(r).latents.bytes);
    r.task = Task::ExtendBackward;
    r.extendFrames = 5;
    const auto a = held->generate(r), b = held->generate(r);
    EXPECT_EQ(a.latents.bytes, b.latents.bytes);
    EXPECT_NE(a.latents.bytes, model("mask-channel")->generate(r).latents.bytes);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(a.clip.frames[5 + i].rgb, r.video.frames[i].rgb) << i;
    fs::remove_all(dir);
}

// Extend backward "reversed" is a forward extension of the clip played backward, played back: the
// same frames and latents as that forward request made by hand with the caption's motions reversed,
// then the clip itself unchanged. A bundle's "extend_backward" sets the default; a request overrides it.
TEST(PipelineTasks, ReversedBackwardExtensionIsTheForwardExtensionOfTheReversedClip) {
    auto reversedByDefault = maskChannelModelWith("extend_backward", "reversed");
    EXPECT_EQ(reversedByDefault->info().defaultBackwardExtension, "reversed");
    EXPECT_EQ(model("mask-channel")->info().defaultBackwardExtension, "native");

    auto r = base();
    r.prompt = "a red ball moving left on a white background";
    r.task = Task::ExtendBackward;
    r.video = patternClip(64, 48, 9);
    r.extendFrames = 8;
    const auto res = reversedByDefault->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 8 + 9);
    for (int i = 0; i < 9; ++i) EXPECT_EQ(res.clip.frames[8 + i].rgb, r.video.frames[i].rgb) << i;
    EXPECT_NE(res.enhancedPrompt.find("red circle moving left on a white background"), std::string::npos)
        << res.enhancedPrompt;
    const auto recipe = nlohmann::json::parse(res.recipeJson);
    EXPECT_EQ(recipe["task"], "extend-backward");
    EXPECT_EQ(recipe["backward_extension"], "reversed");
    EXPECT_EQ(recipe["prompt"], r.prompt);
    EXPECT_EQ(recipe["enhanced_prompt"], res.enhancedPrompt);

    auto forward = r;
    forward.task = Task::ExtendForward;
    forward.prompt = caption(reversedInTime(parsePrompt(res.enhancedPrompt)));
    EXPECT_NE(forward.prompt.find("red circle moving right on a white background"), std::string::npos) << forward.prompt;
    forward.enhancePrompt = false;
    std::reverse(forward.video.frames.begin(), forward.video.frames.end());
    const auto byHand = model("mask-channel")->generate(forward);
    ASSERT_EQ(byHand.clip.frameCount(), res.clip.frameCount());
    EXPECT_EQ(byHand.latents.bytes, res.latents.bytes);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(res.clip.frames[i].rgb, byHand.clip.frames[16 - i].rgb) << i;

    // Any number of new frames: 6 are the 6 nearest the clip of the 8 a forward extension makes.
    r.extendFrames = 6;
    const auto six = reversedByDefault->generate(r);
    ASSERT_EQ(six.clip.frameCount(), 6 + 9);
    for (int i = 0; i < 6; ++i) EXPECT_EQ(six.clip.frames[i].rgb, res.clip.frames[2 + i].rgb) << i;
    for (int i = 0; i < 9; ++i) EXPECT_EQ(six.clip.frames[6 + i].rgb, r.video.frames[i].rgb) << i;
    for (const auto& note : six.notes) EXPECT_EQ(note.find("rounded"), std::string::npos) << note;
    EXPECT_EQ(nlohmann::json::parse(six.recipeJson)["extend_frames"], 6);

    // The request chooses: "native" on this bundle is the native extension of the other bundle.
    r.backwardExtension = "native";
    EXPECT_EQ(reversedByDefault->generate(r).latents.bytes, model("mask-channel")->generate(r).latents.bytes);
    EXPECT_EQ(nlohmann::json::parse(model("mask-channel")->generate(r).recipeJson)["backward_extension"], "native");
    r.backwardExtension = "sideways";
    try {
        reversedByDefault->generate(r);
        ADD_FAILURE() << "an unknown backward extension was accepted";
    } catch (const GenerationError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadRequest);
        EXPECT_NE(std::string(e.what()).find("\"native\" or \"reversed\""), std::string::npos) << e.what();
    }
}

// Text to video "image-first" samples the first frame alone (what a 1-frame request with the same
// seed makes), then makes the clip from it: the same frames and latents as that image to video
// request made by hand. A bundle's "text_to_video" sets the default; a request overrides it; a loop
// made from text makes its clip the same way.
TEST(PipelineTasks, ImageFirstTextToVideoIsImageToVideoFromTheSampledFirstFrame) {
    auto imageFirst = maskChannelModelWith("text_to_video", "image-first");
    EXPECT_EQ(imageFirst->info().defaultTextToVideo, "image-first");
    EXPECT_EQ(model("mask-channel")->info().defaultTextToVideo, "direct");

    auto r = base();
    r.frames = 9;
    r.enhancePrompt = false;  // else image to video fills the caption from the image, text to video from the seed
    std::vector<std::string> stages;
    const auto res = imageFirst->generate(r, [&](const Progress& p) {
        if (stages.empty() || stages.back() != p.stage) stages.push_back(p.stage);
    });
    ASSERT_EQ(res.clip.frameCount(), 9);
    EXPECT_EQ(stages, (std::vector<std::string>{"encode-text", "image", "sample", "decode", "done"}));
    EXPECT_GT(res.timingsSeconds.count("image"), 0u);
    const auto recipe = nlohmann::json::parse(res.recipeJson);
    EXPECT_EQ(recipe["task"], "t2v");
    EXPECT_EQ(recipe["text_to_video"], "image-first");

    auto still = r;
    still.frames = 1;
    const auto image = model("mask-channel")->generate(still);
    ASSERT_EQ(image.clip.frameCount(), 1);
    auto byHand = r;
    byHand.task = Task::ImageToVideo;
    byHand.image = image.clip.frames[0];
    const auto fromImage = model("mask-channel")->generate(byHand);
    EXPECT_EQ(fromImage.latents.bytes, res.latents.bytes);
    for (int i = 0; i < 9; ++i) EXPECT_EQ(res.clip.frames[i].rgb, fromImage.clip.frames[i].rgb) << i;
    // The direct way is another clip (all frames sampled together), and what the request names wins.
    const auto direct = model("mask-channel")->generate(r);
    EXPECT_NE(direct.latents.bytes, res.latents.bytes);
    EXPECT_EQ(nlohmann::json::parse(direct.recipeJson)["text_to_video"], "direct");
    auto asked = r;
    asked.textToVideo = "direct";
    EXPECT_EQ(imageFirst->generate(asked).latents.bytes, direct.latents.bytes);
    asked.textToVideo = "image-first";
    EXPECT_EQ(model("mask-channel")->generate(asked).latents.bytes, res.latents.bytes);
    // One frame is the image itself: nothing more to make.
    EXPECT_EQ(imageFirst->generate(still).latents.bytes, image.latents.bytes);
    EXPECT_EQ(imageFirst->generate(still).timingsSeconds.count("image"), 0u);
    // Other tasks are not made from text alone and keep their own way.
    EXPECT_EQ(imageFirst->generate(byHand).latents.bytes, fromImage.latents.bytes);
    EXPECT_EQ(nlohmann::json::parse(fromImage.recipeJson).count("text_to_video"), 0u);

    // A loop from text: the clip it bridges starts from the same first frame.
    auto loop = r;
    loop.task = Task::Loop;
    loop.extendFrames = 4;
    const auto looped = imageFirst->generate(loop);
    ASSERT_EQ(looped.clip.frameCount(), 9 + 4);
    for (int i = 0; i < 9; ++i) EXPECT_EQ(looped.clip.frames[i].rgb, fromImage.clip.frames[i].rgb) << i;
    EXPECT_EQ(nlohmann::json::parse(looped.recipeJson)["text_to_video"], "image-first");

    asked.textToVideo = "sideways";
    try {
        imageFirst->generate(asked);
        ADD_FAILURE() << "an unknown way to make text to video was accepted";
    } catch (const GenerationError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadRequest);
        EXPECT_NE(std::string(e.what()).find("\"direct\" or \"image-first\""), std::string::npos) << e.what();
    }
}

// A ring loop from text is one sampling run over frames - 1 frames, whose latent frames after the first
// form a ring (the DiT sees them rotated by half at every other step). Its frames are the decoding of
// the ring after two of its own last latent frames, so its first frames are drawn as following its
// last. A bundle's "loop_from_text" sets the default, a request overrides it, a loop of a given clip is
// made as before, and a ring too short to hold a wrap is refused.
TEST(PipelineTasks, RingLoopFromTextIsOneSampleDecodedAfterItsOwnEnd) {
    auto ring = maskChannelModelWith("loop_from_text", "ring");
    EXPECT_EQ(ring->info().defaultLoopFromText, "ring");
    EXPECT_EQ(model("mask-channel")->info().defaultLoopFromText, "bridge");

    auto r = base();
    r.task = Task::Loop;
    r.frames = 17;
    std::vector<std::string> stages;
    const auto res = ring->generate(r, [&](const Progress& p) {
        if (stages.empty() || stages.back() != p.stage) stages.push_back(p.stage);
    });
    EXPECT_EQ(stages, (std::vector<std::string>{"encode-text", "sample", "decode", "done"}));
    ASSERT_EQ(res.clip.frameCount(), 16);
    ASSERT_EQ(res.latents.shape.size(), 4u);
    ASSERT_EQ(res.latents.shape[1], 5);  // the first latent frame and a ring of 4
    EXPECT_EQ(nlohmann::json::parse(res.recipeJson)["loop_from_text"], "ring");
    EXPECT_EQ(ring->generate(r).latents.bytes, res.latents.bytes);

    // The frames: latent frames [0, 3, 4, 1, 2, 3, 4] decoded, the first 1 + 4 * 2 frames dropped.
    ASSERT_EQ(res.latents.dtype, "F32");
    auto z = torch::from_blob(const_cast<uint8_t*>(res.latents.bytes.data()), res.latents.shape, torch::kFloat32).clone();
    auto order = torch::tensor(std::vector<int64_t>{0, 3, 4, 1, 2, 3, 4});
    auto reordered = z.index_select(1, order).contiguous();
    LatentBlob blob = res.latents;
    blob.shape[1] = 7;
    const auto* p = static_cast<const uint8_t*>(reordered.data_ptr());
    blob.bytes.assign(p, p + reordered.numel() * sizeof(float));
    const Clip decoded = BundleVae(bundleDir("mask-channel"), "cpu").decode(blob, res.clip.fps);
    ASSERT_EQ(decoded.frameCount(), 25);
    for (int i = 0; i < 16; ++i) EXPECT_EQ(res.clip.frames[i].rgb, decoded.frames[9 + i].rgb) << i;

    // Not the clip text to video makes from the same seed: the rotated steps change the sample.
    auto t2v = r;
    t2v.task = Task::TextToVideo;
    EXPECT_NE(ring->generate(t2v).latents.bytes, res.latents.bytes);

    // The request chooses; a loop of a given clip does not depend on it.
    auto asked = r;
    asked.loopFromText = "bridge";
    const auto bridged = ring->generate(asked);
    EXPECT_EQ(bridged.latents.bytes, model("mask-channel")->generate(r).latents.bytes);
    EXPECT_EQ(nlohmann::json::parse(bridged.recipeJson)["loop_from_text"], "bridge");
    asked.loopFromText = "ring";
    EXPECT_EQ(model("mask-channel")->generate(asked).latents.bytes, res.latents.bytes);
    auto ofClip = r;
    ofClip.video.frames = res.clip.frames;
    ofClip.video.fps = res.clip.fps;
    ofClip.extendFrames = 4;
    const auto clipLoop = ring->generate(ofClip);
    EXPECT_EQ(clipLoop.latents.bytes, model("mask-channel")->generate(ofClip).latents.bytes);
    EXPECT_EQ(nlohmann::json::parse(clipLoop.recipeJson).count("loop_from_text"), 0u);

    auto refused = [&](GenerationRequest q, const std::string& why) {
        try {
            ring->generate(q);
            ADD_FAILURE() << "accepted: " << why;
        } catch (const GenerationError& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadRequest);
            EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
        }
    };
    auto tooShort = r;
    tooShort.frames = 5;
    refused(tooShort, "a ring loop needs at least 9 frames");
    asked.loopFromText = "spiral";
    refused(asked, "\"bridge\" or a \"ring\"");
}

// Guidance applies only at the steps whose sigma lies in the interval: one that holds every step is
// the plain guided sample, one that holds none is the unguided sample (guidance 1), and one between
// is neither. The recipe records it, a bundle's defaults set it, and a bad interval is refused.
TEST(PipelineTasks, GuidanceIntervalGuidesOnlyTheStepsWhoseSigmaItHolds) {
    auto m = model("mask-channel");
    EXPECT_EQ(m->info().defaultGuidanceLow, 0.0);
    EXPECT_EQ(m->info().defaultGuidanceHigh, 1.0);
    auto r = base();  // 3 steps at shift 3: sigmas about 0.999, 0.857, 0.6
    r.frames = 5;
    const auto plain = m->generate(r);
    EXPECT_EQ(nlohmann::json::parse(plain.recipeJson)["guidance_interval"], nlohmann::json::array({0.0, 1.0}));
    auto every = r;
    every.guidanceLow = 0.5;
    every.guidanceHigh = 1;
    EXPECT_EQ(m->generate(every).latents.bytes, plain.latents.bytes);
    auto none = r;
    none.guidanceLow = 0;
    none.guidanceHigh = 0.05;
    auto unguided = r;
    unguided.guidance = 1;
    const auto noneRes = m->generate(none);
    EXPECT_EQ(noneRes.latents.bytes, m->generate(unguided).latents.bytes);
    EXPECT_NE(noneRes.latents.bytes, plain.latents.bytes);
    auto part = r;
    part.guidanceLow = 0.7;
    part.guidanceHigh = 1;
    const auto partRes = m->generate(part);
    EXPECT_NE(partRes.latents.bytes, plain.latents.bytes);
    EXPECT_NE(partRes.latents.bytes, noneRes.latents.bytes);
    EXPECT_EQ(nlohmann::json::parse(partRes.recipeJson)["guidance_interval"], nlohmann::json::array({0.7, 1.0}));

    // A bundle's default, and a request that names its own.
    const auto dir = test::tempPathRemovedAtExit("bundle", "guidance-interval");
    fs::copy(bundleDir("mask-channel"), dir, fs::copy_options::recursive);
    auto j = nlohmann::json::parse(std::ifstream(dir / "model.json"));
    j["defaults"]["guidance_interval"] = {0.7, 1.0};
    std::ofstream(dir / "model.json") << j.dump();
    auto withDefault = Model::load(dir.string(), "cpu");
    EXPECT_EQ(withDefault->info().defaultGuidanceLow, 0.7);
    EXPECT_EQ(withDefault->generate(r).latents.bytes, partRes.latents.bytes);
    EXPECT_EQ(withDefault->generate(every).latents.bytes, plain.latents.bytes);

    for (auto [low, high] : {std::pair{0.5, 0.5}, std::pair{-1.0, 0.5} /* one end only */, std::pair{0.2, 1.5}, std::pair{0.8, 0.2}}) {
        auto bad = r;
        bad.guidanceLow = low;
        bad.guidanceHigh = high;
        try {
            m->generate(bad);
            ADD_FAILURE() << "accepted the guidance interval " << low << ", " << high;
        } catch (const GenerationError& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadRequest);
            EXPECT_NE(std::string(e.what()).find("guidance interval"), std::string::npos) << e.what();
        }
    }
    for (const nlohmann::json& value : {nlohmann::json::array({0.9, 0.1}), nlohmann::json::array({0.2}), nlohmann::json("all")}) {
        j["defaults"]["guidance_interval"] = value;
        std::ofstream(dir / "model.json") << j.dump();
        try {
            Model::load(dir.string(), "cpu");
            ADD_FAILURE() << "loaded a bundle with guidance_interval " << value.dump();
        } catch (const std::exception& e) {
            EXPECT_NE(std::string(e.what()).find("guidance_interval"), std::string::npos) << e.what();
        }
    }
}

TEST(PipelineTasks, FirstAndLastFrameKeepsTheFirstFramesRoundTrip) {
    auto r = base();
    r.task = Task::FirstLastFrame;
    r.image = pattern(64, 48, 1);
    r.endImage = pattern(64, 48, 5);
    auto res = model("mask-channel")->generate(r);
    ASSERT_EQ(res.clip.frameCount(), 9);
    EXPECT_LE(maxDiff(res.clip.frames[0], roundTrip("mask-channel", {r.image})[0]), 1);
}

TEST(PipelineTasks, LoopFromTextIsAClipPlusABridge) {
    auto r = base();
    r.task = Task::Loop;
    r.extendFrames = 4;
    auto res = model("replacement")->generate(r);
    EXPECT_EQ(res.clip.frameCount(), 9 + 4);
    auto again = model("replacement")->generate(r);
    EXPECT_EQ(res.latents.bytes, again.latents.bytes);
}

TEST(PipelineTasks, RefineDoublesTheSize) {
    auto r = base();
    r.refine = true;
    int refineSteps = 0;
    auto res = model("mask-channel")->generate(r, [&](const Progress& p) { refineSteps += p.stage == "refine"; });
    EXPECT_EQ(res.clip.width(), 128);
    EXPECT_EQ(res.clip.height(), 96);
    EXPECT_EQ(res.clip.frameCount(), 9);
    EXPECT_GE(refineSteps, 1);
    auto recipe = nlohmann::json::parse(res.recipeJson);
    EXPECT_EQ(recipe["refine"], true);
}
