// safetensors reading/writing: valid files round-trip; every malformed file gives an error that
// names the file and the problem; sharded checkpoints; pickles refused; state-dict checks.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/state_dict.h"
#include "io/tensor_io.h"
#include "tessera/safetensors.h"

namespace fs = std::filesystem;
using tessera::TensorFileError;

namespace {

class TempDir {
public:
    TempDir() {
        path_ = fs::temp_directory_path() / ("tessera-test-" + std::to_string(::getpid()) + "-" +
                                             std::to_string(counter_++));
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
    static inline int counter_ = 0;
};

std::vector<uint8_t> rawFile(const std::string& headerJson, size_t dataBytes, uint64_t forcedLength = 0) {
    std::string h = headerJson;
    while (h.size() % 8) h.push_back(' ');
    uint64_t n = forcedLength ? forcedLength : h.size();
    std::vector<uint8_t> out(8);
    for (int i = 0; i < 8; ++i) out[i] = static_cast<uint8_t>(n >> (8 * i));
    out.insert(out.end(), h.begin(), h.end());
    out.resize(out.size() + dataBytes, 0x11);
    return out;
}

void writeBytes(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

// Expects opening `bytes` as a file to fail with a message containing `needle` and the file name.
void expectRejected(const std::vector<uint8_t>& bytes, const std::string& needle) {
    TempDir dir;
    std::string path = dir.file("bad.safetensors");
    writeBytes(path, bytes);
    try {
        tessera::SafetensorsFile f(path);
        FAIL() << "accepted a malformed file; expected an error containing '" << needle << "'";
    } catch (const TensorFileError& e) {
        std::string what = e.what();
        EXPECT_NE(what.find(path), std::string::npos) << what;
        EXPECT_NE(what.find(needle), std::string::npos) << what;
    }
}

const std::string kOne = R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}})";

}  // namespace

TEST(Safetensors, WriterOutputReadsBackBitForBit) {
    TempDir dir;
    tessera::SafetensorsWriter w;
    w.setMetadata("config", R"({"dim": 8})");
    float f[3] = {1.5f, -2.0f, 3.25f};
    int64_t i[2] = {7, -9};
    w.add("weights.f", tessera::DType::F32, {3}, f, sizeof f);
    w.add("ids", tessera::DType::I64, {1, 2}, i, sizeof i);
    w.add("empty", tessera::DType::F16, {0, 4}, nullptr, 0);
    w.write(dir.file("x.safetensors"));

    tessera::SafetensorsFile r(dir.file("x.safetensors"));
    EXPECT_EQ(r.meta("config").value_or(""), R"({"dim": 8})");
    ASSERT_EQ(r.tensors().size(), 3u);
    const auto& tf = r.at("weights.f");
    EXPECT_EQ(tf.dtype, tessera::DType::F32);
    EXPECT_EQ(tf.shape, std::vector<int64_t>({3}));
    EXPECT_EQ(std::memcmp(tf.data, f, sizeof f), 0);
    EXPECT_EQ(std::memcmp(r.at("ids").data, i, sizeof i), 0);
    EXPECT_EQ(r.at("empty").numel(), 0);
    EXPECT_EQ(r.find("nope"), nullptr);
    EXPECT_THROW(r.at("nope"), TensorFileError);
}

TEST(Safetensors, ReadsTheGoldenFilesWithMetadata) {
    tessera::SafetensorsFile f(std::string(TESSERA_TESTDATA_DIR) + "/dit.weights.safetensors");
    EXPECT_EQ(f.tensors().size(), 69u);
    auto cfg = nlohmann::json::parse(f.meta("config").value());
    EXPECT_EQ(cfg["dim"], 64);
    EXPECT_EQ(f.at("head.modulation").shape, std::vector<int64_t>({1, 2, 64}));
}

TEST(SafetensorsMalformed, TruncatedFile) {
    auto bytes = rawFile(kOne, 16);
    bytes.resize(bytes.size() - 5);
    expectRejected(bytes, "outside the file's data section");
}

TEST(SafetensorsMalformed, TooShortForHeaderLength) { expectRejected({1, 2, 3}, "too short"); }

TEST(SafetensorsMalformed, HugeHeaderLength) { expectRejected(rawFile(kOne, 16, 1ull << 40), "exceeds the limit"); }

TEST(SafetensorsMalformed, HeaderLengthPastEnd) { expectRejected(rawFile(kOne, 16, 4096), "runs past the end"); }

TEST(SafetensorsMalformed, NotJson) { expectRejected(rawFile("{\"a\": [1, 2,, }", 0), "not well-formed JSON"); }

