// Training (engine/src/train/train.cpp) at a toy size: the stages run end to end, a run stopped and
// resumed reaches exactly the weights of an uninterrupted one, the exported bundle loads and
// generates, and bad run folders give clear errors.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <nlohmann/json.hpp>

#include "io/tensor_io.h"
#include "models/t5.h"
#include "models/vae.h"
#include "tessera/pipeline.h"
#include "tessera/safetensors.h"
#include "tessera/train.h"
#include "train/train_internal.h"
#include "util/cpu_features.h"

namespace fs = std::filesystem;
using namespace tessera;

namespace {

fs::path tempDir(const std::string& name) {
    auto d = fs::temp_directory_path() / ("tessera_train_" + name + "_" + std::to_string(::getpid()));
    fs::remove_all(d);
    return d;
}

TrainOptions toyOptions(const fs::path& dir) {
    TrainOptions o;
    o.runDir = dir.string();
    o.device = "cpu";
    o.vaeDim = 4;
    o.zDim = 4;
    o.ditDim = 32;
    o.ditHeads = 2;
    o.ditLayers = 1;
    o.ditFfn = 64;
    o.textDim = 16;
    o.textLayers = 1;
    o.textHeads = 2;
    o.tokensPerStep = 150;
    o.poolSize = 4;
    o.vaeMaxSteps = 2;
    o.vaeBatch = 2;
    o.vaeImageSteps = 1;  // step 0 on single frames, step 1 on clips
    o.ditMaxSteps = 4;
    o.checkpointMinutes = 100;
    return o;
}

// Five 64x64 frames in two steps: enough to show an exported toy bundle generates.
GenerationRequest toyRequest() {
    GenerationRequest r;
    r.prompt = "a red circle moving right";
    r.width = 64;
    r.height = 64;
    r.frames = 5;
    r.steps = 2;
    r.seed = 1;
    return r;
}

std::string fileText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

// A toy run trained to DiT step 2, in three run folders that a test resumes three ways.
std::array<fs::path, 3> toyRunCopies(const std::string& name, const std::string& tokenizer = "bpe") {
    const std::array<fs::path, 3> runs{tempDir(name + "_a"), tempDir(name + "_b"), tempDir(name + "_c")};
    TrainOptions base = toyOptions(runs[0]);
    base.tokenizerType = tokenizer;
    base.ditMaxSteps = 2;
    train(base, {});
    fs::copy(runs[0], runs[1], fs::copy_options::recursive);
    fs::copy(runs[0], runs[2], fs::copy_options::recursive);
    return runs;
}

// Every tensor of a safetensors file, by name.
std::map<std::string, torch::Tensor> tensorsOf(const fs::path& file) {
    SafetensorsFile f(file.string());
    std::map<std::string, torch::Tensor> out;
    for (const auto& t : f.tensors()) out[t.name] = loadTensor(f, t.name);
    return out;
}

// How many of the decoder's tensors differ between two snapshots of a VAE file.
int changedDecoderTensors(const std::map<std::string, torch::Tensor>& now,
                          const std::map<std::string, torch::Tensor>& before) {
    int changed = 0;
    for (const auto& [name, t] : now)
        if (name.rfind("decoder.", 0) == 0 && !torch::equal(t, before.at(name))) ++changed;
    return changed;
}

/// A toy run whose options `set` makes invalid is refused with an error that says `words`.
void expectTrainRefused(const std::string& words, const std::function<void(TrainOptions&)>& set) {
    const auto dir = tempDir("refused");
    TrainOptions bad = toyOptions(dir);
    set(bad);
    try {
        train(bad, {});
        ADD_FAILURE() << "accepted options that should fail with: " << words;
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
    fs::remove_all(dir);
}

}  // namespace

TEST(Train, ResumedRunEqualsUninterruptedRunAndExportsAWorkingBundle) {
    const auto a = tempDir("a"), b = tempDir("b");
    std::vector<std::string> stagesSeen;
    train(toyOptions(a), [&](const TrainEvent& e) {
        if (stagesSeen.empty() || stagesSeen.back() != e.stage) stagesSeen.push_back(e.stage);
    });
    EXPECT_EQ(stagesSeen, (std::vector<std::string>{"tokenizer", "vae", "dit"}));

    // The same run in two invocations: two DiT steps, then resumed to four.
    TrainOptions first = toyOptions(b);
    first.ditMaxSteps = 2;
    train(first, {});
    TrainOptions second = toyOptions(b);
    second.resume = true;
    second.vaeDim = 99;  // ignored on resume: the run keeps its own sizes
    train(second, {});

    for (const char* file : {"dit.safetensors", "dit.ema.safetensors", "text_encoder.safetensors", "vae.safetensors"}) {
        SafetensorsFile fa((a / file).string()), fb((b / file).string());
        ASSERT_EQ(fa.tensors().size(), fb.tensors().size()) << file;
        for (const auto& t : fa.tensors()) {
            auto ta = loadTensor(fa, t.name), tb = loadTensor(fb, t.name);
            EXPECT_TRUE(torch::equal(ta, tb)) << file << " " << t.name;
        }
    }
    std::ifstream state(b / "run.json");
    auto j = nlohmann::json::parse(state);
    EXPECT_EQ(j["stages"]["dit"]["step"], 4);
    EXPECT_EQ(j["commands"].size(), 2u);

    // The bundle: loads, lists its held-out combinations, and generates a clip of the asked size.
    auto model = Model::load((b / "bundle").string(), "cpu");
    EXPECT_EQ(model->info().conditioning, "mask-channel");
    std::ifstream mj(b / "bundle" / "model.json");
    auto mjson = nlohmann::json::parse(mj);
    EXPECT_EQ(mjson["training"]["heldout"].size(), 26u);  // ceil(0.2 * 126)
    // Latent frame 0 has its own statistics (positive spreads, one per latent channel).
    const size_t z = mjson["latent"]["mean"].size();
    ASSERT_EQ(mjson["latent"]["first_mean"].size(), z);
    ASSERT_EQ(mjson["latent"]["first_std"].size(), z);
    for (float v : mjson["latent"]["first_std"].get<std::vector<float>>()) EXPECT_GT(v, 0.0f);
    EXPECT_NE(mjson["latent"]["first_mean"], mjson["latent"]["mean"]);
    auto result = model->generate(toyRequest());
    ASSERT_EQ(result.clip.frames.size(), 5u);
    EXPECT_EQ(result.clip.frames[0].width, 64);

    // A resume may change the DiT's learning rate, its simple-clip phase (the pool's clips are then
    // one-object 64x64 17-frame ones or, with the image share, single frames) and the object weight
    // of its loss; the run records all four.
    // The same step taken without the object weight (on a copy) gives other weights.
    const auto c = tempDir("c");
    fs::copy(b, c, fs::copy_options::recursive);
    TrainOptions third = toyOptions(b);
    third.resume = true;
    third.ditMaxSteps = 5;
    third.ditLr = 2e-3;
    third.ditSimpleUntil = 100;
    third.ditSimpleImages = 0.5;
    third.ditSimpleAnySize = true;
    third.ditObjectWeight = 4;
    third.textLen = 48;
    third.ditNoiseShare = 0.5;
    third.ditOffsetNoise = 0.3;
    third.ditHoldKnown = true;
    third.ditShift = 1.0;
    third.ditPassThrough = 0.5;
    third.ditTwoObjects = 0.6;
    third.resumeChanges = {"dit_lr", "dit_simple_until", "dit_simple_images", "dit_simple_any_size", "dit_object_weight", "text_len",
                           "dit_noise_share", "dit_offset_noise", "dit_hold_known", "dit_shift", "dit_pass_through", "dit_two_objects"};
    train(third, {});
    auto j3 = nlohmann::json::parse(std::ifstream(b / "run.json"));
    EXPECT_EQ(j3["stages"]["dit"]["step"], 5);
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_lr"].get<double>(), 2e-3);
    EXPECT_EQ(j3["sizes"]["dit_simple_until"], 100);
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_simple_images"].get<double>(), 0.5);
    EXPECT_EQ(j3["sizes"]["dit_simple_any_size"], true);
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_object_weight"].get<double>(), 4.0);
    // The text length too: the DiT's weights do not depend on it, and the exported DiT reads that many tokens.
    EXPECT_EQ(j3["sizes"]["text_len"], 48);
    // The noise share too, and the bundle tells sampling to draw its noise alike.
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_noise_share"].get<double>(), 0.5);
    EXPECT_DOUBLE_EQ(nlohmann::json::parse(std::ifstream(b / "bundle" / "model.json"))["frame_shared_noise"].get<double>(), 0.5);
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_offset_noise"].get<double>(), 0.3);
    EXPECT_DOUBLE_EQ(nlohmann::json::parse(std::ifstream(b / "bundle" / "model.json"))["offset_noise"].get<double>(), 0.3);
    // And the held known context: the bundle tells the pipeline to encode known spans alike.
    EXPECT_EQ(j3["sizes"]["dit_hold_known"], true);
    // The training shift and the pass-through share (data only: the bundle's sampling shift stays 3).
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_shift"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_pass_through"].get<double>(), 0.5);
    EXPECT_DOUBLE_EQ(j3["sizes"]["dit_two_objects"].get<double>(), 0.6);
    EXPECT_DOUBLE_EQ(nlohmann::json::parse(std::ifstream(b / "bundle" / "model.json"))["defaults"]["shift"].get<double>(), 3.0);
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(b / "bundle" / "model.json"))["known_context"], "hold");
    {
        SafetensorsFile exported((b / "bundle" / "dit.safetensors").string());
        ASSERT_TRUE(exported.meta("config").has_value());
        EXPECT_EQ(nlohmann::json::parse(*exported.meta("config"))["text_len"], 48);
    }
    TrainOptions unweighted = third;
    unweighted.runDir = c.string();
    unweighted.ditObjectWeight = 0;
    train(unweighted, {});
    {
        SafetensorsFile fb((b / "dit.safetensors").string()), fc((c / "dit.safetensors").string());
        bool allEqual = true;
        for (const auto& t : fb.tensors()) allEqual = allEqual && torch::equal(loadTensor(fb, t.name), loadTensor(fc, t.name));
        EXPECT_FALSE(allEqual) << "the object weight did not change the DiT's step";
    }
    fs::remove_all(c);

    // A resume may add a learning-rate cool-down: the stage ends where the rate reaches zero, even
    // with steps left in its budget, and the run records it.
    TrainOptions fourth = toyOptions(b);
    fourth.resume = true;
    fourth.ditMaxSteps = 100;
    fourth.ditDecayFrom = 6;
    fourth.ditDecaySteps = 3;
    fourth.resumeChanges = {"dit_decay_from", "dit_decay_steps"};
    train(fourth, {});
    auto j4 = nlohmann::json::parse(std::ifstream(b / "run.json"));
    EXPECT_EQ(j4["stages"]["dit"]["step"], 9);
    EXPECT_TRUE(j4["stages"]["dit"]["done"].get<bool>());
    EXPECT_EQ(j4["sizes"]["dit_decay_from"], 6);
    EXPECT_EQ(j4["sizes"]["dit_decay_steps"], 3);
    EXPECT_DOUBLE_EQ(j4["sizes"]["dit_lr"].get<double>(), 2e-3);  // the earlier change is kept
    fs::remove_all(a);
    fs::remove_all(b);
}

