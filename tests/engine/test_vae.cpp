// The Wan 2.1 VAE (engine/src/models/vae.cpp): config, frame counts, chunking and tiling
// equivalences, other configurations, loading errors and cancellation. The official outputs
// themselves are checked by Wan21/GoldenCase (vae, vae_image).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <set>
#include <string>

#include "io/state_dict.h"
#include "io/tensor_io.h"
#include "models/vae.h"
#include "tessera/engine.h"
#include "tessera/safetensors.h"

using namespace tessera;

namespace {

const std::string kDir = TESSERA_TESTDATA_DIR;

struct GoldenVae {
    SafetensorsFile weights{kDir + "/vae.weights.safetensors"};
    SafetensorsFile io{kDir + "/vae.io.safetensors"};
    WanVAE vae{nullptr};
    torch::Tensor mean, invStd;

    GoldenVae() {
        initEngine();
        vae = WanVAE(VaeConfig::fromJson(nlohmann::json::parse(*weights.meta("config"))));
        load(vae, weights, "");
        vae->eval();
        mean = loadTensor(io, "in.scale_mean");
        invStd = loadTensor(io, "in.scale_inv_std");
    }

    // Loads `file` into `model`, pretending the tensor `hidden` is absent.
    static void load(WanVAE& model, const SafetensorsFile& file, const std::string& hidden) {
        std::vector<std::string> names;
        for (const auto& t : file.tensors())
            if (t.name != hidden) names.push_back(t.name);
        loadStateDict(
            *model, [&](const std::string& n) { return n == hidden ? nullptr : file.find(n); }, names, LoadOptions{},
            file.path());
    }
};

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    EXPECT_EQ(a.sizes(), b.sizes());
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

VaeConfig smallConfig() {
    VaeConfig c;
    c.dim = 4;
    c.zDim = 2;
    c.dimMult = {1, 2, 2, 2};
    c.numResBlocks = 1;
    c.attnScales = {1.0};
    c.temperalDownsample = {false, false, true};
    c.validate();
    return c;
}

}  // namespace

TEST(VaeConfig, ReadsOfficialArgumentsAndNamesBadFields) {
    auto j = nlohmann::json::parse(R"({"attn_scales": [], "dim": 8, "dim_mult": [1, 2, 4, 4], "dropout": 0.0,
        "num_res_blocks": 2, "temperal_downsample": [false, true, true], "z_dim": 4})");
    VaeConfig c = VaeConfig::fromJson(j);
    EXPECT_EQ(c.dim, 8);
    EXPECT_EQ(c.zDim, 4);
    EXPECT_EQ(c.dimMult, (std::vector<int64_t>{1, 2, 4, 4}));
    EXPECT_EQ(c.temperalDownsample, (std::vector<bool>{false, true, true}));
    EXPECT_EQ(c.spatialFactor(), 8);
    EXPECT_EQ(c.temporalFactor(), 4);

    auto expectError = [](nlohmann::json bad, const std::string& field) {
        try {
            VaeConfig::fromJson(bad);
            ADD_FAILURE() << "accepted a bad '" << field << "'";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what();
        }
    };
    auto bad = j;
    bad["temperal_downsample"] = {true};
    expectError(bad, "temperal_downsample");
    bad = j;
    bad["z_dim"] = 0;
    expectError(bad, "z_dim");
    bad = j;
    bad["dim"] = "8";
    expectError(bad, "dim");
    bad = j;
    bad["zdim"] = 4;
    expectError(bad, "zdim");
}

TEST(VaeConfig, FrameCountRule) {
    VaeConfig c;  // released Wan 2.1: 4 frames per latent frame after the first
    EXPECT_EQ(c.latentFrames(1), 1);
    EXPECT_EQ(c.latentFrames(5), 2);
    EXPECT_EQ(c.latentFrames(8), 2);
    EXPECT_EQ(c.latentFrames(81), 21);
    EXPECT_EQ(c.validFrameCount(8), 5);
    EXPECT_EQ(c.validFrameCount(81), 81);
    EXPECT_EQ(c.decodedFrames(21), 81);
    EXPECT_THROW(c.latentFrames(0), std::invalid_argument);
}

