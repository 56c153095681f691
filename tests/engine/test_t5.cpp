// umT5 text encoder (engine/src/models/t5.cpp). The official outputs are checked by the golden case
// `t5`; these tests cover the bucket table, other configurations, masking and loading errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <unistd.h>

#include "io/state_dict.h"
#include "io/tensor_io.h"
#include "models/t5.h"
#include "tessera/safetensors.h"

namespace {

using namespace tessera;
namespace fs = std::filesystem;

template <typename F>
std::string errorOf(F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

T5Config smallConfig(bool sharedPos) {
    T5Config c;
    c.vocab = 50;
    c.dim = 24;
    c.dimAttn = 16;
    c.dimFfn = 40;
    c.numHeads = 2;
    c.numLayers = 3;
    c.numBuckets = 32;
    c.sharedPos = sharedPos;
    c.validate();
    return c;
}

// Module default init leaves the position tables near N(0, 1); make every weight non-trivial.
T5Encoder randomEncoder(const T5Config& cfg, uint64_t seed) {
    torch::manual_seed(seed);
    T5Encoder t5(cfg);
    torch::NoGradGuard noGrad;
    for (auto& p : t5->parameters()) p.copy_(torch::randn_like(p) * 0.3);
    t5->eval();
    return t5;
}

TEST(T5Buckets, MatchTheReadmeExamples) {
    // README "Relative position buckets" (B = 32, max distance 128), r = key - query.
    const std::map<int64_t, int64_t> expected = {
        {0, 0},   {1, 17},  {7, 23},   {8, 24},    {12, 25}, {16, 26},  {23, 27},  {32, 28},   {46, 29},   {64, 30},
        {90, 30}, {91, 31}, {200, 31}, {5000, 31}, {-1, 1},  {-16, 10}, {-64, 14}, {-128, 15}, {-5000, 15}};
    std::vector<int64_t> r;
    for (const auto& e : expected) r.push_back(e.first);
    torch::Tensor buckets = relativePositionBucket(torch::tensor(r, torch::kInt64), 32);
    ASSERT_EQ(buckets.scalar_type(), torch::kInt64);
    for (size_t i = 0; i < r.size(); ++i)
        EXPECT_EQ(buckets[i].item<int64_t>(), expected.at(r[i])) << "relative position " << r[i];
}

TEST(T5Config, ReadsTheOfficialArgumentsAndNamesBadFields) {
    nlohmann::json j = {{"vocab", 256},      {"dim", 32},           {"dim_attn", 32},
                        {"dim_ffn", 64},     {"num_heads", 4},      {"num_layers", 2},
                        {"num_buckets", 32}, {"shared_pos", false}, {"dropout", 0.1}};
    T5Config c = T5Config::fromJson(j);
    EXPECT_EQ(c.vocab, 256);
    EXPECT_EQ(c.dimAttn, 32);
    EXPECT_EQ(c.dimFfn, 64);
    EXPECT_FALSE(c.sharedPos);

    auto with = [&](const char* key, nlohmann::json v) {
        nlohmann::json k = j;
        k[key] = v;
        return errorOf([&] { T5Config::fromJson(k); });
    };
    EXPECT_NE(with("num_heads", 5).find("'dim_attn' (32) must be a multiple of 'num_heads' (5)"), std::string::npos);
    EXPECT_NE(with("dim", 0).find("'dim' must be positive"), std::string::npos);
    EXPECT_NE(with("num_layers", "two").find("'num_layers' must be an integer"), std::string::npos);
    EXPECT_NE(with("num_buckets", 2).find("'num_buckets'"), std::string::npos);
    EXPECT_NE(with("shared_pos", 1).find("'shared_pos'"), std::string::npos);
    EXPECT_NE(with("dropout", 1.5).find("'dropout'"), std::string::npos);
    EXPECT_NE(with("heads", 4).find("unknown field 'heads'"), std::string::npos);
}

TEST(T5Encoder, KeysFollowTheCheckpointLayoutForBothPositionTables) {
    for (bool shared : {false, true}) {
        T5Encoder t5(smallConfig(shared));
        std::set<std::string> names;
        for (const auto& p : t5->named_parameters()) names.insert(p.key());
        EXPECT_TRUE(names.count("token_embedding.weight"));
        EXPECT_TRUE(names.count("norm.weight"));
        for (const char* k : {"norm1.weight", "attn.q.weight", "attn.k.weight", "attn.v.weight", "attn.o.weight",
                              "norm2.weight", "ffn.gate.0.weight", "ffn.fc1.weight", "ffn.fc2.weight"})
            EXPECT_TRUE(names.count(std::string("blocks.2.") + k)) << k;
        EXPECT_EQ(names.count("pos_embedding.embedding.weight"), shared ? 1u : 0u);
        EXPECT_EQ(names.count("blocks.0.pos_embedding.embedding.weight"), shared ? 0u : 1u);
        EXPECT_EQ(names.size(), 2u + 3u * (shared ? 9u : 10u) + (shared ? 1u : 0u));
    }
}

TEST(T5Encoder, OtherConfigsRunWithBothPositionLayouts) {
    for (bool shared : {false, true}) {
        T5Encoder t5 = randomEncoder(smallConfig(shared), 11);
        torch::NoGradGuard noGrad;
        torch::Tensor ids = torch::randint(0, 50, {3, 7}, torch::kInt64);
        torch::Tensor out = t5->forward(ids);
        EXPECT_EQ(out.sizes(), (std::vector<int64_t>{3, 7, 24})) << "shared_pos " << shared;
        EXPECT_TRUE(torch::isfinite(out).all().item<bool>()) << "shared_pos " << shared;
        // The position bias matters: a sequence's rows depend on where its tokens sit.
        torch::Tensor rolled = t5->forward(ids.roll(1, 1));
        EXPECT_GT((rolled.roll(-1, 1) - out).abs().max().item<double>(), 1e-3) << "shared_pos " << shared;
    }
}

// Padded keys are masked: appending more padding (or changing what the padding holds) leaves the
// real rows unchanged, for both position-table layouts.
TEST(T5Encoder, PaddingDoesNotChangeRealRows) {
    for (bool shared : {false, true}) {
        T5Encoder t5 = randomEncoder(smallConfig(shared), 12);
        torch::NoGradGuard noGrad;
        torch::Tensor ids = torch::tensor({{5, 9, 13, 1, 0, 0}, {7, 1, 0, 0, 0, 0}}, torch::kInt64);
        torch::Tensor mask = torch::tensor({{1, 1, 1, 1, 0, 0}, {1, 1, 0, 0, 0, 0}}, torch::kInt64);
        torch::Tensor base = t5->forward(ids, mask);

        torch::Tensor longIds = torch::cat({ids, torch::full({2, 5}, 3, torch::kInt64)}, 1);  // non-zero padding ids
        torch::Tensor longMask = torch::cat({mask, torch::zeros({2, 5}, torch::kInt64)}, 1);
        torch::Tensor longer = t5->forward(longIds, longMask);
        ASSERT_EQ(longer.size(1), 11);
        for (int64_t b = 0; b < 2; ++b) {
            const int64_t n = mask[b].sum().item<int64_t>();
            double err = (longer[b].narrow(0, 0, n) - base[b].narrow(0, 0, n)).abs().max().item<double>();
            EXPECT_LT(err, 1e-5) << "sequence " << b << ", shared_pos " << shared;
        }
        // Without the mask the padding would be attended to and the real rows would move.
        torch::Tensor unmasked = t5->forward(longIds);
        EXPECT_GT((unmasked[1].narrow(0, 0, 2) - base[1].narrow(0, 0, 2)).abs().max().item<double>(), 1e-3);
    }
}

TEST(T5Encoder, RejectsBadInputs) {
    T5Encoder t5 = randomEncoder(smallConfig(false), 13);
    torch::NoGradGuard noGrad;
    EXPECT_NE(errorOf([&] {
                  t5->forward(torch::tensor({{1, 50}}, torch::kInt64));
              }).find("token id 50"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { t5->forward(torch::zeros({4}, torch::kInt64)); }).find("[batch, length]"),
              std::string::npos);
    EXPECT_NE(errorOf([&] {
                  t5->forward(torch::zeros({1, 4}, torch::kInt64), torch::ones({1, 5}));
              }).find("does not match"),
              std::string::npos);
}

TEST(T5Encoder, Bf16RunStaysCloseToFloat32) {
    T5Encoder t5 = randomEncoder(smallConfig(false), 14);
    torch::NoGradGuard noGrad;
    torch::Tensor ids = torch::randint(0, 50, {2, 9}, torch::kInt64);
    torch::Tensor mask = torch::ones({2, 9}, torch::kInt64);
    mask[1].narrow(0, 5, 4).zero_();
    torch::Tensor ref = t5->forward(ids, mask);
    t5->to(torch::kBFloat16);
    torch::Tensor out = t5->forward(ids, mask);
    EXPECT_EQ(out.scalar_type(), torch::kBFloat16);
    double rel = (out.to(torch::kFloat32) - ref).norm().item<double>() / ref.norm().item<double>();
    EXPECT_LT(rel, 3e-2);
}

class T5Files : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("tessera_t5_" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

TEST_F(T5Files, MissingTensorErrorNamesTheTensor) {
    T5Encoder t5 = randomEncoder(smallConfig(false), 15);
    SafetensorsWriter writer;
    for (const auto& p : t5->named_parameters())
        if (p.key() != "blocks.1.ffn.gate.0.weight") addTensor(writer, p.key(), p.value());
    const std::string path = (dir_ / "t5.safetensors").string();
    writer.write(path);

    T5Encoder fresh(smallConfig(false));
    std::string err = errorOf([&] { loadStateDict(*fresh, TensorCheckpoint(path), LoadOptions{}); });
    EXPECT_NE(err.find("'blocks.1.ffn.gate.0.weight'"), std::string::npos) << err;
    EXPECT_NE(err.find(path), std::string::npos) << err;

    // The shared-position layout is a different architecture: its checkpoint does not load per block.
    T5Encoder shared(smallConfig(true));
    err = errorOf([&] { loadStateDict(*shared, TensorCheckpoint(path), LoadOptions{}); });
    EXPECT_NE(err.find("pos_embedding.embedding.weight"), std::string::npos) << err;
}

// The shipped golden weights: every block's position bias equals the official one exactly.
TEST(T5Golden, PositionBiasMatchesTheOfficialBlocks) {
    const std::string dir = TESSERA_TESTDATA_DIR;
    SafetensorsFile weights(dir + "/t5.weights.safetensors");
    SafetensorsFile io(dir + "/t5.io.safetensors");
    T5Encoder t5(T5Config::fromJson(nlohmann::json::parse(weights.meta("config").value())));
    loadStateDict(*t5, TensorCheckpoint(weights.path()), LoadOptions{});
    torch::NoGradGuard noGrad;
    const int64_t length = loadTensor(io, "in.ids").size(1);
    for (size_t i = 0; i < static_cast<size_t>(t5->config().numLayers); ++i) {
        torch::Tensor ref = loadTensor(io, "dbg.pos_bias." + std::to_string(i));
        EXPECT_TRUE(torch::equal(t5->positionBias(i, length), ref)) << "block " << i;
    }
}

}  // namespace