// The DiT pool's draws: the simple phase is one object, 64x64 and 17 frames, or with an image share
// that many single frames at all three training sizes, or with any size the full mix's sizes and
// lengths; after the phase the full mix comes back, and neither setting changes it.
TEST(Train, SimplePhaseDrawsImagesAtEveryTrainingSize) {
    TrainOptions o;
    o.seed = 7;
    o.ditSimpleUntil = 200;  // entries k < 400 are simple
    const auto heldOut = heldOutCombinations(o.seed);
    auto draws = [&](double images, int64_t from, int64_t to, bool anySize = false) {
        TrainOptions oi = o;
        oi.ditSimpleImages = images;
        oi.ditSimpleAnySize = anySize;
        std::vector<train_detail::PoolDraw> d;
        for (int64_t k = from; k < to; ++k) d.push_back(train_detail::drawPoolEntry(oi, heldOut, k));
        return d;
    };
    using Size3 = std::tuple<int, int, int>;
    auto kinds = [](const std::vector<train_detail::PoolDraw>& d) {
        std::map<Size3, int> n;
        for (const auto& e : d) ++n[{e.width, e.height, e.frames}];
        return n;
    };
    for (const auto& e : draws(0.0, 0, 400)) {
        EXPECT_TRUE(e.simple);
        EXPECT_EQ(e.scene.objects.size(), 1u);
        EXPECT_FALSE(isHeldOut(e.scene, heldOut));
    }
    EXPECT_EQ(kinds(draws(0.0, 0, 400)), (std::map<Size3, int>{{{64, 64, 17}, 400}}));
    const auto all = kinds(draws(1.0, 0, 400));
    EXPECT_EQ(all.size(), 3u);
    for (const auto& [kind, n] : all) {
        EXPECT_EQ(std::get<2>(kind), 1);
        EXPECT_GT(n, 80) << std::get<0>(kind) << "x" << std::get<1>(kind);
    }
    const auto half = draws(0.5, 0, 400);
    const auto images = std::count_if(half.begin(), half.end(), [](const auto& e) { return e.frames == 1; });
    EXPECT_GT(images, 150);
    EXPECT_LT(images, 250);
    for (const auto& e : half) {
        EXPECT_EQ(e.scene.objects.size(), 1u);
        if (e.frames != 1) EXPECT_EQ(std::make_tuple(e.width, e.height, e.frames), std::make_tuple(64, 64, 17));
    }
    // Any size: one object, no held-out combination, every size and length, more than a few default-size clips.
    const auto any = draws(0.0, 0, 400, true);
    for (const auto& e : any) {
        EXPECT_TRUE(e.simple);
        EXPECT_EQ(e.scene.objects.size(), 1u);
        EXPECT_FALSE(isHeldOut(e.scene, heldOut));
    }
    EXPECT_EQ(kinds(any).size(), 9u);
    EXPECT_GT((kinds(any)[{112, 64, 33}]), 25);
    // With an image share as well: that share (and the full mix's own single frames) are single frames.
    const auto anyHalf = draws(0.5, 0, 400, true);
    const auto anyImages = std::count_if(anyHalf.begin(), anyHalf.end(), [](const auto& e) { return e.frames == 1; });
    EXPECT_GT(anyImages, 200);
    EXPECT_LT(anyImages, 300);
    // After the phase: the same draws with and without the share or any size, every length and size,
    // and two-object scenes.
    const auto plain = draws(0.0, 400, 800), shared = draws(1.0, 400, 800), anyAfter = draws(1.0, 400, 800, true);
    int twoObjects = 0;
    for (size_t i = 0; i < plain.size(); ++i) {
        EXPECT_FALSE(plain[i].simple);
        for (const auto* other : {&shared, &anyAfter}) {
            EXPECT_EQ(std::make_tuple(plain[i].width, plain[i].height, plain[i].frames),
                      std::make_tuple((*other)[i].width, (*other)[i].height, (*other)[i].frames));
            EXPECT_EQ(describe(plain[i].scene), describe((*other)[i].scene));
        }
        twoObjects += plain[i].scene.objects.size() == 2;
    }
    std::set<int> lengths;
    for (const auto& [kind, n] : kinds(plain)) lengths.insert(std::get<2>(kind));
    EXPECT_EQ(lengths, (std::set<int>{1, 17, 33}));
    EXPECT_EQ(kinds(plain).size(), 9u);
    EXPECT_GT(twoObjects, 60);
}

// The clip lengths are a run size: the default keeps the draws of runs from before the option (so a
// resumed run sees the same data), another list draws its lengths evenly with the same single
// frames, sizes and scenes, and a length the packing cannot hold, or not 1+4k, is refused by name.
TEST(Train, ClipLengthsAreARunSizeAndKeepTheOlderMix) {
    TrainOptions o;
    o.seed = 11;
    const auto heldOut = heldOutCombinations(o.seed);
    TrainOptions four = o;
    four.ditClipFrames = {9, 17, 25, 33};
    std::map<int, int> before, after;
    for (int64_t k = 0; k < 2000; ++k) {
        const auto a = train_detail::drawPoolEntry(o, heldOut, k), b = train_detail::drawPoolEntry(four, heldOut, k);
        ++before[a.frames];
        ++after[b.frames];
        EXPECT_EQ(a.frames == 1, b.frames == 1) << k;  // the same single frames
        EXPECT_EQ(std::make_pair(a.width, a.height), std::make_pair(b.width, b.height)) << k;
        EXPECT_EQ(describe(a.scene), describe(b.scene)) << k;
    }
    // 20% single frames; before: 35% 17 and 45% 33 frames; after: 20% each of the four lengths.
    EXPECT_EQ(before.size(), 3u);
    EXPECT_NEAR(before[17] / 2000.0, 0.35, 0.04);
    EXPECT_NEAR(before[33] / 2000.0, 0.45, 0.04);
    EXPECT_EQ(after.size(), 5u);
    for (int f : {9, 17, 25, 33}) EXPECT_NEAR(after[f] / 2000.0, 0.2, 0.04) << f;
    EXPECT_EQ(before[1], after[1]);

    auto refused = [](std::vector<int> frames, const std::string& words) {
        expectTrainRefused(words, [&](TrainOptions& bad) {
            bad.ditClipFrames = frames;
            bad.tokenBudget = 300;  // 33 frames are 9 x 28 = 252 tokens at 112x64 here, 41 frames 308
        });
    };
    refused({17, 20}, "20 frames is not 1+4k");
    refused({17, 41}, "largest training clip (41 frames");
    refused({}, "at least one length");
}

// The pass-through share changes only the scenes it puts on a track: the same sizes, lengths and
// captions as without it, single frames never pass, and about the share of the clips that can pass
// (a single object moving left, right, up or down) do.
TEST(Train, PassThroughShareMovesOnlyItsScenesOntoATrack) {
    TrainOptions o;
    o.seed = 13;
    const auto heldOut = heldOutCombinations(o.seed);
    TrainOptions half = o;
    half.ditPassThrough = 0.5;
    int canPass = 0, passing = 0;
    for (int64_t k = 0; k < 2000; ++k) {
        const auto a = train_detail::drawPoolEntry(o, heldOut, k), b = train_detail::drawPoolEntry(half, heldOut, k);
        EXPECT_EQ(std::make_tuple(a.width, a.height, a.frames), std::make_tuple(b.width, b.height, b.frames)) << k;
        EXPECT_EQ(caption(a.scene), caption(b.scene)) << k;
        EXPECT_FALSE(a.scene.objects[0].onTrack) << k;
        const Motion m = a.scene.objects[0].motion;
        const bool linear = m == Motion::Left || m == Motion::Right || m == Motion::Up || m == Motion::Down;
        if (a.frames == 1 || a.scene.objects.size() != 1 || !linear) {
            EXPECT_FALSE(b.scene.objects[0].onTrack) << k;
            continue;
        }
        ++canPass;
        passing += b.scene.objects[0].onTrack;
    }
    EXPECT_GT(canPass, 400);
    EXPECT_NEAR(double(passing) / canPass, 0.5, 0.06);
    expectTrainRefused("--dit-pass-through", [](TrainOptions& o) { o.ditPassThrough = 1.5; });
}