TEST(VaeModel, ModuleNamesAreTheCheckpointKeys) {
    GoldenVae g;
    std::set<std::string> ours, theirs;
    for (const auto& p : g.vae->named_parameters()) ours.insert(p.key());
    for (const auto& b : g.vae->named_buffers()) ours.insert(b.key());
    for (const auto& t : g.weights.tensors()) theirs.insert(t.name);
    EXPECT_EQ(ours, theirs);
}

TEST(VaeModel, MissingTensorErrorNamesIt) {
    GoldenVae g;
    WanVAE fresh(g.vae->config());
    const std::string hidden = "decoder.upsamples.3.time_conv.weight";
    try {
        GoldenVae::load(fresh, g.weights, hidden);
        FAIL() << "loading without " << hidden << " succeeded";
    } catch (const TensorFileError& e) {
        EXPECT_NE(std::string(e.what()).find(hidden), std::string::npos) << e.what();
    }
}

TEST(VaeEncode, DropsTrailingFramesBeyondOnePlusFourK) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor x = loadTensor(g.io, "in.x");  // [1, 3, 9, 32, 48]
    torch::Tensor mu8 = g.vae->encode(x.narrow(2, 0, 8), g.mean, g.invStd);
    torch::Tensor mu5 = g.vae->encode(x.narrow(2, 0, 5), g.mean, g.invStd);
    EXPECT_EQ(mu8.sizes(), (std::vector<int64_t>{1, 4, 2, 4, 6}));
    EXPECT_EQ(maxAbsDiff(mu8, mu5), 0.0);  // frames 5..7 are not read
}

TEST(VaeEncode, ChunkingDoesNotChangeResult) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor x = loadTensor(g.io, "in.x"), ref = loadTensor(g.io, "out.mu");
    EncodeOptions whole;  // frames [0], [1..8] instead of [0], [1..4], [5..8]
    whole.chunkLatentFrames = 2;
    torch::Tensor official = g.vae->encode(x, g.mean, g.invStd);
    torch::Tensor wholeMu = g.vae->encode(x, g.mean, g.invStd, nullptr, nullptr, whole);
    EXPECT_LE(maxAbsDiff(official, ref), 2e-5);
    EXPECT_LE(maxAbsDiff(wholeMu, ref), 2e-5);
}

TEST(VaeDecode, ChunkingAndStreamingDoNotChangeResult) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor z = loadTensor(g.io, "in.z"), ref = loadTensor(g.io, "out.decoded");  // 3 latent -> 9 frames
    const double limit = 2e-5 * std::max(1.0, ref.abs().max().item<double>());
    torch::Tensor perFrame = g.vae->decode(z, g.mean, g.invStd);
    EXPECT_EQ(perFrame.sizes(), (std::vector<int64_t>{1, 3, 9, 32, 48}));  // 1 + 4 * (3 - 1)
    EXPECT_LE(maxAbsDiff(perFrame, ref), limit);

    DecodeOptions whole;  // latent frames [0], [1, 2]: the README's whole-sequence equivalent
    whole.chunkLatentFrames = 2;
    EXPECT_LE(maxAbsDiff(g.vae->decode(z, g.mean, g.invStd, whole), ref), limit);

    DecodeOptions streamed;
    std::vector<torch::Tensor> parts;
    std::vector<int64_t> starts;
    streamed.onFrames = [&](const torch::Tensor& frames, int64_t first) {
        parts.push_back(frames.clone());
        starts.push_back(first);
    };
    EXPECT_FALSE(g.vae->decode(z, g.mean, g.invStd, streamed).defined());
    EXPECT_EQ(starts, (std::vector<int64_t>{0, 1, 5}));
    EXPECT_LE(maxAbsDiff(torch::cat(parts, 2), ref), limit);
}

