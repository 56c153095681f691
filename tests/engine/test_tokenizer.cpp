// SentencePiece tokenizer (engine/src/text/tokenizer.cpp). A tiny model is trained at test time
// with the umT5 special ids (pad 0, eos 1, unk 2, no bos), so no model file is shipped.
#include <gtest/gtest.h>
#include <sentencepiece_trainer.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>

#include "text/tokenizer.h"

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

class TokenizerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::temp_directory_path() / ("tessera_tokenizer_" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        const fs::path corpus = dir_ / "corpus.txt";
        {
            std::ofstream f(corpus);
            const char* shapes[] = {"ball", "box", "cone", "ring", "star", "cube"};
            const char* colours[] = {"red", "green", "blue", "yellow", "white", "black"};
            const char* verbs[] = {"rolls", "bounces", "slides", "spins", "falls", "floats"};
            for (int i = 0; i < 300; ++i)
                f << "a " << colours[i % 6] << " " << shapes[(i / 6) % 6] << " " << verbs[(i / 36) % 6] << " over the "
                  << colours[(i + 2) % 6] << " " << shapes[(i + 3) % 6] << ".\n";
        }
        modelPath_ = train(corpus, "umt5like", "0");
        noPadPath_ = train(corpus, "nopad", "-1");
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }

    static std::string train(const fs::path& corpus, const std::string& name, const std::string& padId) {
        const std::string prefix = (dir_ / name).string();
        const auto status = sentencepiece::SentencePieceTrainer::Train(
            std::unordered_map<std::string, std::string>{{"input", corpus.string()},
                                                         {"model_prefix", prefix},
                                                         {"vocab_size", "60"},
                                                         {"hard_vocab_limit", "false"},
                                                         {"character_coverage", "1.0"},
                                                         {"pad_id", padId},
                                                         {"eos_id", "1"},
                                                         {"unk_id", "2"},
                                                         {"bos_id", "-1"},
                                                         {"minloglevel", "2"}});
        EXPECT_TRUE(status.ok()) << status.ToString();
        return prefix + ".model";
    }

    static fs::path dir_;
    static std::string modelPath_, noPadPath_;
};

fs::path TokenizerTest::dir_;
std::string TokenizerTest::modelPath_, TokenizerTest::noPadPath_;

TEST_F(TokenizerTest, EncodesWithEosAndPaddingAndRoundTrips) {
    Tokenizer tok(modelPath_);
    EXPECT_EQ(tok.padId(), 0);
    EXPECT_EQ(tok.eosId(), 1);
    EXPECT_GT(tok.vocabSize(), 10);

    const std::string text = "a blue cone spins over the white ring.";
    TokenizedText t = tok.encode(text, 40);
    ASSERT_EQ(t.ids.size(), 40u);
    ASSERT_EQ(t.mask.size(), 40u);
    EXPECT_FALSE(t.truncated);
    ASSERT_GT(t.length, 2);
    ASSERT_LT(t.length, 40);
    EXPECT_EQ(t.ids[t.length - 1], 1) << "</s> ends the real tokens";
    for (int64_t i = 0; i < t.length - 1; ++i) {
        EXPECT_NE(t.ids[i], 0) << i;
        EXPECT_NE(t.ids[i], 1) << i;
        EXPECT_NE(t.ids[i], 2) << "no unknown pieces at " << i;
    }
    for (int64_t i = 0; i < 40; ++i) {
        EXPECT_EQ(t.mask[i], i < t.length ? 1 : 0) << i;
        if (i >= t.length) EXPECT_EQ(t.ids[i], 0) << i;
    }
    EXPECT_EQ(tok.decode(t.ids), text);
}

TEST_F(TokenizerTest, CollapsesWhitespaceLikeWan) {
    Tokenizer tok(modelPath_);
    TokenizedText a = tok.encode("a red ball rolls", 16);
    TokenizedText b = tok.encode("  a   red\tball\n rolls  ", 16);
    EXPECT_EQ(a.ids, b.ids);
    EXPECT_EQ(a.mask, b.mask);
}