// The two-object share sets how many of the general scenes have two objects: the default is the
// mix of the runs before the option, a larger share draws more, the sizes and lengths of the entries
// do not change, the simple phase keeps one object, and a share outside [0, 1] is refused.
TEST(Train, TwoObjectShareSetsHowManyScenesHaveTwoObjects) {
    TrainOptions o;
    o.seed = 17;
    const auto heldOut = heldOutCombinations(o.seed);
    EXPECT_DOUBLE_EQ(o.ditTwoObjects, SceneOptions{}.twoObjectProbability);
    TrainOptions more = o;
    more.ditTwoObjects = 0.7;
    TrainOptions none = o;
    none.ditTwoObjects = 0;
    const int n = 2000;
    int two = 0, twoMore = 0;
    for (int64_t k = 0; k < n; ++k) {
        const auto a = train_detail::drawPoolEntry(o, heldOut, k), b = train_detail::drawPoolEntry(more, heldOut, k);
        EXPECT_EQ(std::make_tuple(a.width, a.height, a.frames), std::make_tuple(b.width, b.height, b.frames)) << k;
        EXPECT_EQ(train_detail::drawPoolEntry(none, heldOut, k).scene.objects.size(), 1u) << k;
        two += a.scene.objects.size() == 2;
        twoMore += b.scene.objects.size() == 2;
    }
    // A scene is drawn with two objects at the share, then refused if an object is a held-out
    // combination (a fraction h of them), so a share p keeps p(1-h)^2 / (p(1-h)^2 + (1-p)(1-h)).
    const auto kept = [&](double p) {
        const double q = 1 - o.heldOutFraction;
        return p * q * q / (p * q * q + (1 - p) * q);
    };
    EXPECT_NEAR(double(two) / n, kept(0.3), 0.03);  // about 0.26
    EXPECT_NEAR(double(twoMore) / n, kept(0.7), 0.03);  // about 0.65
    EXPECT_GT(double(twoMore) / n, double(two) / n + 0.3);
    // Entries of the simple phase have one object whatever the share.
    TrainOptions simple = more;
    simple.ditSimpleUntil = 1000000;
    simple.ditTwoObjects = 1;
    for (int64_t k = 0; k < 200; ++k) EXPECT_EQ(train_detail::drawPoolEntry(simple, heldOut, k).scene.objects.size(), 1u) << k;
    expectTrainRefused("--dit-two-objects", [](TrainOptions& o) { o.ditTwoObjects = 1.5; });
}

// The pool's refresh rate is a size of the DiT stage: it sets which entries belong to the simple
// phase (those entering before its step), a run records it, a plain resume refuses to change it and a
// restart of the DiT (whose stream starts again at entry 0) may.
TEST(Train, PoolRefreshIsFixedForADitStage) {
    TrainOptions o;
    o.seed = 5;
    o.ditSimpleUntil = 100;
    const auto heldOut = heldOutCombinations(o.seed);
    for (int64_t refresh : {1, 2, 3}) {
        o.poolRefresh = refresh;
        for (int64_t k : {int64_t(0), 100 * refresh - 1, 100 * refresh, 100 * refresh + 7})
            EXPECT_EQ(train_detail::drawPoolEntry(o, heldOut, k).simple, k < 100 * refresh) << refresh << " " << k;
    }

    const auto d = tempDir("refresh");
    TrainOptions zero = toyOptions(d);
    zero.poolRefresh = 0;
    EXPECT_NE(errorOf([&] { train(zero, {}); }).find("--pool-refresh must be at least 1"), std::string::npos);
    fs::remove_all(d);
    TrainOptions first = toyOptions(d);
    first.poolRefresh = 1;
    first.ditMaxSteps = 2;
    train(first, {});
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(d / "run.json"))["sizes"]["pool_refresh"], 1);
    TrainOptions resume = toyOptions(d);
    resume.resume = true;
    resume.poolRefresh = 3;
    resume.resumeChanges = {"pool_refresh"};
    EXPECT_NE(errorOf([&] { train(resume, {}); }).find("restart its DiT with --restart-dit"), std::string::npos);
    resume.restartDit = true;
    resume.ditMaxSteps = 2;
    train(resume, {});
    auto j = nlohmann::json::parse(std::ifstream(d / "run.json"));
    EXPECT_EQ(j["sizes"]["pool_refresh"], 3);
    EXPECT_EQ(j["stages"]["dit"]["step"], 2);
    fs::remove_all(d);
}

// A DiT restarted from trained weights draws from another stream of the DiT data (clips, noise,
// timesteps, caption dropout), so it does not go over what those weights already learnt from; at
// offset 0 the stream is the one every run drew before offsets existed.
TEST(Train, DataOffsetsGiveAnotherStreamAndBundlesSayWhereTheirsEnds) {
    TrainOptions o;
    o.seed = 11;
    const auto heldOut = heldOutCombinations(o.seed);
    EXPECT_EQ(train_detail::ditDataSeed(o.seed, 0), o.seed);
    EXPECT_NE(train_detail::ditDataSeed(o.seed, 7), train_detail::ditDataSeed(o.seed, 8));
    int differ = 0;
    for (int64_t k = 0; k < 20; ++k) {
        const auto a = train_detail::drawPoolEntry(o, heldOut, k), zero = train_detail::drawPoolEntry(o, heldOut, k, 0);
        const auto b = train_detail::drawPoolEntry(o, heldOut, k, 7), again = train_detail::drawPoolEntry(o, heldOut, k, 7);
        EXPECT_EQ(describe(a.scene), describe(zero.scene)) << k;
        EXPECT_EQ(describe(b.scene), describe(again.scene)) << k;
        differ += describe(a.scene) != describe(b.scene);
    }
    EXPECT_GE(differ, 15);
    // Bundles exported before "dit_data_end" was recorded: their steps, plus those of the bundle they
    // were restarted from.
    EXPECT_EQ(train_detail::bundleDataEnd({{"dit_steps", 20401}, {"dit_init", {{"folder", "dit-before-restart-15155"}}}}), 20401);
    EXPECT_EQ(train_detail::bundleDataEnd({{"dit_steps", 1888}, {"dit_init", {{"bundle_dit_steps", 20401}}}}), 22289);
    EXPECT_EQ(train_detail::bundleDataEnd({{"dit_steps", 1888}, {"dit_init", nullptr}}), 1888);
    EXPECT_EQ(train_detail::bundleDataEnd({{"dit_steps", 10}, {"dit_data_end", 30}}), 30);
}

// The default text length holds every caption whole with the shipped tokenizer: two-object captions
// run to about 50 tokens, so the 32 of earlier runs cut their backgrounds off.
TEST(Train, DefaultTextLengthHoldsTheLongestCaption) {
    const Tokenizer tok(std::string(TESSERA_SOURCE_DIR) + "/resources/models/tessera-shapes/tokenizer.model");
    const int64_t longest = train_detail::longestCaptionTokens(tok, 20261125);
    EXPECT_LE(longest, TrainOptions().textLen);
    // What the trainer measures is at least what the tokenizer makes of one of the longest captions
    // the grammar writes (21 words and a comma).
    const int64_t known = tok.tokenCount("a small white triangle moving up to the left of a large magenta square moving "
                                         "down, on a gray background");
    EXPECT_GE(known, 22);  // 21 pieces with a whole-word tokenizer, and </s>
    EXPECT_GE(longest, known);
}

// The object weight's coverage, checked against the rendered masks pixel by pixel: latent frame 0
// reads frame 0, latent frame l > 0 the most over frames 4l - 3 .. 4l; a frame count the VAE cannot
// encode is refused.
TEST(Train, ObjectCoverageReadsTheMasksCellByCell) {
    SceneOptions so;
    so.twoObjectProbability = 0.5;
    const int W = 48, H = 32, T = 9, f = 4;
    double covered = 0;
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        const RenderedClip rc = render(sampleScene(seed, so), W, H, T, 16.0);
        const auto cov = train_detail::objectCoverage(rc.truth, W, H, f);
        ASSERT_EQ(cov.sizes(), (std::vector<int64_t>{1, 3, H / f, W / f}));
        auto share = [&](int t, int cy, int cx) {
            int n = 0;
            for (int y = cy * f; y < (cy + 1) * f; ++y)
                for (int x = cx * f; x < (cx + 1) * f; ++x) {
                    bool any = false;
                    for (const ObjectTruth& o : rc.truth[size_t(t)].objects) any = any || o.mask[size_t(y) * W + x];
                    n += any;
                }
            return n / double(f * f);
        };
        for (int l = 0; l < 3; ++l)
            for (int cy = 0; cy < H / f; ++cy)
                for (int cx = 0; cx < W / f; ++cx) {
                    double expected = share(0, cy, cx);
                    if (l > 0) {
                        expected = 0;
                        for (int t = 4 * l - 3; t <= 4 * l; ++t) expected = std::max(expected, share(t, cy, cx));
                    }
                    EXPECT_NEAR(cov[0][l][cy][cx].item<double>(), expected, 1e-6) << seed << " " << l << " " << cy << " " << cx;
                }
        covered += cov.sum().item<double>();
    }
    EXPECT_GT(covered, 0.0);
    const RenderedClip eight = render(sampleScene(1, so), W, H, 8, 16.0);
    EXPECT_THROW(train_detail::objectCoverage(eight.truth, W, H, f), std::invalid_argument);
}

// The auxiliary loss's targets, checked against the rendered masks token by token: each row is the
// share of the token's pixels each shape and each colour covers (the later object where two overlap,
// "none" for the rest), latent frame l > 0 averaged over frames 4l - 3 .. 4l, in (f, h, w) order.
TEST(Train, AttributeTargetsReadTheMasksTokenByToken) {
    SceneOptions so;
    so.twoObjectProbability = 0.5;
    const int W = 48, H = 32, T = 9, cell = 4, patch = 2, px = cell * patch;
    const int64_t tw = W / px, th = H / px;
    std::set<int> shapesSeen;
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        const Scene scene = sampleScene(seed, so);
        const RenderedClip rc = render(scene, W, H, T, 16.0);
        const auto targets = train_detail::attributeTargets(scene, rc.truth, W, H, cell, {1, patch, patch});
        const int64_t C = train_detail::kAuxShapeClasses + train_detail::kAuxColorClasses;
        ASSERT_EQ(targets.sizes(), (std::vector<int64_t>{3 * th * tw, C}));
        EXPECT_TRUE(torch::allclose(targets.narrow(1, 0, train_detail::kAuxShapeClasses).sum(1), torch::ones({3 * th * tw})));
        EXPECT_TRUE(torch::allclose(targets.narrow(1, train_detail::kAuxShapeClasses, train_detail::kAuxColorClasses).sum(1),
                                    torch::ones({3 * th * tw})));
        // The classes of one frame's token, counted pixel by pixel.
        auto shares = [&](int t, int64_t ty, int64_t tx) {
            std::vector<double> r(size_t(C), 0.0);
            for (int y = int(ty) * px; y < int(ty + 1) * px; ++y)
                for (int x = int(tx) * px; x < int(tx + 1) * px; ++x) {
                    int shape = 0, color = 0;
                    for (size_t i = 0; i < rc.truth[size_t(t)].objects.size(); ++i)
                        if (rc.truth[size_t(t)].objects[i].mask[size_t(y) * W + x]) {
                            shape = 1 + int(scene.objects[i].shape);
                            color = 1 + int(rc.truth[size_t(t)].objects[i].color);
                        }
                    r[size_t(shape)] += 1.0 / (px * px);
                    r[size_t(train_detail::kAuxShapeClasses + color)] += 1.0 / (px * px);
                }
            return r;
        };
        for (int l = 0; l < 3; ++l)
            for (int64_t ty = 0; ty < th; ++ty)
                for (int64_t tx = 0; tx < tw; ++tx) {
                    std::vector<double> expected = shares(0, ty, tx);
                    if (l > 0) {
                        std::fill(expected.begin(), expected.end(), 0.0);
                        for (int t = 4 * l - 3; t <= 4 * l; ++t) {
                            const auto s1 = shares(t, ty, tx);
                            for (size_t c = 0; c < expected.size(); ++c) expected[c] += s1[c] / 4;
                        }
                    }
                    const int64_t row = (l * th + ty) * tw + tx;
                    for (int64_t c = 0; c < C; ++c) {
                        EXPECT_NEAR(targets[row][c].item<double>(), expected[size_t(c)], 1e-5) << seed << " " << row << " " << c;
                        if (c > 0 && c < train_detail::kAuxShapeClasses && expected[size_t(c)] > 0) shapesSeen.insert(int(c));
                    }
                }
    }
    EXPECT_GE(shapesSeen.size(), 2u);  // the scenes drew more than one shape
    // A frame count the VAE cannot encode, or a size the tokens do not tile, is refused.
    const Scene scene = sampleScene(1, so);
    EXPECT_THROW(train_detail::attributeTargets(scene, render(scene, W, H, 8, 16.0).truth, W, H, cell, {1, patch, patch}),
                 std::invalid_argument);
    EXPECT_THROW(train_detail::attributeTargets(scene, render(scene, 44, H, T, 16.0).truth, 44, H, cell, {1, patch, patch}),
                 std::invalid_argument);
}