TEST(VaeDecode, TiledMatchesUntiled) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::manual_seed(7);
    torch::Tensor z = torch::randn({1, 4, 2, 20, 40});  // -> [1, 3, 5, 160, 320]
    torch::Tensor untiled = g.vae->decode(z, g.mean, g.invStd);
    auto tiledDecode = [&](int64_t tile, int64_t overlap, DecodeOptions opt = {}) {
        opt.tiling.tileLatent = tile;
        opt.tiling.overlapLatent = overlap;
        return g.vae->decode(z, g.mean, g.invStd, opt);
    };
    // An overlap of 16 latent pixels covers the decoder's reach (50 output pixels), so tiling only
    // changes float rounding; with 8 the blend still keeps seams below 1e-2.
    const double errWide = maxAbsDiff(tiledDecode(32, 16), untiled);
    const double errNarrow = maxAbsDiff(tiledDecode(16, 8), untiled);
    std::cout << "tiled vs untiled decode of a 20x40 latent (max|ref| " << untiled.abs().max().item<double>()
              << "): tile 32/16 max abs " << errWide << ", tile 16/8 max abs " << errNarrow << "\n";
    EXPECT_LE(errWide, 1e-5);
    EXPECT_LE(errNarrow, 1e-2);

    // Tiles run one after the other through the whole duration, so they cannot stream frames.
    DecodeOptions streamed;
    streamed.onFrames = [](const torch::Tensor&, int64_t) {};
    try {
        tiledDecode(16, 8, streamed);
        FAIL() << "a tiled decode accepted onFrames";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("onFrames"), std::string::npos) << e.what();
    }
}

TEST(VaeEncode, TiledMatchesUntiled) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::manual_seed(8);
    torch::Tensor x = torch::rand({1, 3, 5, 160, 320}) * 2 - 1;
    torch::Tensor untiled = g.vae->encode(x, g.mean, g.invStd);
    auto tiledEncode = [&](int64_t tile, int64_t overlap) {
        EncodeOptions opt;
        opt.tiling.tileLatent = tile;
        opt.tiling.overlapLatent = overlap;
        return g.vae->encode(x, g.mean, g.invStd, nullptr, nullptr, opt);
    };
    const double errWide = maxAbsDiff(tiledEncode(32, 16), untiled);
    const double errNarrow = maxAbsDiff(tiledEncode(16, 8), untiled);
    std::cout << "tiled vs untiled encode of 160x320 (max|ref| " << untiled.abs().max().item<double>()
              << "): tile 32/16 max abs " << errWide << ", tile 16/8 max abs " << errNarrow << "\n";
    EXPECT_LE(errWide, 1e-5);
    EXPECT_LE(errNarrow, 1e-2);
}

TEST(VaeDecode, RejectsOverlapAboveHalfTheTile) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    DecodeOptions opt;
    opt.tiling.tileLatent = 8;
    opt.tiling.overlapLatent = 5;
    try {
        g.vae->decode(torch::zeros({1, 4, 1, 20, 20}), g.mean, g.invStd, opt);
        FAIL() << "accepted an overlap of 5 for tiles of 8";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("overlapLatent"), std::string::npos) << e.what();
    }
}

TEST(VaeModel, OtherConfigurationBuildsAndRuns) {
    // 3 stages down (8x), one temporal downsample (2x), attention at scale 1 in both halves.
    initEngine();
    torch::NoGradGuard noGrad;
    torch::manual_seed(3);
    WanVAE vae(smallConfig());
    vae->eval();
    EXPECT_EQ(vae->config().temporalFactor(), 2);
    bool hasAttention = false;
    for (const auto& p : vae->named_parameters())
        hasAttention = hasAttention || p.key().find(".to_qkv.") != std::string::npos;
    EXPECT_TRUE(hasAttention);

    torch::Tensor mean = torch::zeros({2}), invStd = torch::ones({2});
    torch::Tensor x = torch::rand({2, 3, 5, 32, 40}) * 2 - 1;
    torch::Tensor logVar;
    torch::Tensor mu = vae->encode(x, mean, invStd, nullptr, &logVar);
    EXPECT_EQ(mu.sizes(), (std::vector<int64_t>{2, 2, 3, 4, 5}));  // 1 + (5 - 1) / 2 latent frames
    EXPECT_EQ(logVar.sizes(), mu.sizes());
    torch::Tensor video = vae->decode(mu, mean, invStd);
    EXPECT_EQ(video.sizes(), (std::vector<int64_t>{2, 3, 5, 32, 40}));  // 1 + 2 * (3 - 1) frames
    EXPECT_TRUE(torch::isfinite(video).all().item<bool>());

    DecodeOptions clamp;
    clamp.clamp = true;
    torch::Tensor clamped = vae->decode(mu, mean, invStd, clamp);
    EXPECT_LE(clamped.abs().max().item<double>(), 1.0);
    EXPECT_EQ(maxAbsDiff(clamped, video.clamp(-1, 1)), 0.0);
}