TEST(SafetensorsMalformed, DeeplyNestedJson) {
    expectRejected(rawFile(std::string(5000, '[') + std::string(5000, ']'), 0), "nested deeper");
}

TEST(SafetensorsMalformed, OverlappingOffsets) {
    expectRejected(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},
                              "b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                           12),
                   "overlaps");
}

TEST(SafetensorsMalformed, WrongDtypeSize) {
    expectRejected(rawFile(R"({"a":{"dtype":"F16","shape":[2,2],"data_offsets":[0,16]}})", 16), "needs 8");
}

TEST(SafetensorsMalformed, UnknownDtype) {
    expectRejected(rawFile(R"({"a":{"dtype":"Q4","shape":[1],"data_offsets":[0,1]}})", 1), "unknown dtype 'Q4'");
}

TEST(SafetensorsMalformed, NegativeShape) {
    expectRejected(rawFile(R"({"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,1]}})", 1), "non-negative");
}

TEST(SafetensorsMalformed, ShapeOverflow) {
    expectRejected(
        rawFile(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,16]}})", 16),
        "too large");
}

TEST(SafetensorsMalformed, GapBetweenTensors) {
    expectRejected(rawFile(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}})", 2), "gap of 1 bytes");
}

TEST(SafetensorsMalformed, MetadataMustBeStrings) {
    expectRejected(rawFile(R"({"__metadata__":{"n":3}})", 0), "is not a string");
}

TEST(SafetensorsMalformed, MissingFileNamesIt) {
    try {
        tessera::SafetensorsFile f("/nonexistent/model.safetensors");
        FAIL();
    } catch (const TensorFileError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/model.safetensors: cannot open"), std::string::npos);
    }
}

TEST(Safetensors, PickleCheckpointsAreRefusedNotUnpickled) {
    TempDir dir;
    // A pickle that would run code if unpickled: it must be refused by name before any parsing.
    writeBytes(dir.file("evil.pth"), {0x80, 0x02, 'c', 'o', 's', '\n', 's', 'y', 's', 't', 'e', 'm', '\n'});
    writeBytes(dir.file("evil_no_ext"), {0x80, 0x02, 'c', 'o', 's', '\n'});
    writeBytes(dir.file("zip.safetensors"), {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0});
    for (const char* name : {"evil.pth", "evil_no_ext", "zip.safetensors"}) {
        try {
            tessera::SafetensorsFile f(dir.file(name));
            FAIL() << name << " was accepted";
        } catch (const TensorFileError& e) {
            EXPECT_NE(std::string(e.what()).find("pickle checkpoint"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("Convert it to safetensors"), std::string::npos) << e.what();
        }
    }
}

TEST(Safetensors, TensorCheckpointReadsZipsWithoutUnpicklingAndRefusesBrokenOnes) {
    TempDir dir;
    // A zip signature and nothing else: a truncated download, named as such.
    writeBytes(dir.file("cut.pth"), {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0});
    try {
        tessera::TensorCheckpoint ck(dir.file("cut.pth"));
        FAIL() << "a truncated zip was accepted";
    } catch (const TensorFileError& e) {
        EXPECT_NE(std::string(e.what()).find("cut.pth: is not a complete zip file"), std::string::npos) << e.what();
    }
    // A legacy (raw) pickle is refused by name, never parsed.
    writeBytes(dir.file("old.pth"), {0x80, 0x02, 'c', 'o', 's', '\n', 's', 'y', 's', 't', 'e', 'm', '\n'});
    try {
        tessera::TensorCheckpoint ck(dir.file("old.pth"));
        FAIL() << "a legacy pickle was accepted";
    } catch (const TensorFileError& e) {
        EXPECT_NE(std::string(e.what()).find("legacy format"), std::string::npos) << e.what();
    }
}

TEST(Safetensors, WriteToMissingFolderFailsAndLeavesNothing) {
    TempDir dir;
    tessera::SafetensorsWriter w;
    uint8_t b = 1;
    w.add("x", tessera::DType::U8, {1}, &b, 1);
    std::string path = dir.file("no/such/folder/x.safetensors");
    EXPECT_THROW(w.write(path), TensorFileError);
    EXPECT_FALSE(fs::exists(path));
}

TEST(Safetensors, ShardedCheckpointResolvesEveryTensor) {
    TempDir dir;
    float a[2] = {1, 2}, b[3] = {3, 4, 5};
    tessera::SafetensorsWriter s1, s2;
    s1.add("layer.a", tessera::DType::F32, {2}, a, sizeof a);
    s2.add("layer.b", tessera::DType::F32, {3}, b, sizeof b);
    s1.write(dir.file("m-00001-of-00002.safetensors"));
    s2.write(dir.file("m-00002-of-00002.safetensors"));
    std::ofstream(dir.file("m.safetensors.index.json"))
        << R"({"metadata":{"total_size":20},"weight_map":{"layer.a":"m-00001-of-00002.safetensors",
              "layer.b":"m-00002-of-00002.safetensors"}})";
    tessera::TensorCheckpoint ck(dir.file("m.safetensors.index.json"));
    ASSERT_EQ(ck.tensors().size(), 2u);
    EXPECT_EQ(reinterpret_cast<const float*>(ck.at("layer.b").data)[2], 5.0f);
    EXPECT_EQ(ck.meta("total_size").value_or(""), "20");

    std::ofstream(dir.file("bad.safetensors.index.json"))
        << R"({"weight_map":{"layer.c":"m-00001-of-00002.safetensors"}})";
    try {
        tessera::TensorCheckpoint bad(dir.file("bad.safetensors.index.json"));
        FAIL();
    } catch (const TensorFileError& e) {
        EXPECT_NE(std::string(e.what()).find("'layer.c'"), std::string::npos) << e.what();
    }
}