// The auxiliary attribute loss: a resume may add it; it trains the DiT (other weights than the same
// steps without it), a run stopped and resumed with it reaches exactly the weights of an
// uninterrupted one (its head and optimiser are kept in the run), and the bundle does not carry it.
TEST(Train, AuxiliaryAttributeLossResumesExactlyAndStaysOutOfTheBundle) {
    const auto [a, b, c] = toyRunCopies("aux");
    auto withAux = [](const fs::path& dir, int64_t steps) {
        TrainOptions o = toyOptions(dir);
        o.resume = true;
        o.ditMaxSteps = steps;
        o.ditAuxWeight = 0.5;
        o.resumeChanges = {"dit_aux_weight"};
        return o;
    };
    train(withAux(a, 10), {});
    train(withAux(b, 6), {});
    TrainOptions more = toyOptions(b);  // the run's own weight goes on
    more.resume = true;
    more.ditMaxSteps = 10;
    train(more, {});
    TrainOptions plain = toyOptions(c);
    plain.resume = true;
    plain.ditMaxSteps = 10;
    train(plain, {});

    for (const char* file : {"dit.safetensors", "dit.ema.safetensors", "text_encoder.safetensors", "dit_aux.safetensors"}) {
        const auto ta = tensorsOf(a / file), tb = tensorsOf(b / file);
        ASSERT_EQ(ta.size(), tb.size()) << file;
        for (const auto& [name, t] : ta) EXPECT_TRUE(torch::equal(t, tb.at(name))) << file << " " << name;
    }
    EXPECT_FALSE(fs::exists(c / "dit_aux.safetensors"));
    const auto withLoss = tensorsOf(a / "dit.safetensors"), without = tensorsOf(c / "dit.safetensors");
    int changed = 0;
    for (const auto& [name, t] : withLoss) changed += !torch::equal(t, without.at(name));
    EXPECT_GT(changed, 0);
    auto j = nlohmann::json::parse(std::ifstream(b / "run.json"));
    EXPECT_DOUBLE_EQ(j["sizes"]["dit_aux_weight"].get<double>(), 0.5);
    // Both cross-entropies logged (every tenth step, as the DiT's loss).
    std::ifstream csv(b / "loss_dit_aux.csv");
    std::string header, row;
    std::getline(csv, header);
    EXPECT_EQ(header, "step,shape_ce,color_ce");
    int rows = 0;
    while (std::getline(csv, row)) {
        ++rows;
        EXPECT_GT(std::stod(row.substr(row.rfind(',') + 1)), 0.0) << row;
    }
    EXPECT_GE(rows, 1);
    // The bundle: the DiT alone, tensor for tensor the names of a run without the loss.
    EXPECT_FALSE(fs::exists(b / "bundle" / "dit_aux.safetensors"));
    const auto bundled = tensorsOf(b / "bundle" / "dit.safetensors"), plainBundled = tensorsOf(c / "bundle" / "dit.safetensors");
    ASSERT_EQ(bundled.size(), plainBundled.size());
    for (const auto& [name, t] : bundled) EXPECT_TRUE(plainBundled.count(name)) << name;
    // Out of range: refused before the run is touched.
    TrainOptions bad = withAux(c, 12);
    bad.ditAuxWeight = -1;
    EXPECT_NE(errorOf([&] { train(bad, {}); }).find("--dit-aux-weight"), std::string::npos);
    for (const auto& d : {a, b, c}) fs::remove_all(d);
}

// bfloat16 autocast: a resume may turn it on, it trains (other weights than float32 steps, still
// float32 files), and a run stopped and resumed with it reaches exactly the weights of an
// uninterrupted one.
TEST(Train, Bf16AutocastResumesExactly) {
    const auto [a, b, c] = toyRunCopies("bf16");
    auto resumed = [](const fs::path& dir, int64_t steps, bool bf16) {
        TrainOptions o = toyOptions(dir);
        o.resume = true;
        o.ditMaxSteps = steps;
        o.ditBf16 = bf16;
        o.resumeChanges = {"dit_bf16"};
        return o;
    };
    train(resumed(a, 6, true), {});
    train(resumed(b, 4, true), {});
    TrainOptions more = toyOptions(b);  // the run's own setting goes on
    more.resume = true;
    more.ditMaxSteps = 6;
    // ... and a CPU without bfloat16 instructions is named, with the way to leave bfloat16, at
    // every invocation that trains the DiT under it (and at none that does not).
    auto warnings = [](std::vector<std::string>& into) {
        return [&into](const TrainEvent& e) {
            if (e.message.find("bfloat16 autocast") != std::string::npos) into.push_back(e.message);
        };
    };
    std::vector<std::string> kept, off;
    train(more, warnings(kept));
    train(resumed(c, 6, false), warnings(off));
    EXPECT_TRUE(off.empty());
    if (tessera::cpuComputesNatively("bfloat16")) {
        EXPECT_TRUE(kept.empty());
    } else {
        ASSERT_EQ(kept.size(), 1u);
        EXPECT_NE(kept[0].find("--resume --dit-bf16=false"), std::string::npos) << kept[0];
        EXPECT_NE(kept[0].find("emulated"), std::string::npos) << kept[0];
    }
    for (const char* file : {"dit.safetensors", "dit.ema.safetensors", "text_encoder.safetensors"}) {
        const auto ta = tensorsOf(a / file), tb = tensorsOf(b / file), tc = tensorsOf(c / file);
        int changed = 0;
        for (const auto& [name, t] : ta) {
            EXPECT_EQ(t.scalar_type(), torch::kFloat32) << file << " " << name;
            EXPECT_TRUE(torch::equal(t, tb.at(name))) << file << " " << name;
            changed += !torch::equal(t, tc.at(name));
        }
        EXPECT_GT(changed, 0) << file;
    }
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(b / "run.json"))["sizes"]["dit_bf16"], true);
    for (const auto& d : {a, b, c}) fs::remove_all(d);
}

// --dit-distill-text after a restart onto a new tokenizer: until the given step only the new text
// encoder trains, towards the DiT's predictions with the kept text encoder (the DiT's weights stay
// those it started from), then the DiT trains as usual; a run stopped in the middle and resumed is
// bit-identical to a straight one. Without a kept text encoder of another tokenizer it is refused.
TEST(Train, TextDistillationTeachesTheNewTextEncoderWithTheDiTFrozen) {
    const auto [a, b, c] = toyRunCopies("distill", "unigram");
    TrainOptions wrong = toyOptions(c);
    wrong.resume = true;
    wrong.ditMaxSteps = 4;
    wrong.ditDistillText = 3;
    wrong.resumeChanges = {"dit_distill_text"};
    EXPECT_NE(errorOf([&] { train(wrong, {}); }).find("--dit-distill-text teaches a new tokenizer's text encoder"),
              std::string::npos);

    auto restart = [](const fs::path& dir, int64_t distill, int64_t steps) {
        TrainOptions o = toyOptions(dir);
        o.resume = true;
        o.restartDit = true;
        o.tokenizerType = "bpe";
        o.ditDistillText = distill;
        o.ditMaxSteps = steps;
        o.resumeChanges = {"tokenizer", "dit_distill_text"};
        return o;
    };
    auto lossAtStep1 = [](const fs::path& dir) {
        std::ifstream in(dir / "loss_dit.csv");
        std::string header, row;
        std::getline(in, header);
        std::getline(in, row);  // step,seconds,loss,...
        std::stringstream cells(row);
        std::string step, seconds, loss;
        std::getline(cells, step, ',');
        std::getline(cells, seconds, ',');
        std::getline(cells, loss, ',');
        EXPECT_EQ(step, "1");
        return std::stod(loss);
    };
    train(restart(a, 4, 6), {});
    train(restart(b, 4, 3), {});
    train(restart(c, 0, 3), {});  // the same restart without distillation: the flow loss alone

    // Step 1 is the same batch in b and c: the distillation's target, the DiT's own prediction with
    // the kept text encoder, is far nearer its prediction than the flow's velocity is.
    EXPECT_LT(lossAtStep1(b), 0.5 * lossAtStep1(c));
    const auto kept = tensorsOf(b / "dit-before-restart-2" / "dit.ema.safetensors");
    const auto ditB = tensorsOf(b / "dit.safetensors"), ditC = tensorsOf(c / "dit.safetensors");
    int changedC = 0;
    for (const auto& [name, t] : kept) {
        EXPECT_TRUE(torch::equal(t, ditB.at(name))) << name;  // frozen while distilling
        changedC += !torch::equal(t, ditC.at(name));
    }
    EXPECT_GT(changedC, 0);
    const auto teB = tensorsOf(b / "text_encoder.safetensors"), teC = tensorsOf(c / "text_encoder.safetensors");
    int differ = 0;
    for (const auto& [name, t] : teB) differ += !torch::equal(t, teC.at(name));
    EXPECT_GT(differ, 0);

    TrainOptions more = toyOptions(b);  // the run's own setting goes on past the end of distillation
    more.resume = true;
    more.ditMaxSteps = 6;
    train(more, {});
    for (const char* file : {"dit.safetensors", "dit.ema.safetensors", "text_encoder.safetensors", "text_encoder.ema.safetensors"}) {
        const auto ta = tensorsOf(a / file), tb = tensorsOf(b / file);
        for (const auto& [name, t] : ta) EXPECT_TRUE(torch::equal(t, tb.at(name))) << file << " " << name;
    }
    int changedA = 0;  // after step 4 the DiT trains
    const auto ditA = tensorsOf(a / "dit.safetensors");
    for (const auto& [name, t] : kept) changedA += !torch::equal(t, ditA.at(name));
    EXPECT_GT(changedA, 0);
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(b / "run.json"))["sizes"]["dit_distill_text"], 4);
    for (const auto& d : {a, b, c}) fs::remove_all(d);
}