TEST(VaeDecode, CancelStopsWithClearError) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor z = loadTensor(g.io, "in.z");  // 3 latent frames = 3 chunks
    int calls = 0;
    DecodeOptions opt;
    opt.progress = [&](int64_t done, int64_t total) {
        ++calls;
        EXPECT_EQ(total, 3);
        return done < 2;
    };
    try {
        g.vae->decode(z, g.mean, g.invStd, opt);
        FAIL() << "decode ignored the cancel request";
    } catch (const VaeCancelled& e) {
        EXPECT_NE(std::string(e.what()).find("cancelled by the caller after chunk 2 of 3"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(calls, 2);
}

TEST(VaeDecode, RejectsWrongLatentShapes) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    try {
        g.vae->decode(torch::zeros({1, 16, 2, 4, 6}), g.mean, g.invStd);
        FAIL() << "accepted a 16-channel latent for a 4-channel VAE";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("[1, 16, 2, 4, 6]"), std::string::npos) << e.what();
    }
    EXPECT_THROW(g.vae->decode(torch::zeros({1, 4, 1, 4, 6}), g.mean, torch::ones({16})), std::invalid_argument);
}

TEST(VaeStats, FirstFrameStatisticsApplyToLatentFrameZeroOnly) {
    GoldenVae g;
    torch::NoGradGuard noGrad;
    torch::Tensor x = loadTensor(g.io, "in.x");  // [1, 3, 9, 32, 48] -> 3 latent frames
    torch::Tensor raw;
    g.vae->encode(x, g.mean, g.invStd, &raw);
    const int64_t z = g.mean.size(0);
    auto firstMean = torch::linspace(-0.5, 0.5, z), firstStd = torch::linspace(0.2, 0.4, z);
    auto mean2 = torch::stack({firstMean, g.mean}), invStd2 = torch::stack({1.0 / firstStd, g.invStd});
    torch::Tensor mu = g.vae->encode(x, mean2, invStd2);
    // Frame 0 normalised with row 0, frames 1.. with row 1 (the global statistics).
    auto expect0 = (raw.narrow(2, 0, 1) - firstMean.view({1, z, 1, 1, 1})) / firstStd.view({1, z, 1, 1, 1});
    auto expectRest = (raw.narrow(2, 1, 2) - g.mean.view({1, z, 1, 1, 1})) * g.invStd.view({1, z, 1, 1, 1});
    EXPECT_LE(maxAbsDiff(mu.narrow(2, 0, 1), expect0), 1e-4);
    EXPECT_LE(maxAbsDiff(mu.narrow(2, 1, 2), expectRest), 1e-5);
    // Decode undoes it: the same video as decoding the raw latent with identity statistics.
    auto viaStats = g.vae->decode(mu, mean2, invStd2);
    auto viaRaw = g.vae->decode(raw, torch::zeros({z}), torch::ones({z}));
    EXPECT_LE(maxAbsDiff(viaStats, viaRaw), 1e-4);
    // latentStatTensor builds the same [2, z] from bundle values, and [z] without first-frame values.
    std::vector<float> gm(g.mean.data_ptr<float>(), g.mean.data_ptr<float>() + z);
    std::vector<float> fm(firstMean.data_ptr<float>(), firstMean.data_ptr<float>() + z);
    EXPECT_EQ(maxAbsDiff(latentStatTensor(gm, fm), mean2), 0.0);
    EXPECT_EQ(latentStatTensor(gm, {}).sizes(), (std::vector<int64_t>{z}));
    EXPECT_THROW(g.vae->encode(x, torch::zeros({3, z}), g.invStd), std::invalid_argument);
}