TEST_F(TokenizerTest, TruncatesKeepingEosLast) {
    Tokenizer tok(modelPath_);
    const std::string text = "a red ball rolls over the green box. a blue cone spins over the white ring.";
    TokenizedText full = tok.encode(text, 64);
    ASSERT_GT(full.length, 8);
    TokenizedText cut = tok.encode(text, 6);
    EXPECT_TRUE(cut.truncated);
    EXPECT_EQ(cut.length, 6);
    EXPECT_EQ(cut.ids.size(), 6u);
    EXPECT_EQ(cut.ids[5], 1);
    EXPECT_EQ(std::vector<int64_t>(cut.ids.begin(), cut.ids.begin() + 5),
              std::vector<int64_t>(full.ids.begin(), full.ids.begin() + 5));
    EXPECT_EQ(cut.mask, std::vector<int64_t>(6, 1));
    // The whole text's count is kept whatever the cut, and equals the uncut length.
    EXPECT_EQ(cut.fullLength, full.length);
    EXPECT_EQ(full.fullLength, full.length);
    EXPECT_EQ(tok.tokenCount(text), full.length);

    TokenizedText exact = tok.encode(text, full.length);  // pieces + </s> fit exactly
    EXPECT_FALSE(exact.truncated);
    EXPECT_EQ(exact.ids, std::vector<int64_t>(full.ids.begin(), full.ids.begin() + full.length));

    TokenizedText one = tok.encode(text, 1);
    EXPECT_EQ(one.ids, std::vector<int64_t>{1});
    EXPECT_NE(errorOf([&] { tok.encode(text, 0); }).find("at least 1"), std::string::npos);
}

TEST_F(TokenizerTest, EmptyTextIsOnlyEos) {
    Tokenizer tok(modelPath_);
    TokenizedText t = tok.encode("   ", 4);
    EXPECT_EQ(t.ids, (std::vector<int64_t>{1, 0, 0, 0}));
    EXPECT_EQ(t.mask, (std::vector<int64_t>{1, 0, 0, 0}));
    EXPECT_EQ(t.length, 1);
}

TEST_F(TokenizerTest, BatchEncodeStacksRows) {
    Tokenizer tok(modelPath_);
    std::vector<std::string> texts = {"a red ball", "", "a yellow star floats over the black cube."};
    TokenizedBatch b = tok.encode(texts, 12);
    EXPECT_EQ(b.batch, 3);
    EXPECT_EQ(b.textLen, 12);
    ASSERT_EQ(b.ids.size(), 36u);
    ASSERT_EQ(b.lengths.size(), 3u);
    for (size_t i = 0; i < texts.size(); ++i) {
        TokenizedText t = tok.encode(texts[i], 12);
        EXPECT_EQ(std::vector<int64_t>(b.ids.begin() + 12 * i, b.ids.begin() + 12 * (i + 1)), t.ids) << i;
        EXPECT_EQ(std::vector<int64_t>(b.mask.begin() + 12 * i, b.mask.begin() + 12 * (i + 1)), t.mask) << i;
        EXPECT_EQ(b.lengths[i], t.length) << i;
    }
}

TEST_F(TokenizerTest, MissingOrCorruptModelFilesGiveClearErrors) {
    const std::string missing = (dir_ / "nope.model").string();
    std::string err = errorOf([&] { Tokenizer t(missing); });
    EXPECT_NE(err.find(missing), std::string::npos) << err;
    EXPECT_NE(err.find("not found"), std::string::npos) << err;

    const std::string corrupt = (dir_ / "corrupt.model").string();
    {
        std::ofstream f(corrupt, std::ios::binary);
        f << "this is not a protobuf \xff\xfe\x01\x02 at all";
    }
    err = errorOf([&] { Tokenizer t(corrupt); });
    EXPECT_NE(err.find(corrupt), std::string::npos) << err;
    EXPECT_NE(err.find("not a valid SentencePiece model"), std::string::npos) << err;

    err = errorOf([&] { Tokenizer t(noPadPath_); });
    EXPECT_NE(err.find(noPadPath_), std::string::npos) << err;
    EXPECT_NE(err.find("no pad piece"), std::string::npos) << err;

    Tokenizer tok(modelPath_);
    EXPECT_NE(errorOf([&] { tok.decode({tok.vocabSize()}); }).find("outside the vocabulary"), std::string::npos);
}

}  // namespace
