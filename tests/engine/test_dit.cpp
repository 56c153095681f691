// The Wan 2.1 DiT (engine/src/models/dit.cpp): config parsing, checkpoint key layout, padding and
// batching equivalences, other configurations and dtypes, loading and input errors. The official
// outputs themselves are checked by Wan21/GoldenCase (dit, dit_shape2, dit_batch).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <unistd.h>
#include <filesystem>
#include <set>
#include <string>

#include "io/tensor_io.h"
#include "models/dit.h"
#include "tessera/engine.h"
#include "tessera/safetensors.h"

using namespace tessera;

namespace {

const std::string kDir = TESSERA_TESTDATA_DIR;

nlohmann::json goldenConfigJson(const SafetensorsFile& weights) {
    return nlohmann::json::parse(*weights.meta("config"));
}

struct GoldenDit {
    SafetensorsFile weights{kDir + "/dit.weights.safetensors"};
    SafetensorsFile io{kDir + "/dit.io.safetensors"};
    SafetensorsFile io2{kDir + "/dit_shape2.io.safetensors"};
    WanModel dit{nullptr};

    explicit GoldenDit(torch::Dtype dtype = torch::kFloat32) {
        initEngine();
        LoadOptions options;
        options.dtype = dtype;
        dit = loadWanModel(weights, DitConfig::fromJson(goldenConfigJson(weights)), options);
    }
};

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    EXPECT_EQ(a.sizes(), b.sizes());
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

double relL2(const torch::Tensor& a, const torch::Tensor& ref) {
    auto r = ref.to(torch::kFloat64);
    return (a.to(torch::kFloat64) - r).norm().item<double>() / r.norm().item<double>();
}

// The exception text of `f`, or "" when it does not throw.
template <typename Fn>
std::string errorOf(Fn&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

DitConfig smallConfig() {
    DitConfig c;
    c.patchSize = {1, 2, 2};
    c.textLen = 12;
    c.inDim = 6;
    c.dim = 48;
    c.ffnDim = 96;
    c.freqDim = 16;
    c.textDim = 24;
    c.outDim = 5;
    c.numHeads = 2;
    c.numLayers = 3;
    c.validate();
    return c;
}

}  // namespace

TEST(DitConfig, ReadsOfficialArgumentsAndNamesBadFields) {
    SafetensorsFile weights(kDir + "/dit.weights.safetensors");
    const nlohmann::json j = goldenConfigJson(weights);
    DitConfig c = DitConfig::fromJson(j);
    EXPECT_EQ(c.modelType, "t2v");
    EXPECT_EQ(c.patchSize, (std::array<int64_t, 3>{1, 2, 2}));
    EXPECT_EQ(c.textLen, 16);
    EXPECT_EQ(c.inDim, 4);
    EXPECT_EQ(c.dim, 64);
    EXPECT_EQ(c.ffnDim, 128);
    EXPECT_EQ(c.freqDim, 32);
    EXPECT_EQ(c.textDim, 32);
    EXPECT_EQ(c.outDim, 4);
    EXPECT_EQ(c.numHeads, 4);
    EXPECT_EQ(c.numLayers, 2);
    EXPECT_TRUE(c.qkNorm);
    EXPECT_TRUE(c.crossAttnNorm);
    EXPECT_DOUBLE_EQ(c.eps, 1e-6);
    EXPECT_EQ(c.headDim(), 16);
    EXPECT_EQ(c.patchFeatures(), 16);
    EXPECT_EQ(DitConfig::fromJson(c.toJson()).toJson(), c.toJson());

    auto expectError = [&](const char* key, nlohmann::json value, const std::string& field) {
        nlohmann::json bad = j;
        bad[key] = value;
        std::string msg = errorOf([&] { DitConfig::fromJson(bad); });
        EXPECT_NE(msg.find("'" + field + "'"), std::string::npos)
            << key << "=" << value.dump() << " gave: " << (msg.empty() ? "no error" : msg);
    };
    expectError("num_heads", 5, "num_heads");  // 64 is not a multiple of 5
    expectError("num_heads", 0, "num_heads");
    expectError("dim", 60, "dim");  // 60 / 4 heads = 15: odd head dim
    expectError("freq_dim", 33, "freq_dim");
    expectError("patch_size", {1, 2}, "patch_size");
    expectError("patch_size", {1, 0, 2}, "patch_size");
    expectError("window_size", {4, 4}, "window_size");
    expectError("model_type", "i2v", "model_type");
    expectError("text_len", "16", "text_len");
    expectError("qk_norm", 1, "qk_norm");
    expectError("eps", 0.0, "eps");
    expectError("num_layer", 2, "num_layer");  // misspelt: unknown field
}

TEST(WanModel, ParameterNamesAreTheOfficialStateDictKeys) {
    SafetensorsFile weights(kDir + "/dit.weights.safetensors");
    WanModel dit(DitConfig::fromJson(goldenConfigJson(weights)));
    std::set<std::string> ours, official;
    for (const auto& p : dit->named_parameters()) ours.insert(p.key());
    for (const auto& b : dit->named_buffers()) ours.insert(b.key());
    for (const auto& t : weights.tensors()) official.insert(t.name);
    EXPECT_EQ(ours, official);
    for (const auto& p : dit->named_parameters())
        EXPECT_EQ(shapeString(p.value().sizes()), shapeString(weights.at(p.key()).shape)) << p.key();

    // Without qk_norm / cross_attn_norm the official model has no norm_q, norm_k and norm3 weights.
    DitConfig plain = smallConfig();
    plain.qkNorm = false;
    plain.crossAttnNorm = false;
    WanModel bare(plain);
    for (const auto& p : bare->named_parameters()) {
        EXPECT_EQ(p.key().find("norm"), std::string::npos) << p.key();
    }
}

TEST(WanModel, OutputDoesNotDependOnSeqLenPadding) {
    GoldenDit g;
    torch::NoGradGuard noGrad;
    auto x = loadTensor(g.io, "in.x"), t = loadTensor(g.io, "in.t"), ctx = loadTensor(g.io, "in.context");
    auto exact = g.dit->forward({x}, t, {ctx}, 0)[0];
    auto padded = g.dit->forward({x}, t, {ctx}, 72 + 29)[0];
    const double maxRef = exact.abs().max().item<double>();
    EXPECT_LE(maxAbsDiff(exact, padded), 2e-6 * std::max(1.0, maxRef));
    // And seq_len 0 means exactly the token count: the golden output.
    EXPECT_LE(maxAbsDiff(exact, loadTensor(g.io, "out.x")), 2e-5 * std::max(1.0, maxRef));
    EXPECT_NE(errorOf([&] { g.dit->forward({x}, t, {ctx}, 71); }).find("seq_len"), std::string::npos);
}

TEST(WanModel, BatchedCallEqualsSingleCalls) {
    GoldenDit g;
    torch::NoGradGuard noGrad;
    auto x0 = loadTensor(g.io, "in.x"), c0 = loadTensor(g.io, "in.context");
    auto x1 = loadTensor(g.io2, "in.x"), c1 = loadTensor(g.io2, "in.context");
    auto t0 = loadTensor(g.io, "in.t"), t1 = loadTensor(g.io2, "in.t");
    auto single0 = g.dit->forward({x0}, t0, {c0}, 0)[0];
    auto single1 = g.dit->forward({x1}, t1, {c1}, 0)[0];
    // Order reversed on purpose: the larger latent first.
    auto batch = g.dit->forward({x1, x0}, torch::cat({t1, t0}), {c1, c0}, 0);
    ASSERT_EQ(batch.size(), 2u);
    EXPECT_LE(maxAbsDiff(batch[0], single1), 2e-6 * std::max(1.0, single1.abs().max().item<double>()));
    EXPECT_LE(maxAbsDiff(batch[1], single0), 2e-6 * std::max(1.0, single0.abs().max().item<double>()));
}

TEST(WanModel, PackedForwardEqualsSeparateForwards) {
    // Patch n' Pack: five samples of different token counts (both golden latents, an image-sized
    // latent and two made-up ones), different timesteps and texts, packed first-fit into sequences of
    // 120 tokens. Every sample's output must equal its own separate forward to float32 noise.
    GoldenDit g;
    torch::NoGradGuard noGrad;
    torch::manual_seed(3);
    const auto& c = g.dit->config();
    std::vector<torch::Tensor> xs{loadTensor(g.io, "in.x"), loadTensor(g.io2, "in.x"),
                                  torch::randn({c.inDim, 1, 4, 6}), torch::randn({c.inDim, 2, 6, 4}),
                                  torch::randn({c.inDim, 1, 2, 2})};
    std::vector<torch::Tensor> ctx{loadTensor(g.io, "in.context"), loadTensor(g.io2, "in.context"),
                                   torch::randn({3, c.textDim}), torch::randn({c.textLen, c.textDim}),
                                   torch::randn({1, c.textDim})};
    auto t = torch::tensor({725.0f, 310.0f, 999.0f, 0.0f, 500.0f});
    std::vector<int64_t> counts;
    for (const auto& x : xs) counts.push_back(c.tokenCount(x.size(1), x.size(2), x.size(3)));
    const int64_t budget = 120;
    auto bins = WanModelImpl::packFirstFit(counts, budget);
    ASSERT_LT(bins.size(), xs.size());  // some samples really share a sequence
    auto packed = g.dit->forwardPacked(xs, t, ctx, budget);
    ASSERT_EQ(packed.size(), xs.size());
    for (size_t i = 0; i < xs.size(); ++i) {
        auto single = g.dit->forward({xs[i]}, t.narrow(0, int64_t(i), 1), {ctx[i]}, 0)[0];
        EXPECT_EQ(packed[i].sizes(), single.sizes()) << "sample " << i;
        EXPECT_LE(maxAbsDiff(packed[i], single), 2e-6 * std::max(1.0, single.abs().max().item<double>()))
            << "sample " << i;
    }
}

TEST(WanModel, PackedForwardGivesTheStreamAfterEveryBlock) {
    // everyBlock: one [total tokens, dim] stream per block, the samples' tokens in the given order;
    // block k's equals the hidden state read after k blocks, and the output is unchanged by asking.
    initEngine();
    torch::NoGradGuard noGrad;
    torch::manual_seed(6);
    DitConfig c = smallConfig();
    WanModel dit(c);
    std::vector<torch::Tensor> xs{torch::randn({c.inDim, 1, 2, 4}), torch::randn({c.inDim, 1, 2, 2}),
                                  torch::randn({c.inDim, 2, 2, 2})};
    std::vector<torch::Tensor> ctx{torch::randn({3, c.textDim}), torch::randn({2, c.textDim}), torch::randn({1, c.textDim})};
    auto t = torch::tensor({100.0f, 900.0f, 400.0f});
    std::vector<torch::Tensor> every{torch::zeros({1})};  // cleared by the call
    auto plain = dit->forwardPacked(xs, t, ctx, 16);
    auto out = dit->forwardPacked(xs, t, ctx, 16, nullptr, 0, &every);
    ASSERT_EQ(every.size(), static_cast<size_t>(c.numLayers));
    for (size_t i = 0; i < xs.size(); ++i) EXPECT_TRUE(torch::equal(out[i], plain[i])) << "sample " << i;
    for (int64_t k = 1; k <= c.numLayers; ++k) {
        std::vector<torch::Tensor> hidden;
        dit->forwardPacked(xs, t, ctx, 16, &hidden, k);
        ASSERT_EQ(hidden.size(), xs.size());
        EXPECT_TRUE(torch::equal(every[k - 1], torch::cat(hidden))) << "block " << k;
    }
    // Different texts give different streams from the first block on (cross-attention in each).
    std::vector<torch::Tensor> other;
    dit->forwardPacked(xs, t, {torch::randn({3, c.textDim}), ctx[1], ctx[2]}, 16, nullptr, 0, &other);
    EXPECT_GT((other[0] - every[0]).abs().max().item<double>(), 1e-4);
}

TEST(WanModel, FirstFitPackingRespectsTheBudget) {
    auto bins = WanModelImpl::packFirstFit({60, 50, 40, 30, 20, 10}, 100);
    // First fit in order: [60, 40] (100), [50, 30, 20] (100), [10].
    ASSERT_EQ(bins.size(), 3u);
    EXPECT_EQ(bins[0], (std::vector<int64_t>{0, 2}));
    EXPECT_EQ(bins[1], (std::vector<int64_t>{1, 3, 4}));
    EXPECT_EQ(bins[2], (std::vector<int64_t>{5}));
    EXPECT_NE(errorOf([] { WanModelImpl::packFirstFit({10, 101}, 100); }).find("budget"), std::string::npos);
}

TEST(WanModel, PackedForwardIsDifferentiable) {
    // Training runs packed: gradients must reach every parameter group (patch embedding, text and
    // time MLPs, blocks, head), and a sample's loss must not reach another sample's input.
    initEngine();
    torch::manual_seed(5);
    DitConfig c = smallConfig();
    WanModel dit(c);
    auto a = torch::randn({c.inDim, 1, 2, 4}, torch::requires_grad());
    auto b = torch::randn({c.inDim, 1, 2, 2}, torch::requires_grad());
    auto out = dit->forwardPacked({a, b}, torch::tensor({100.0f, 900.0f}), {torch::randn({3, c.textDim}),
                                                                           torch::randn({2, c.textDim})}, 16);
    out[0].pow(2).sum().backward();
    for (const auto& p : dit->named_parameters()) {
        ASSERT_TRUE(p.value().grad().defined()) << p.key();
    }
    EXPECT_GT(a.grad().abs().sum().item<double>(), 0.0);
    EXPECT_FALSE(b.grad().defined() && b.grad().abs().sum().item<double>() > 0.0);
}

TEST(WanModel, IntegerTimestepEqualsFloatTimestep) {
    GoldenDit g;
    torch::NoGradGuard noGrad;
    auto x = loadTensor(g.io, "in.x"), ctx = loadTensor(g.io, "in.context");
    auto asFloat = g.dit->forward({x}, torch::tensor({725.0f}), {ctx}, 0)[0];
    auto asInt = g.dit->forward({x}, torch::tensor({int64_t(725)}), {ctx}, 0)[0];
    EXPECT_EQ(maxAbsDiff(asFloat, asInt), 0.0);
    // A different timestep changes the output (the embedding is used at all).
    auto other = g.dit->forward({x}, torch::tensor({int64_t(100)}), {ctx}, 0)[0];
    EXPECT_GT(maxAbsDiff(asFloat, other), 1e-3);
}

TEST(WanModel, Float64AndBfloat16RunsTrackTheGoldenOutput) {
    SafetensorsFile io(kDir + "/dit_shape2.io.safetensors");
    auto x = loadTensor(io, "in.x"), t = loadTensor(io, "in.t"), ctx = loadTensor(io, "in.context");
    const int64_t seqLen = loadTensor(io, "in.seq_len").item<int64_t>();
    auto ref = loadTensor(io, "out.x");
    torch::NoGradGuard noGrad;

    // float64 differs from the float32 reference only by its float32 rounding (3e-7 in the README).
    GoldenDit f64(torch::kFloat64);
    auto y64 = f64.dit->forward({x}, t, {ctx}, seqLen)[0];
    EXPECT_EQ(y64.scalar_type(), torch::kFloat64);
    EXPECT_LE(maxAbsDiff(y64, ref), 2e-6);

    // bf16 weights keep a float32 residual stream and return float32; error is bf16-sized.
    GoldenDit bf16(torch::kBFloat16);
    auto y16 = bf16.dit->forward({x}, t, {ctx}, seqLen)[0];
    EXPECT_EQ(y16.scalar_type(), torch::kFloat32);
    EXPECT_LT(relL2(y16, ref), 1e-2);
}

TEST(WanModel, OtherSizesBuildAndRun) {
    initEngine();
    torch::manual_seed(7);
    torch::NoGradGuard noGrad;
    DitConfig c = smallConfig();
    WanModel dit(c);
    dit->eval();
    auto x = torch::randn({c.inDim, 3, 6, 8});
    auto y = dit->forward({x}, torch::tensor({500.0f}), {torch::randn({5, c.textDim})}, 40)[0];
    EXPECT_EQ(y.sizes(), (std::vector<int64_t>{c.outDim, 3, 6, 8}));
    EXPECT_TRUE(torch::isfinite(y).all().item<bool>());

    // A temporal patch too: 2 x 2 x 2 patches, 5 heads of 8 (RoPE sections of 2, 1 and 1 pairs).
    c.patchSize = {2, 2, 2};
    c.dim = 40;
    c.ffnDim = 64;
    c.numHeads = 5;
    c.validate();
    WanModel dit2(c);
    dit2->eval();
    auto x2 = torch::randn({c.inDim, 4, 6, 4});
    auto y2 = dit2->forward({x2}, torch::tensor({int64_t(10)}), {torch::randn({12, c.textDim})}, 0)[0];
    EXPECT_EQ(y2.sizes(), (std::vector<int64_t>{c.outDim, 4, 6, 4}));
    EXPECT_TRUE(torch::isfinite(y2).all().item<bool>());
}

TEST(WanModel, BadInputsAreRejectedWithAClearMessage) {
    initEngine();
    torch::NoGradGuard noGrad;
    DitConfig c = smallConfig();
    WanModel dit(c);
    auto t = torch::tensor({1.0f});
    auto ctx = torch::randn({5, c.textDim});
    auto x = torch::randn({c.inDim, 2, 4, 4});
    EXPECT_NE(errorOf([&] {
                  dit->forward({torch::randn({c.inDim, 2, 5, 4})}, t, {ctx}, 0);
              }).find("patch_size"),
              std::string::npos);
    EXPECT_NE(errorOf([&] {
                  dit->forward({torch::randn({c.outDim, 2, 4, 4})}, t, {ctx}, 0);
              }).find("in_dim"),
              std::string::npos);
    EXPECT_NE(errorOf([&] {
                  dit->forward({x}, t, {torch::randn({c.textLen + 1, c.textDim})}, 0);
              }).find("text_len"),
              std::string::npos);
    EXPECT_NE(errorOf([&] {
                  dit->forward({x, x}, torch::tensor({1.0f, 2.0f, 3.0f}), {ctx, ctx}, 0);
              }).find("t must"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { dit->forward({x, x}, t, {ctx}, 0); }).find("contexts"), std::string::npos);
}

TEST(WanModel, CheckpointErrorsNameTheTensor) {
    initEngine();
    SafetensorsFile weights(kDir + "/dit.weights.safetensors");
    const DitConfig cfg = DitConfig::fromJson(goldenConfigJson(weights));
    const auto dir = std::filesystem::temp_directory_path() / ("tessera_test_dit_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);

    // Copies the golden weights, leaving out `drop` and giving `reshape` a wrong shape.
    auto writeVariant = [&](const std::string& file, const std::string& drop, const std::string& reshape) {
        SafetensorsWriter w;
        w.setMetadata("config", cfg.toJson().dump());
        for (const auto& v : weights.tensors()) {
            if (v.name == drop) continue;
            torch::Tensor t = viewToTensor(v);
            if (v.name == reshape) t = t.flatten().narrow(0, 0, t.numel() - 1);
            addTensor(w, v.name, t);
        }
        std::string path = (dir / file).string();
        w.write(path);
        return path;
    };

    const std::string missing = writeVariant("missing.safetensors", "blocks.1.cross_attn.norm_k.weight", "");
    std::string msg = errorOf([&] { loadWanModel(TensorCheckpoint(missing), cfg); });
    EXPECT_NE(msg.find("blocks.1.cross_attn.norm_k.weight"), std::string::npos) << msg;
    EXPECT_NE(msg.find("missing"), std::string::npos) << msg;

    const std::string misshaped = writeVariant("misshaped.safetensors", "", "head.modulation");
    msg = errorOf([&] { loadWanModel(SafetensorsFile(misshaped), cfg); });
    EXPECT_NE(msg.find("head.modulation"), std::string::npos) << msg;
    EXPECT_NE(msg.find("shape"), std::string::npos) << msg;

    // A checkpoint of another config: more layers than the file holds.
    DitConfig deeper = cfg;
    deeper.numLayers = 3;
    msg = errorOf([&] { loadWanModel(weights, deeper); });
    EXPECT_NE(msg.find("blocks.2."), std::string::npos) << msg;

    // The intact copy loads.
    const std::string intact = writeVariant("intact.safetensors", "", "");
    EXPECT_EQ(errorOf([&] { loadWanModel(TensorCheckpoint(intact), cfg); }), "");
    std::filesystem::remove_all(dir);
}