TEST(VaeTraining, GradientsThroughChunkedEncodeDecodeMatchOneChunkAndPlainConvolution) {
    // Training backpropagates through the chunked, cached encode and decode. The gradients must not
    // depend on the chunking, nor on the oneDNN convolution fast path the CPU uses.
    initEngine();
    torch::manual_seed(11);
    WanVAE vae(smallConfig());
    const int64_t z = vae->config().zDim;
    auto zero = torch::zeros({z}), one = torch::ones({z});
    auto video = torch::rand({1, 3, 9, 32, 32}) * 2 - 1;
    auto gradients = [&](int64_t chunk, bool oneDnn) {
        at::globalContext().setUserEnabledMkldnn(oneDnn);
        vae->zero_grad();
        EncodeOptions eo;
        eo.chunkLatentFrames = chunk;
        DecodeOptions dopt;
        dopt.chunkLatentFrames = chunk;
        torch::Tensor mu, logVar;
        vae->encode(video, zero, one, &mu, &logVar, eo);
        auto recon = vae->decode(mu + 0.1 * logVar, zero, one, dopt);
        (recon - video).pow(2).mean().backward();
        std::vector<torch::Tensor> g;
        for (const auto& p : vae->parameters()) g.push_back(p.grad().clone());
        at::globalContext().setUserEnabledMkldnn(true);
        return g;
    };
    auto reference = gradients(1, false), chunked = gradients(1, true), whole = gradients(64, true);
    ASSERT_EQ(reference.size(), whole.size());
    for (size_t i = 0; i < reference.size(); ++i) {
        const double scale = std::max(1e-6, reference[i].abs().max().item<double>());
        EXPECT_LE((chunked[i] - reference[i]).abs().max().item<double>(), 1e-4 * scale) << "parameter " << i;
        EXPECT_LE((whole[i] - reference[i]).abs().max().item<double>(), 1e-4 * scale) << "parameter " << i;
        EXPECT_GT(reference[i].abs().max().item<double>(), 0.0) << "parameter " << i << " gets no gradient";
    }
}

TEST(VaeTraining, OverfitsOneClip) {
    // The encode/decode graph can learn: a tiny VAE fitted to one rendered-like clip (a bright square
    // moving right on a dark background) reconstructs it far better than the mean frame.
    initEngine();
    torch::manual_seed(12);
    VaeConfig c;
    c.dim = 8;
    c.zDim = 4;
    c.numResBlocks = 1;
    c.validate();
    WanVAE vae(c);
    auto zero = torch::zeros({c.zDim}), one = torch::ones({c.zDim});
    auto video = torch::full({1, 3, 5, 32, 32}, -0.8);
    for (int t = 0; t < 5; ++t) video.narrow(2, t, 1).narrow(3, 8, 12).narrow(4, 2 + 3 * t, 12).fill_(0.9);
    torch::optim::Adam opt(vae->parameters(), torch::optim::AdamOptions(4e-3));
    EncodeOptions eo;
    eo.chunkLatentFrames = 8;
    DecodeOptions dopt;
    dopt.chunkLatentFrames = 8;
    double mse = 1;
    for (int step = 0; step < 120; ++step) {
        torch::Tensor mu, logVar;
        vae->encode(video, zero, one, &mu, &logVar, eo);
        auto loss = (vae->decode(mu, zero, one, dopt) - video).pow(2).mean();
        opt.zero_grad();
        loss.backward();
        opt.step();
        mse = loss.item<double>();
    }
    const double meanFrameMse = (video - video.mean()).pow(2).mean().item<double>();
    EXPECT_LT(mse, 0.1 * meanFrameMse);
}


