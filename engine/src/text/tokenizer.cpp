#include "text/tokenizer.h"

#include <sentencepiece_processor.h>

#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace tessera {

namespace {

// Wan's 'whitespace' clean: every run of whitespace becomes one space, and the ends are trimmed.
std::string cleanWhitespace(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char ch : text) {
        if (std::isspace(static_cast<unsigned char>(ch))) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(ch);
    }
    return out;
}

}  // namespace

Tokenizer::Tokenizer(const std::string& modelPath)
    : path_(modelPath), sp_(std::make_unique<sentencepiece::SentencePieceProcessor>()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(modelPath, ec))
        throw std::runtime_error(modelPath + ": tokenizer model not found (expected a SentencePiece .model file)");
    const auto status = sp_->Load(modelPath);
    if (!status.ok())
        throw std::runtime_error(modelPath + ": not a valid SentencePiece model (" + status.ToString() + ")");
    padId_ = sp_->pad_id();
    eosId_ = sp_->eos_id();
    if (padId_ < 0)
        throw std::runtime_error(modelPath + ": the SentencePiece model has no pad piece to pad texts with");
    if (eosId_ < 0) throw std::runtime_error(modelPath + ": the SentencePiece model has no </s> (eos) piece");
}

Tokenizer::~Tokenizer() = default;

int64_t Tokenizer::vocabSize() const {
    return sp_->GetPieceSize();
}

TokenizedText Tokenizer::encode(const std::string& text, int64_t textLen) const {
    if (textLen < 1)
        throw std::invalid_argument("tokenizer: text length must be at least 1, got " + std::to_string(textLen));
    std::vector<int> pieces;
    const auto status = sp_->Encode(cleanWhitespace(text), &pieces);
    if (!status.ok()) throw std::runtime_error(path_ + ": cannot tokenize the text (" + status.ToString() + ")");

    TokenizedText out;
    const int64_t kept = std::min<int64_t>(static_cast<int64_t>(pieces.size()), textLen - 1);
    out.truncated = kept < static_cast<int64_t>(pieces.size());
    out.length = kept + 1;
    out.fullLength = static_cast<int64_t>(pieces.size()) + 1;
    out.ids.assign(static_cast<size_t>(textLen), padId_);
    out.mask.assign(static_cast<size_t>(textLen), 0);
    for (int64_t i = 0; i < kept; ++i) out.ids[i] = pieces[i];
    out.ids[kept] = eosId_;
    std::fill(out.mask.begin(), out.mask.begin() + out.length, 1);
    return out;
}

TokenizedBatch Tokenizer::encode(const std::vector<std::string>& texts, int64_t textLen) const {
    TokenizedBatch out;
    out.batch = static_cast<int64_t>(texts.size());
    out.textLen = textLen;
    for (const std::string& text : texts) {
        TokenizedText t = encode(text, textLen);
        out.ids.insert(out.ids.end(), t.ids.begin(), t.ids.end());
        out.mask.insert(out.mask.end(), t.mask.begin(), t.mask.end());
        out.lengths.push_back(t.length);
    }
    return out;
}

std::string Tokenizer::decode(const std::vector<int64_t>& ids) const {
    std::vector<int> pieces;
    pieces.reserve(ids.size());
    for (int64_t id : ids) {
        if (id < 0 || id >= vocabSize())
            throw std::invalid_argument("tokenizer: id " + std::to_string(id) + " is outside the vocabulary of " +
                                        std::to_string(vocabSize()));
        pieces.push_back(static_cast<int>(id));
    }
    std::string text;
    const auto status = sp_->Decode(pieces, &text);
    if (!status.ok()) throw std::runtime_error(path_ + ": cannot decode ids (" + status.ToString() + ")");
    return text;
}

}  // namespace tessera