// --dit-distill-blocks adds the residual streams' difference after every block to the distillation
// loss: on the same step-1 batch the loss is the prediction's difference plus a positive term, the
// DiT stays frozen, and the new text encoder learns other weights than from the prediction alone.
TEST(Train, TextDistillationThroughEveryBlockAddsToTheLossAndKeepsTheDiTFrozen) {
    const auto [a, b, c] = toyRunCopies("distill-blocks", "unigram");
    auto restart = [](const fs::path& dir, double blocks) {
        TrainOptions o = toyOptions(dir);
        o.resume = true;
        o.restartDit = true;
        o.tokenizerType = "bpe";
        o.ditDistillText = 4;
        o.ditDistillBlocks = blocks;
        o.ditMaxSteps = 2;
        o.resumeChanges = {"tokenizer", "dit_distill_text", "dit_distill_blocks"};
        return o;
    };
    train(restart(a, 0), {});
    train(restart(b, 2), {});
    auto lossAtStep1 = [](const fs::path& dir) {
        std::ifstream in(dir / "loss_dit.csv");
        std::string header, row, cell;
        std::getline(in, header);
        std::getline(in, row);  // step,seconds,loss,...
        std::stringstream cells(row);
        for (int i = 0; i < 3; ++i) std::getline(cells, cell, ',');
        return std::stod(cell);
    };
    EXPECT_GT(lossAtStep1(b), lossAtStep1(a) * (1 + 1e-3));
    const auto kept = tensorsOf(b / "dit-before-restart-2" / "dit.ema.safetensors");
    const auto dit = tensorsOf(b / "dit.safetensors");
    for (const auto& [name, t] : kept) EXPECT_TRUE(torch::equal(t, dit.at(name))) << name;
    const auto teA = tensorsOf(a / "text_encoder.safetensors"), teB = tensorsOf(b / "text_encoder.safetensors");
    int differ = 0;
    for (const auto& [name, t] : teB) differ += !torch::equal(t, teA.at(name));
    EXPECT_GT(differ, 0);
    EXPECT_DOUBLE_EQ(nlohmann::json::parse(std::ifstream(b / "run.json"))["sizes"]["dit_distill_blocks"].get<double>(), 2.0);
    TrainOptions bad = restart(c, -1);
    EXPECT_NE(errorOf([&] { train(bad, {}); }).find("--dit-distill-blocks"), std::string::npos);
    for (const auto& d : {a, b, c}) fs::remove_all(d);
}

// Text distillation starts the student from the teacher: every weight but the token embedding
// copied, each new piece embedded as the mean of the kept pieces its text cuts into. With the shipped
// text encoder as the teacher and a BPE tokenizer trained by a restart, the student's reading of a
// caption (its outputs' mean over the tokens) is far nearer the teacher's than a new text encoder's;
// a kept encoder of other sizes is left alone.
TEST(Train, DistilledTextEncoderStartsFromTheKeptOne) {
    const auto [a, b, c] = toyRunCopies("warm", "unigram");
    TrainOptions o = toyOptions(a);
    o.resume = true;
    o.restartDit = true;
    o.tokenizerType = "bpe";
    o.ditDistillText = 4;
    o.ditMaxSteps = 1;
    o.resumeChanges = {"tokenizer", "dit_distill_text"};
    train(o, {});
    const fs::path shipped = fs::path(TESSERA_SOURCE_DIR) / "resources/models/tessera-shapes";
    const std::string keptFile = (shipped / "text_encoder.safetensors").string();
    const Tokenizer keptTok((shipped / "tokenizer.model").string()), tok((a / "tokenizer.model").string());
    ASSERT_NE(tok.vocabSize(), keptTok.vocabSize());  // really another tokenizer
    auto config = nlohmann::json::parse(SafetensorsFile(keptFile).metadata().at("config"));
    T5Encoder teacher(T5Config::fromJson(config));
    train_detail::loadModule(*teacher, keptFile, torch::kCPU);
    config["vocab"] = tok.vocabSize();
    torch::manual_seed(1);
    T5Encoder fresh(T5Config::fromJson(config)), warm(T5Config::fromJson(config));
    {
        torch::NoGradGuard noGrad;
        auto from = fresh->parameters(), to = warm->parameters();
        for (size_t i = 0; i < to.size(); ++i) to[i].copy_(from[i]);
    }
    ASSERT_TRUE(train_detail::warmStartTextEncoder(*warm, config, keptFile, keptTok, tok));
    const auto keptTensors = tensorsOf(keptFile);
    for (const auto& p : warm->named_parameters(true))
        if (p.key() != "token_embedding.weight")
            EXPECT_TRUE(torch::equal(p.value(), keptTensors.at(p.key()).to(torch::kFloat32))) << p.key();

    torch::NoGradGuard noGrad;
    auto reading = [](T5Encoder& t5, const Tokenizer& tk, const std::string& caption) {
        const TokenizedText t = tk.encode(caption, 64);
        auto ids = torch::tensor(t.ids).view({1, 64}), mask = torch::tensor(t.mask).view({1, 64});
        return t5->forward(ids, mask)[0].narrow(0, 0, t.length).mean(0);
    };
    double warmDist = 0, freshDist = 0;
    for (const char* caption : {"a large red circle moving right on a black background",
                                "a small cyan triangle to the left of a large yellow square, on a gray background",
                                "a small blue square bouncing on a white background"}) {
        const auto target = reading(teacher, keptTok, caption);
        warmDist += (reading(warm, tok, caption) - target).norm().item<double>();
        freshDist += (reading(fresh, tok, caption) - target).norm().item<double>();
    }
    EXPECT_LT(warmDist, 0.5 * freshDist) << "warm " << warmDist << ", fresh " << freshDist;

    nlohmann::json other = config;  // another width: not warm-started
    other["dim"] = config["dim"].get<int64_t>() * 2;
    other["dim_attn"] = other["dim"];
    other["dim_ffn"] = 2 * other["dim"].get<int64_t>();
    T5Encoder wide(T5Config::fromJson(other));
    auto before = wide->named_parameters(true)["token_embedding.weight"].clone();
    EXPECT_FALSE(train_detail::warmStartTextEncoder(*wide, other, keptFile, keptTok, tok));
    EXPECT_TRUE(torch::equal(before, wide->named_parameters(true)["token_embedding.weight"]));
    for (const auto& d : {a, b, c}) fs::remove_all(d);
}

// The DiT's rate: a linear warm-up over 300 steps, then constant, then (with a cool-down) a cosine to
// zero that stays there; after text distillation it warms up again from the step the DiT unfreezes.
TEST(Train, DitLearningRateWarmsUpAndCoolsDownToZero) {
    TrainOptions o;
    o.ditLr = 1e-3;
    EXPECT_NEAR(train_detail::ditLearningRate(o, 0), 1e-3 / 300, 1e-12);
    EXPECT_DOUBLE_EQ(train_detail::ditLearningRate(o, 5000), 1e-3);
    o.ditDecayFrom = 1000;
    o.ditDecaySteps = 400;
    EXPECT_DOUBLE_EQ(train_detail::ditLearningRate(o, 999), 1e-3);
    EXPECT_DOUBLE_EQ(train_detail::ditLearningRate(o, 1000), 1e-3);
    EXPECT_NEAR(train_detail::ditLearningRate(o, 1200), 0.5e-3, 1e-12);
    EXPECT_NEAR(train_detail::ditLearningRate(o, 1300), 0.5e-3 * (1 - std::sqrt(0.5)), 1e-12);
    EXPECT_NEAR(train_detail::ditLearningRate(o, 1400), 0.0, 1e-18);
    EXPECT_NEAR(train_detail::ditLearningRate(o, 9000), 0.0, 1e-18);
    for (int64_t s = 1001; s <= 1400; ++s)
        EXPECT_LT(train_detail::ditLearningRate(o, s), train_detail::ditLearningRate(o, s - 1)) << s;
    // After text distillation (the DiT frozen until step 600) the rate warms up again from there.
    TrainOptions d;
    d.ditLr = 1e-3;
    d.ditDistillText = 600;
    EXPECT_DOUBLE_EQ(train_detail::ditLearningRate(d, 599), 1e-3);
    EXPECT_NEAR(train_detail::ditLearningRate(d, 600), 1e-3 / 300, 1e-12);
    EXPECT_NEAR(train_detail::ditLearningRate(d, 749), 0.5e-3, 1e-12);
    EXPECT_DOUBLE_EQ(train_detail::ditLearningRate(d, 899), 1e-3);
    EXPECT_DOUBLE_EQ(train_detail::ditLearningRate(d, 5000), 1e-3);
}