TEST(VaeTraining, GradientsEqualFiniteDifferences) {
    // Every parameter tensor of a tiny VAE (float64, a clip of five frames, so the causal
    // temporal convolutions, down/upsampling and the attention blocks all take part) gets the
    // gradient central differences give, on an element inside the receptive field of the input.
    initEngine();
    torch::manual_seed(5);
    VaeConfig c;
    c.dim = 4;
    c.zDim = 2;
    c.dimMult = {1, 2, 2, 2};
    c.numResBlocks = 1;
    c.attnScales = {1.0};
    c.temperalDownsample = {false, true, true};
    c.validate();
    WanVAE vae(c);
    vae->to(torch::kFloat64);
    auto zero = torch::zeros({c.zDim}, torch::kFloat64), one = torch::ones({c.zDim}, torch::kFloat64);
    auto video = torch::rand({1, 3, 5, 16, 16}, torch::kFloat64) * 2 - 1;
    auto weights = torch::randn({1, 3, 5, 16, 16}, torch::kFloat64);
    auto lossFn = [&]() {
        torch::Tensor mu, logVar;
        vae->encode(video, zero, one, &mu, &logVar);
        return (vae->decode(mu, zero, one) * weights).sum() + logVar.pow(2).sum();
    };
    vae->zero_grad();
    lossFn().backward();
    int checked = 0;
    for (auto& p : vae->named_parameters()) {
        torch::NoGradGuard noGrad;
        auto flat = p.value().view(-1);
        // The last element: for causal temporal kernels the first ones only ever see the zero padding.
        const int64_t i = flat.numel() - 1;
        const double analytic = p.value().grad().view(-1)[i].item<double>();
        const double h = 1e-6, original = flat[i].item<double>();
        flat[i] = original + h;
        const double plus = lossFn().item<double>();
        flat[i] = original - h;
        const double minus = lossFn().item<double>();
        flat[i] = original;
        const double numeric = (plus - minus) / (2 * h);
        EXPECT_NEAR(analytic, numeric, 1e-5 * (1 + std::abs(numeric))) << p.key();
        checked += numeric != 0.0;
    }
    EXPECT_GT(checked, int(vae->named_parameters().size()) * 3 / 4) << "too few elements with a non-zero gradient";
}

TEST(VaeModel, WideningTheDecoderKeepsItsOutputAndLetsTheNewChannelsLearn) {
    initEngine();
    torch::manual_seed(5);
    VaeConfig narrowCfg = smallConfig();  // attention in both halves, a temporal upsample
    WanVAE narrow(narrowCfg);
    {
        // Non-trivial norm gains, so their rescaling is tested too.
        torch::NoGradGuard noGrad;
        for (auto& p : narrow->named_parameters())
            if (p.key().find("gamma") != std::string::npos) p.value().uniform_(0.5, 1.5);
    }
    VaeConfig wideCfg = narrowCfg;
    wideCfg.decDim = 6;  // decoder channels 12 and 6 instead of 8 and 4
    EXPECT_EQ(VaeConfig::fromJson(wideCfg.toJson()).decoderDim(), 6);
    WanVAE wide(wideCfg);
    widenDecoder(*wide, *narrow);
    narrow->eval();
    wide->eval();

    torch::Tensor mean = torch::zeros({2}), invStd = torch::ones({2});
    torch::Tensor x = torch::rand({1, 3, 5, 16, 24}) * 2 - 1;
    torch::Tensor z = torch::randn({1, 2, 3, 2, 3});
    {
        torch::NoGradGuard noGrad;
        EXPECT_EQ(maxAbsDiff(wide->encode(x, mean, invStd), narrow->encode(x, mean, invStd)), 0.0);
        torch::Tensor a = narrow->decode(z, mean, invStd), b = wide->decode(z, mean, invStd);
        EXPECT_GT(a.abs().max().item<double>(), 0.05);
        EXPECT_LT(maxAbsDiff(b, a), 1e-5);
    }
    // The wide decoder really is wider, and its new channels get gradients (they are not dead).
    size_t widened = 0;
    const auto old = narrow->named_parameters();
    for (const auto& p : wide->named_parameters())
        if (!p.value().sizes().equals(old[p.key()].sizes())) ++widened;
    EXPECT_GT(widened, 20u);
    wide->train();
    wide->zero_grad();
    wide->decode(z, mean, invStd).pow(2).mean().backward();
    torch::Tensor g = wide->named_parameters()["decoder.head.2.weight"].grad();
    ASSERT_TRUE(g.defined());
    torch::Tensor grow = wide->named_parameters()["decoder.upsamples.0.residual.2.weight"].grad();
    EXPECT_GT(grow.narrow(0, 8, 4).abs().sum().item<double>(), 0.0);  // rows of channels 8-11, new

    // Narrowing, or any other difference, is refused with the field named.
    WanVAE other(smallConfig());
    EXPECT_THROW(widenDecoder(*other, *wide), std::invalid_argument);
    VaeConfig deeper = wideCfg;
    deeper.numResBlocks = 2;
    WanVAE different(deeper);
    try {
        widenDecoder(*different, *narrow);
        ADD_FAILURE() << "widened into a VAE with more residual blocks";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("dec_dim"), std::string::npos) << e.what();
    }
}
