#pragma once
// The umT5 SentencePiece tokenizer as Wan 2.1 uses it: whitespace cleaned, pieces, then </s>,
// truncated to the text length (keeping </s> last) and padded with the pad id. Torch-free.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sentencepiece {
class SentencePieceProcessor;
}

namespace tessera {

/// One tokenized text of fixed length.
struct TokenizedText {
    std::vector<int64_t> ids;   ///< [textLen]: pieces, </s>, then pad ids
    std::vector<int64_t> mask;  ///< [textLen]: 1 for real tokens (</s> included), 0 for padding
    int64_t length = 0;         ///< real tokens, </s> included
    bool truncated = false;     ///< pieces were dropped to fit textLen
    int64_t fullLength = 0;     ///< tokens the whole text needs, </s> included (> length when truncated)
};

/// Several texts of the same fixed length, row-major [batch, textLen].
struct TokenizedBatch {
    int64_t batch = 0;
    int64_t textLen = 0;
    std::vector<int64_t> ids;      ///< [batch * textLen]
    std::vector<int64_t> mask;     ///< [batch * textLen]
    std::vector<int64_t> lengths;  ///< [batch] real tokens per row, </s> included
};

class Tokenizer {
public:
    /// Loads a SentencePiece `.model` file. Throws std::runtime_error naming the file when it is
    /// missing, not a SentencePiece model, or has no pad or eos piece.
    explicit Tokenizer(const std::string& modelPath);
    ~Tokenizer();
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    /// Tokenizes `text` to exactly `textLen` ids (textLen >= 1): at most textLen - 1 pieces, then </s>, then padding.
    TokenizedText encode(const std::string& text, int64_t textLen) const;
    /// Tokens the whole of `text` takes, </s> included, with no length limit.
    int64_t tokenCount(const std::string& text) const { return encode(text, 1).fullLength; }
    /// encode() of every text, stacked row-major.
    TokenizedBatch encode(const std::vector<std::string>& texts, int64_t textLen) const;
    /// The text of `ids`; pad, </s> and other control ids produce nothing.
    std::string decode(const std::vector<int64_t>& ids) const;

    /// Pieces in the model (ids are 0 .. vocabSize() - 1).
    int64_t vocabSize() const;
    int64_t padId() const { return padId_; }
    int64_t eosId() const { return eosId_; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::unique_ptr<sentencepiece::SentencePieceProcessor> sp_;
    int64_t padId_ = 0;
    int64_t eosId_ = 1;
};

}  // namespace tessera