// The decoder refinement trains the VAE's decoder alone: added on --resume to a run whose DiT has
// started, stopped and resumed, it reaches exactly the weights of a run that had it from the start
// (the DiT too, since the latents it trains on do not move), and the encoder is bit-identical.
TEST(Train, DecoderRefinementKeepsTheEncoderAndResumesExactly) {
    const auto a = tempDir("dec_a"), b = tempDir("dec_b");
    TrainOptions straight = toyOptions(a);
    straight.decoderSteps = 4;
    straight.ditMaxSteps = 1;
    std::vector<std::string> stagesSeen;
    train(straight, [&](const TrainEvent& e) {
        if (stagesSeen.empty() || stagesSeen.back() != e.stage) stagesSeen.push_back(e.stage);
    });
    EXPECT_EQ(stagesSeen, (std::vector<std::string>{"tokenizer", "vae", "decoder", "dit"}));

    TrainOptions plain = toyOptions(b);
    plain.ditMaxSteps = 1;
    train(plain, {});
    const auto original = tensorsOf(b / "vae.safetensors");

    TrainOptions added = toyOptions(b);
    added.resume = true;
    added.ditMaxSteps = 1;
    added.decoderSteps = 4;
    added.resumeChanges = {"decoder_steps"};
    bool stepped = false;
    train(added, [&](const TrainEvent& e) { stepped = stepped || (e.stage == "decoder" && e.step == 1); },
          [&] { return stepped; });
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(b / "run.json"))["stages"]["decoder"]["step"], 1);
    added.resumeChanges.clear();  // the run now records decoder_steps 4
    added.decoderSteps = 0;
    train(added, {});

    for (const char* file : {"vae.safetensors", "dit.safetensors", "dit.ema.safetensors", "text_encoder.safetensors"}) {
        SafetensorsFile fa((a / file).string()), fb((b / file).string());
        ASSERT_EQ(fa.tensors().size(), fb.tensors().size()) << file;
        for (const auto& t : fa.tensors())
            EXPECT_TRUE(torch::equal(loadTensor(fa, t.name), loadTensor(fb, t.name))) << file << " " << t.name;
    }
    const auto atFour = tensorsOf(b / "vae.safetensors");
    for (const auto& [name, t] : atFour)
        if (name.rfind("encoder.", 0) == 0 || name.rfind("conv1.", 0) == 0)
            EXPECT_TRUE(torch::equal(t, original.at(name))) << name;
    EXPECT_GT(changedDecoderTensors(atFour, original), 0);
    auto j = nlohmann::json::parse(std::ifstream(b / "run.json"));
    EXPECT_EQ(j["stages"]["decoder"]["step"], 4);
    EXPECT_EQ(j["sizes"]["decoder_steps"], 4);
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(b / "bundle" / "model.json"))["training"]["decoder_steps"], 4);

    // A run folder kept without decoder.optim.pt (as train-runs/ in git) can still refine its decoder
    // further: the weights go on, the optimiser's moments start again, and the resume says so.
    fs::remove(b / "decoder.optim.pt");
    TrainOptions more = toyOptions(b);
    more.resume = true;
    more.ditMaxSteps = 1;
    more.decoderSteps = 6;
    more.resumeChanges = {"decoder_steps"};
    std::string resumeNote;
    train(more, [&](const TrainEvent& e) {
        if (e.stage == "decoder" && e.message.find("resumed") != std::string::npos) resumeNote = e.message;
    });
    EXPECT_NE(resumeNote.find("without decoder.optim.pt"), std::string::npos) << resumeNote;
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(b / "run.json"))["stages"]["decoder"]["step"], 6);
    EXPECT_TRUE(fs::exists(b / "decoder.optim.pt"));
    EXPECT_GT(changedDecoderTensors(tensorsOf(b / "vae.safetensors"), atFour), 0);

    // Sizes fixed at the start cannot be changed by a resume.
    TrainOptions wrong = toyOptions(b);
    wrong.resume = true;
    wrong.resumeChanges = {"vae_dim"};
    EXPECT_NE(errorOf([&] { train(wrong, {}); }).find("vae_dim is fixed when the run starts"), std::string::npos);
    fs::remove_all(a);
    fs::remove_all(b);
}

// --decoder-dim on a resume widens the trained decoder (same output at first) and starts the decoder
// refinement again; the previous decoder is kept, and the bundle it exports loads and generates.
TEST(Train, WideningTheDecoderKeepsItsOutputAndStartsTheRefinementAgain) {
    const auto d = tempDir("widen");
    TrainOptions o = toyOptions(d);
    o.decoderSteps = 2;
    o.ditMaxSteps = 1;
    train(o, {});
    SafetensorsFile narrowFile((d / "vae.safetensors").string());
    WanVAE narrow(VaeConfig::fromJson(nlohmann::json::parse(narrowFile.metadata().at("config"))));
    train_detail::loadModule(*narrow, (d / "vae.safetensors").string(), torch::kCPU);
    const std::string narrowBytes = fileText(d / "vae.safetensors");

    TrainOptions widen = toyOptions(d);
    widen.resume = true;
    widen.ditMaxSteps = 1;
    widen.decoderDim = 8;  // the VAE's base is 4
    widen.decoderSteps = 2;
    widen.resumeChanges = {"decoder_dim", "decoder_steps"};
    train(widen, {}, [] { return true; });  // stop before any step: only the widening happens
    auto j = nlohmann::json::parse(std::ifstream(d / "run.json"));
    ASSERT_EQ(j["decoder_widenings"].size(), 1u);
    EXPECT_EQ(j["decoder_widenings"][0]["from_dim"], 4);
    EXPECT_EQ(j["decoder_widenings"][0]["to_dim"], 8);
    EXPECT_EQ(j["decoder_widenings"][0]["from_step"], 2);
    EXPECT_EQ(j["stages"].value("decoder", nlohmann::json{{"step", 0}})["step"], 0);  // starts again
    EXPECT_FALSE(fs::exists(d / "decoder.optim.pt"));
    EXPECT_TRUE(fs::exists(d / "decoder-before-widen-2" / "decoder.optim.pt"));
    EXPECT_EQ(fileText(d / "decoder-before-widen-2" / "vae.safetensors"), narrowBytes);

    SafetensorsFile wideFile((d / "vae.safetensors").string());
    const auto wideConfig = nlohmann::json::parse(wideFile.metadata().at("config"));
    EXPECT_EQ(wideConfig["dec_dim"], 8);
    WanVAE wide(VaeConfig::fromJson(wideConfig));
    train_detail::loadModule(*wide, (d / "vae.safetensors").string(), torch::kCPU);
    {
        torch::NoGradGuard noGrad;
        torch::Tensor z = torch::randn({1, 4, 3, 8, 8}), mean = torch::zeros({4}), invStd = torch::ones({4});
        torch::Tensor a = narrow->decode(z, mean, invStd), b = wide->decode(z, mean, invStd);
        EXPECT_EQ(b.sizes(), a.sizes());
        EXPECT_LT((a - b).abs().max().item<double>(), 1e-5);
    }

    // The refinement then trains the wide decoder, and the bundle carries it.
    widen.resumeChanges.clear();
    train(widen, {});
    j = nlohmann::json::parse(std::ifstream(d / "run.json"));
    EXPECT_EQ(j["stages"]["decoder"]["step"], 2);
    EXPECT_EQ(j["sizes"]["decoder_dim"], 8);
    SafetensorsFile bundleVae((d / "bundle" / "vae.safetensors").string());
    EXPECT_EQ(nlohmann::json::parse(bundleVae.metadata().at("config"))["dec_dim"], 8);
    auto model = Model::load((d / "bundle").string(), "cpu");
    EXPECT_EQ(model->generate(toyRequest()).clip.frames.size(), 5u);

    // A decoder is never narrowed.
    TrainOptions narrower = toyOptions(d);
    narrower.resume = true;
    narrower.decoderDim = 6;
    narrower.resumeChanges = {"decoder_dim"};
    EXPECT_NE(errorOf([&] { train(narrower, {}); }).find("can only be widened"), std::string::npos);
    fs::remove_all(d);
}