namespace {
struct TinyImpl : torch::nn::Module {
    TinyImpl() {
        fc = register_module("fc", torch::nn::Linear(3, 2));
        scale = register_parameter("scale", torch::ones({2}));
    }
    torch::nn::Linear fc{nullptr};
    torch::Tensor scale;
};

void saveTiny(const std::string& path, bool dropBias, bool badShape, bool extra) {
    tessera::SafetensorsWriter w;
    auto add = [&](const std::string& n, torch::Tensor t) { tessera::addTensor(w, n, t); };
    add("fc.weight", badShape ? torch::zeros({2, 4}) : torch::arange(6, torch::kFloat32).reshape({2, 3}));
    if (!dropBias) add("fc.bias", torch::tensor({0.5f, -0.5f}));
    add("scale", torch::tensor({2.0f, 3.0f}, torch::kFloat16));
    if (extra) add("fc.unexpected", torch::zeros({1}));
    w.write(path);
}

std::string loadError(const std::string& path) {
    TinyImpl m;
    try {
        tessera::loadStateDict(m, tessera::TensorCheckpoint(path), {});
    } catch (const TensorFileError& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST(StateDict, LoadsByNameAndConvertsDtype) {
    TempDir dir;
    saveTiny(dir.file("ok.safetensors"), false, false, false);
    TinyImpl m;
    tessera::LoadOptions opt;
    opt.dtype = torch::kFloat64;
    tessera::loadStateDict(m, tessera::TensorCheckpoint(dir.file("ok.safetensors")), opt);
    EXPECT_EQ(m.fc->weight.scalar_type(), torch::kFloat64);
    EXPECT_DOUBLE_EQ(m.fc->weight[1][2].item<double>(), 5.0);
    EXPECT_DOUBLE_EQ(m.scale[1].item<double>(), 3.0);  // stored as F16, converted
}

TEST(StateDict, MissingExtraAndMisShapedTensorsAreNamed) {
    TempDir dir;
    saveTiny(dir.file("missing.safetensors"), true, false, false);
    saveTiny(dir.file("shape.safetensors"), false, true, false);
    saveTiny(dir.file("extra.safetensors"), false, false, true);
    std::string e1 = loadError(dir.file("missing.safetensors"));
    EXPECT_NE(e1.find("missing tensor 'fc.bias'"), std::string::npos) << e1;
    std::string e2 = loadError(dir.file("shape.safetensors"));
    EXPECT_NE(e2.find("'fc.weight' has shape [2, 4] but the model expects [2, 3]"), std::string::npos) << e2;
    std::string e3 = loadError(dir.file("extra.safetensors"));
    EXPECT_NE(e3.find("unexpected tensor 'fc.unexpected'"), std::string::npos) << e3;
}

// Every input the fuzzer kept (tests/fuzz/safetensors) still parses or fails cleanly.
TEST(Safetensors, FuzzCorpusReplaysWithoutCrash) {
    fs::path dir = fs::path(TESSERA_SOURCE_DIR) / "tests" / "fuzz" / "safetensors";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    int files = 0, accepted = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::ifstream in(e.path(), std::ios::binary);
        std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        ++files;
        try {
            auto h = tessera::parseSafetensors(bytes.data(), bytes.size(), e.path().string());
            for (const auto& t : h.tensors) ASSERT_LE(h.dataOffset + t.offset + t.sizeBytes, bytes.size());
            ++accepted;
        } catch (const TensorFileError&) {
        }
    }
    EXPECT_GE(files, 5);
    EXPECT_GE(accepted, 1);
}