// --restart-dit starts the DiT stage again on the run's VAE, here with half the patch (four times the
// tokens): the old DiT is kept, the new one starts from its EMA weights with the patch embedding and
// head resampled, and the bundle it exports generates.
TEST(Train, RestartedDitChangesThePatchAndStartsFromTheKeptWeights) {
    const auto d = tempDir("restart");
    TrainOptions first = toyOptions(d);
    first.ditMaxSteps = 2;
    train(first, {});
    const auto vaeBefore = fs::last_write_time(d / "vae.safetensors");

    // Without --restart-dit the patch is fixed, and the message says how to change it.
    TrainOptions wrong = toyOptions(d);
    wrong.resume = true;
    wrong.ditPatch = 2;
    wrong.resumeChanges = {"dit_patch"};
    EXPECT_NE(errorOf([&] { train(wrong, {}); }).find("restart its DiT with --restart-dit"), std::string::npos);
    wrong.restartDit = true;
    wrong.ditPatch = 3;  // does not tile the 16x16 latents of 64x64 clips
    EXPECT_NE(errorOf([&] { train(wrong, {}); }).find("does not tile"), std::string::npos);

    TrainOptions restart = toyOptions(d);
    restart.resume = true;
    restart.restartDit = true;
    restart.ditPatch = 2;
    restart.ditMaxSteps = 3;
    restart.resumeChanges = {"dit_patch"};
    EXPECT_NE(errorOf([&] { train(restart, {}); }).find("give --token-budget 1008 or more"), std::string::npos);
    restart.tokenBudget = 1008;
    restart.tokensPerStep = 600;
    restart.resumeChanges = {"dit_patch", "token_budget", "tokens_per_step"};
    std::vector<std::string> notes;
    train(restart, [&](const TrainEvent& e) {
        if (e.stage == "dit" && !e.message.empty()) notes.push_back(e.message);
    });
    const fs::path kept = d / "dit-before-restart-2";
    for (const char* f : {"dit.safetensors", "dit.ema.safetensors", "text_encoder.ema.safetensors", "dit.optim.pt"})
        EXPECT_TRUE(fs::exists(kept / f)) << f;
    EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const std::string& n) {
        return n.find("step 2's files are kept in dit-before-restart-2; its data is drawn at offset 2") != std::string::npos;
    }));
    EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const std::string& n) {
        return n.find("starting from the EMA weights kept in dit-before-restart-2 (patch embedding and head resampled from "
                      "patch 4 to 2)") != std::string::npos;
    }));
    EXPECT_EQ(fs::last_write_time(d / "vae.safetensors"), vaeBefore);  // the VAE is not trained again
    auto j = nlohmann::json::parse(std::ifstream(d / "run.json"));
    EXPECT_EQ(j["stages"]["dit"]["step"], 3);  // counted from the restart
    EXPECT_EQ(j["sizes"]["dit_patch"], 2);
    EXPECT_EQ(j["sizes"]["token_budget"], 1008);
    EXPECT_EQ(j["sizes"]["tokens_per_step"], 600);
    ASSERT_EQ(j["dit_restarts"].size(), 1u);
    EXPECT_EQ(j["dit_restarts"][0]["from_step"], 2);
    EXPECT_EQ(j["dit_restarts"][0]["dit_patch_before"], 4);
    // The restarted DiT draws its data after the 2 steps the kept one trained on, and the bundle says
    // where its data ends.
    EXPECT_EQ(j["dit_restarts"][0]["data_offset"], 2);
    EXPECT_EQ(j["dit_data_offset"], 2);
    auto mj = nlohmann::json::parse(std::ifstream(d / "bundle" / "model.json"));
    EXPECT_EQ(mj["training"]["dit_data_offset"], 2);
    EXPECT_EQ(mj["training"]["dit_data_end"], 5);
    SafetensorsFile bundleDit((d / "bundle" / mj["components"]["dit"]["file"].get<std::string>()).string());
    EXPECT_EQ(nlohmann::json::parse(bundleDit.metadata().at("config"))["patch_size"], nlohmann::json({1, 2, 2}));
    auto model = Model::load((d / "bundle").string(), "cpu");
    EXPECT_EQ(model->generate(toyRequest()).clip.frames.size(), 5u);

    // Two restarts at the same step keep both DiTs.
    TrainOptions again = toyOptions(d);
    again.resume = true;
    again.restartDit = true;
    again.ditMaxSteps = 3;
    train(again, {});
    train(again, {});
    EXPECT_TRUE(fs::exists(d / "dit-before-restart-3" / "dit.safetensors"));
    EXPECT_TRUE(fs::exists(d / "dit-before-restart-3-2" / "dit.safetensors"));
    const auto afterThree = nlohmann::json::parse(std::ifstream(d / "run.json"));
    EXPECT_EQ(afterThree["dit_restarts"].size(), 3u);
    EXPECT_EQ(afterThree["dit_restarts"][1]["data_offset"], 5);  // 2 + 3 steps
    EXPECT_EQ(afterThree["dit_data_offset"], 8);                 // 5 + 3 steps
    // The resampled start: on an input flat in space and time every token of both DiTs carries the same
    // state, so each frame's mean output agrees; the patch embedding and head are what differ.
    SafetensorsFile old((kept / "dit.ema.safetensors").string());
    auto oldConfig = DitConfig::fromJson(nlohmann::json::parse(old.metadata().at("config")));
    auto newConfigJson = nlohmann::json::parse(old.metadata().at("config"));
    newConfigJson["patch_size"] = {1, 2, 2};
    WanModel before(oldConfig), after(DitConfig::fromJson(newConfigJson));
    train_detail::loadModule(*before, (kept / "dit.ema.safetensors").string(), torch::kCPU);
    train_detail::loadResampledDit(*after, (kept / "dit.ema.safetensors").string(), torch::kCPU);
    before->eval();
    after->eval();
    torch::NoGradGuard noGrad;
    torch::manual_seed(3);
    auto flat = torch::randn({oldConfig.inDim, 1, 1, 1}).expand({oldConfig.inDim, 2, 8, 8}).contiguous();
    auto ctx = torch::randn({3, oldConfig.textDim});
    auto t = torch::tensor({400.0f});
    auto a = before->forward({flat}, t, {ctx})[0], b = after->forward({flat}, t, {ctx})[0];
    EXPECT_TRUE(torch::allclose(a.mean({2, 3}), b.mean({2, 3}), 1e-4, 1e-5));
    EXPECT_GT((a - a.mean({2, 3}, true)).abs().max().item<double>(), 1e-3);  // the old head's output is not flat itself
    // Larger patches: a kernel spread over more positions keeps its response to a flat input.
    auto k = torch::randn({5, 3, 1, 2, 2});
    EXPECT_TRUE(torch::allclose(train_detail::resamplePatchKernel(k, 4).sum({3, 4}), k.sum({3, 4}), 1e-5, 1e-6));
    auto h = torch::randn({2 * 2 * 3, 7});
    EXPECT_TRUE(torch::allclose(train_detail::resampleHeadRows(h, 2, 4, 3).view({4, 4, 3, 7}).mean({0, 1}),
                                h.view({2, 2, 3, 7}).mean({0, 1}), 1e-5, 1e-6));
    fs::remove_all(d);
}

// --dit-from: a restarted DiT starts from a bundle's weights (a shipped model whose run folder is
// gone goes on training); a bundle that does not fit the run is refused before the run is touched.
TEST(Train, RestartFromABundleStartsFromItsWeightsAndRefusesOneThatDoesNotFit) {
    const auto d = tempDir("ditfrom");
    const fs::path b = tempDir("ditfrom_bundle");
    TrainOptions first = toyOptions(d);
    first.ditMaxSteps = 2;
    train(first, {});
    fs::copy(d / "bundle", b, fs::copy_options::recursive);
    // The bundle's DiT made unmistakable: every weight moved by about 0.5, far from the run's own.
    auto mj = nlohmann::json::parse(std::ifstream(b / "model.json"));
    const fs::path ditFile = b / mj["components"]["dit"]["file"].get<std::string>();
    const auto config = nlohmann::json::parse(SafetensorsFile(ditFile.string()).metadata().at("config"));
    WanModel shifted(DitConfig::fromJson(config));
    train_detail::loadModule(*shifted, ditFile.string(), torch::kCPU);
    {
        torch::NoGradGuard noGrad;
        torch::manual_seed(5);
        for (auto& p : shifted->parameters()) p.add_(0.5 * torch::randn_like(p));
    }
    train_detail::saveModule(*shifted, ditFile.string(), config, torch::kFloat16, {});
    TrainOptions more = toyOptions(d);
    more.resume = true;
    more.ditMaxSteps = 4;
    train(more, {});

    auto restartFrom = [&](const fs::path& bundle) {
        TrainOptions r = toyOptions(d);
        r.resume = true;
        r.restartDit = true;
        r.ditFrom = bundle.string();
        r.ditMaxSteps = 1;
        std::vector<std::string> notes;
        train(r, [&](const TrainEvent& e) {
            if (!e.message.empty()) notes.push_back(e.message);
        });
        return notes;
    };
    auto restarts = [&] { return nlohmann::json::parse(std::ifstream(d / "run.json"))["dit_restarts"].size(); };
    // Refusals, each naming the difference, with the run left as it was.
    TrainOptions noRestart = toyOptions(d);
    noRestart.resume = true;
    noRestart.ditFrom = b.string();
    EXPECT_NE(errorOf([&] { train(noRestart, {}); }).find("give --resume --restart-dit"), std::string::npos);
    EXPECT_NE(errorOf([&] { restartFrom(d); }).find("no model.json there"), std::string::npos);  // a run folder
    const fs::path wrong = tempDir("ditfrom_wrong");
    fs::copy(b, wrong, fs::copy_options::recursive);
    auto wj = mj;
    wj.erase("training");
    std::ofstream(wrong / "model.json") << wj.dump();
    EXPECT_NE(errorOf([&] { restartFrom(wrong); }).find("was not exported by tessera train"), std::string::npos);
    wj = mj;
    wj["training"]["sizes"]["dit_dim"] = 64;
    std::ofstream(wrong / "model.json") << wj.dump();
    EXPECT_NE(errorOf([&] { restartFrom(wrong); }).find("its dit_dim is 64, the run's is 32"), std::string::npos);
    std::ofstream(wrong / "model.json") << mj.dump();
    std::ofstream(wrong / mj["components"]["tokenizer"]["file"].get<std::string>(), std::ios::app) << "x";
    EXPECT_NE(errorOf([&] { restartFrom(wrong); }).find("its tokenizer is not the run's"), std::string::npos);
    EXPECT_EQ(restarts(), 0u);
    EXPECT_FALSE(fs::exists(d / "dit-before-restart-4"));

    const auto notes = restartFrom(b);
    EXPECT_NE(std::find(notes.begin(), notes.end(), "starting from the weights of the bundle " + fs::absolute(b).string() +
                                                        ", copied into dit-from-bundle"),
              notes.end());
    EXPECT_EQ(restarts(), 1u);
    EXPECT_TRUE(fs::exists(d / "dit-before-restart-4" / "dit.safetensors"));  // the run's own DiT is kept
    auto j = nlohmann::json::parse(std::ifstream(d / "run.json"));
    EXPECT_EQ(j["dit_init"]["folder"], "dit-from-bundle");
    EXPECT_EQ(j["dit_init"]["bundle_dit_steps"], 2);
    EXPECT_EQ(j["stages"]["dit"]["step"], 1);
    EXPECT_EQ(j["dit_data_offset"], 2);  // after the bundle's data (its 2 steps), not the run's 4
    // One warm-up step (rate 1/300 of the peak) from the bundle's weights: still those, to fp16 rounding.
    WanModel now(DitConfig::fromJson(config)), kept(DitConfig::fromJson(config));
    train_detail::loadModule(*now, (d / "dit.safetensors").string(), torch::kCPU);
    train_detail::loadModule(*kept, (d / "dit-before-restart-4" / "dit.ema.safetensors").string(), torch::kCPU);
    auto pn = now->parameters(), ps = shifted->parameters(), pk = kept->parameters();
    double fromBundle = 0, fromKept = 0;
    for (size_t i = 0; i < pn.size(); ++i) {
        fromBundle = std::max(fromBundle, (pn[i] - ps[i]).abs().max().item<double>());
        fromKept = std::max(fromKept, (pn[i] - pk[i]).abs().max().item<double>());
    }
    EXPECT_LT(fromBundle, 5e-3);
    EXPECT_GT(fromKept, 0.5);
    auto exported = nlohmann::json::parse(std::ifstream(d / "bundle" / "model.json"));
    EXPECT_EQ(exported["training"]["dit_init"]["bundle_dit_steps"], 2);

    // A deeper DiT from the same bundle (--layers 3 with --restart-dit): the bundle's one block and two
    // added copies of it; fewer blocks than the bundle's are refused.
    TrainOptions deeper = toyOptions(d);
    deeper.resume = true;
    deeper.restartDit = true;
    deeper.ditFrom = b.string();
    deeper.ditMaxSteps = 1;
    deeper.ditLayers = 3;
    deeper.resumeChanges = {"dit_layers"};
    std::vector<std::string> deeperNotes;
    train(deeper, [&](const TrainEvent& e) {
        if (!e.message.empty()) deeperNotes.push_back(e.message);
    });
    EXPECT_TRUE(std::any_of(deeperNotes.begin(), deeperNotes.end(), [](const std::string& n) {
        return n.find("; 2 blocks added to its 1, each a copy of the one before it with its outputs at zero") != std::string::npos;
    }));
    auto deepConfig = config;
    deepConfig["num_layers"] = 3;
    WanModel deep(DitConfig::fromJson(deepConfig));
    train_detail::loadModule(*deep, (d / "dit.safetensors").string(), torch::kCPU);
    auto deepParams = deep->named_parameters(), shiftedParams = shifted->named_parameters();
    // After one warm-up step: the kept block and an added block's inputs are still the bundle's.
    for (const char* name : {"self_attn.q.weight", "ffn.0.weight"})
        for (int i : {0, 1, 2})
            EXPECT_LT((deepParams["blocks." + std::to_string(i) + "." + name] - shiftedParams[std::string("blocks.0.") + name])
                          .abs()
                          .max()
                          .item<double>(),
                      5e-3)
                << i << " " << name;
    EXPECT_LT(deepParams["blocks.1.ffn.2.weight"].abs().max().item<double>(), 5e-3);  // moved off zero by one step at most
    EXPECT_GT(shiftedParams["blocks.0.ffn.2.weight"].abs().max().item<double>(), 0.5);
    EXPECT_EQ(nlohmann::json::parse(std::ifstream(d / "run.json"))["sizes"]["dit_layers"], 3);
    TrainOptions shallower = deeper;
    shallower.ditLayers = 1;
    const fs::path deepB = tempDir("ditfrom_deep");
    fs::copy(d / "bundle", deepB, fs::copy_options::recursive);
    shallower.ditFrom = deepB.string();
    EXPECT_NE(errorOf([&] { train(shallower, {}); }).find("its dit_layers is 3, the run's is 1"), std::string::npos);
    fs::remove_all(deepB);
    fs::remove_all(d);
    fs::remove_all(b);
    fs::remove_all(wrong);
}

// Blocks added to a trained DiT start as copies of the kept ones with their outputs at zero, so the
// deeper DiT's first forward equals the old one's; the added blocks are in the forward (moving one
// of their outputs changes it).
TEST(Train, DeepenedDitComputesWhatTheKeptOneDid) {
    using train_detail::deepenedBlocks;
    auto layout = [](int64_t from, int64_t to) {
        std::string s;
        for (const auto& b : deepenedBlocks(from, to)) s += std::to_string(b.from) + (b.added ? "+ " : " ");
        return s;
    };
    EXPECT_EQ(layout(6, 10), "0 0+ 1 1+ 2 3 3+ 4 4+ 5 ");
    EXPECT_EQ(layout(3, 6), "0 0+ 1 1+ 2 2+ ");
    EXPECT_EQ(layout(2, 2), "0 1 ");
    EXPECT_EQ(layout(1, 3), "0 0+ 0+ ");
    EXPECT_NE(errorOf([&] { deepenedBlocks(3, 2); }).find("may only add blocks"), std::string::npos);

    const auto d = tempDir("deepen");
    fs::create_directories(d);
    nlohmann::json cj = {{"model_type", "t2v"}, {"patch_size", {1, 2, 2}}, {"text_len", 8},  {"in_dim", 4},
                         {"dim", 32},           {"ffn_dim", 64},         {"freq_dim", 32}, {"text_dim", 16},
                         {"out_dim", 4},        {"num_heads", 2},        {"num_layers", 2}, {"window_size", {-1, -1}},
                         {"qk_norm", true},     {"cross_attn_norm", true}, {"eps", 1e-6}};
    torch::manual_seed(11);
    WanModel shallow(DitConfig::fromJson(cj));
    train_detail::saveModule(*shallow, (d / "dit.safetensors").string(), cj, torch::kFloat32, {});
    cj["num_layers"] = 5;
    WanModel deep(DitConfig::fromJson(cj));
    train_detail::loadResampledDit(*deep, (d / "dit.safetensors").string(), torch::kCPU);
    shallow->eval();
    deep->eval();
    torch::NoGradGuard noGrad;
    auto x = torch::randn({4, 3, 8, 8});
    auto ctx = torch::randn({5, 16});
    auto t = torch::tensor({600.0f});
    auto a = shallow->forward({x}, t, {ctx})[0], b = deep->forward({x}, t, {ctx})[0];
    EXPECT_TRUE(torch::allclose(a, b, 1e-5, 1e-6)) << (a - b).abs().max().item<double>();
    EXPECT_GT(a.abs().max().item<double>(), 0.1);
    const auto layers = deepenedBlocks(2, 5);
    for (size_t j = 0; j < layers.size(); ++j)
        if (layers[j].added) {
            auto p = deep->named_parameters()["blocks." + std::to_string(j) + ".ffn.2.weight"];
            p.normal_(0, 0.1);
            break;
        }
    EXPECT_GT((deep->forward({x}, t, {ctx})[0] - a).abs().max().item<double>(), 1e-3);
    fs::remove_all(d);
}

// The words of Shapes World captions, each of which a BPE tokenizer trained on the caption corpus
// makes one piece (a unigram one split "black" into "bl" + "ack", the "ack" of "background").
const std::vector<std::string> kCaptionWords{"a",      "small", "large",  "red",     "yellow",   "green",    "cyan",
                                             "blue",   "magenta", "white", "black",  "gray",     "circle",   "square",
                                             "triangle", "moving", "left", "right",  "up",       "down",     "standing",
                                             "still",  "bouncing", "to",  "the",     "of",       "above",    "on",
                                             "background"};

TEST(Train, RestartWithANewTokenizerTrainsItAgainAndStartsTheTextEncoderNew) {
    const auto d = tempDir("tokenizer");
    TrainOptions first = toyOptions(d);
    first.tokenizerType = "unigram";
    first.ditMaxSteps = 2;
    train(first, {});
    const Tokenizer before((d / "tokenizer.model").string());
    EXPECT_GT(before.tokenCount("black"), 2);  // more than one piece and </s>

    // Without --restart-dit the tokenizer is fixed; an unknown type is refused by name.
    TrainOptions wrong = toyOptions(d);
    wrong.resume = true;
    wrong.resumeChanges = {"tokenizer"};
    EXPECT_NE(errorOf([&] { train(wrong, {}); }).find("restart its DiT with --restart-dit"), std::string::npos);
    wrong.restartDit = true;
    wrong.tokenizerType = "wordpiece";
    EXPECT_NE(errorOf([&] { train(wrong, {}); }).find("'wordpiece'"), std::string::npos);

    TrainOptions restart = toyOptions(d);
    restart.resume = true;
    restart.restartDit = true;
    restart.ditMaxSteps = 3;
    restart.resumeChanges = {"tokenizer"};
    std::vector<std::string> stages, notes;
    train(restart, [&](const TrainEvent& e) {
        if (stages.empty() || stages.back() != e.stage) stages.push_back(e.stage);
        if (!e.message.empty()) notes.push_back(e.message);
    });
    EXPECT_EQ(stages, (std::vector<std::string>{"dit", "tokenizer", "dit"}));  // the VAE is not trained again
    EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const std::string& n) {
        return n.find("the text encoder starts new, for the new bpe tokenizer") != std::string::npos;
    }));
    const Tokenizer after((d / "tokenizer.model").string());
    for (const auto& w : kCaptionWords) EXPECT_EQ(after.tokenCount(w), 2) << w;  // one piece and </s>
    // The old DiT keeps the tokenizer its text encoder reads; the new text encoder reads the new one.
    const fs::path kept = d / "dit-before-restart-2";
    EXPECT_EQ(Tokenizer((kept / "tokenizer.model").string()).tokenCount("black"), before.tokenCount("black"));
    auto j = nlohmann::json::parse(std::ifstream(d / "run.json"));
    EXPECT_EQ(j["sizes"]["tokenizer"], "bpe");
    EXPECT_EQ(j["dit_init"]["tokenizer"], "unigram");
    EXPECT_EQ(j["dit_restarts"][0]["tokenizer_before"], "unigram");
    EXPECT_EQ(j["vocab_size"], after.vocabSize());
    SafetensorsFile t5((d / "text_encoder.safetensors").string());
    EXPECT_EQ(nlohmann::json::parse(t5.metadata().at("config"))["vocab"], after.vocabSize());
    // The DiT started from the kept one: its weights are close to the old ones after one step, not new.
    SafetensorsFile oldDit((kept / "dit.ema.safetensors").string()), newDit((d / "dit.safetensors").string());
    const TensorView* largest = &oldDit.tensors().front();  // a weight matrix, not a zero-started bias
    for (const auto& t : oldDit.tensors())
        if (t.numel() > largest->numel()) largest = &t;
    auto wOld = loadTensor(oldDit, largest->name), wNew = loadTensor(newDit, largest->name);
    EXPECT_LT((wNew - wOld).abs().max().item<double>(), 0.1 * wOld.abs().max().item<double>()) << largest->name;
    auto model = Model::load((d / "bundle").string(), "cpu");
    EXPECT_EQ(model->generate(toyRequest()).clip.frames.size(), 5u);
    fs::remove_all(d);
}

TEST(Train, BadRunFoldersGiveClearErrors) {
    const auto d = tempDir("bad");
    TrainOptions o = toyOptions(d);
    o.resume = true;
    EXPECT_NE(errorOf([&] { train(o, {}); }).find("without --resume"), std::string::npos);
    fs::create_directories(d);
    std::ofstream(d / "run.json") << "{ not json";
    EXPECT_NE(errorOf([&] { train(o, {}); }).find("damaged"), std::string::npos);
    o.resume = false;
    EXPECT_NE(errorOf([&] { train(o, {}); }).find("already holds a run"), std::string::npos);
    fs::remove_all(d);
}
