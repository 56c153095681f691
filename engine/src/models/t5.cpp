#include "models/t5.h"

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>

#include "io/tensor_io.h"

namespace tessera {

// ---------------------------------------------------------------------------------------------
// Config

namespace {

int64_t jsonInt(const nlohmann::json& v, const std::string& key) {
    if (!v.is_number_integer()) throw std::invalid_argument("T5 config: '" + key + "' must be an integer");
    return v.get<int64_t>();
}

// The most negative finite value of a floating dtype (what the official code masks keys with).
double lowestOf(torch::ScalarType dtype) {
    double lowest = 0;
    AT_DISPATCH_FLOATING_TYPES_AND2(torch::kHalf, torch::kBFloat16, dtype, "lowestOf",
                                    [&] { lowest = static_cast<double>(std::numeric_limits<scalar_t>::lowest()); });
    return lowest;
}

}  // namespace

T5Config T5Config::fromJson(const nlohmann::json& j) {
    if (!j.is_object()) throw std::invalid_argument("T5 config: expected a JSON object of T5Encoder arguments");
    static const std::set<std::string> known = {"vocab",      "dim",         "dim_attn",   "dim_ffn", "num_heads",
                                                "num_layers", "num_buckets", "shared_pos", "dropout"};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.count(it.key()))
            throw std::invalid_argument("T5 config: unknown field '" + it.key() + "' (not a T5Encoder argument)");

    T5Config c;
    if (j.contains("vocab")) c.vocab = jsonInt(j["vocab"], "vocab");
    if (j.contains("dim")) c.dim = jsonInt(j["dim"], "dim");
    if (j.contains("dim_attn")) c.dimAttn = jsonInt(j["dim_attn"], "dim_attn");
    if (j.contains("dim_ffn")) c.dimFfn = jsonInt(j["dim_ffn"], "dim_ffn");
    if (j.contains("num_heads")) c.numHeads = jsonInt(j["num_heads"], "num_heads");
    if (j.contains("num_layers")) c.numLayers = jsonInt(j["num_layers"], "num_layers");
    if (j.contains("num_buckets")) c.numBuckets = jsonInt(j["num_buckets"], "num_buckets");
    if (j.contains("shared_pos")) {
        if (!j["shared_pos"].is_boolean()) throw std::invalid_argument("T5 config: 'shared_pos' must be true or false");
        c.sharedPos = j["shared_pos"].get<bool>();
    }
    if (j.contains("dropout")) {
        if (!j["dropout"].is_number()) throw std::invalid_argument("T5 config: 'dropout' must be a number");
        c.dropout = j["dropout"].get<double>();
    }
    c.validate();
    return c;
}

void T5Config::validate() const {
    auto fail = [](const std::string& msg) { throw std::invalid_argument("T5 config: " + msg); };
    auto positive = [&](int64_t v, const char* key) {
        if (v <= 0) fail(std::string("'") + key + "' must be positive, got " + std::to_string(v));
    };
    positive(vocab, "vocab");
    positive(dim, "dim");
    positive(dimAttn, "dim_attn");
    positive(dimFfn, "dim_ffn");
    positive(numHeads, "num_heads");
    positive(numLayers, "num_layers");
    if (dimAttn % numHeads != 0)
        fail("'dim_attn' (" + std::to_string(dimAttn) + ") must be a multiple of 'num_heads' (" +
             std::to_string(numHeads) + ")");
    // Each direction gets numBuckets/2 buckets, half of them exact: at least one exact bucket.
    if (numBuckets < 4) fail("'num_buckets' must be at least 4, got " + std::to_string(numBuckets));
    if (!(dropout >= 0 && dropout < 1)) fail("'dropout' must be in [0, 1), got " + std::to_string(dropout));
}

// ---------------------------------------------------------------------------------------------
// Relative position buckets

torch::Tensor relativePositionBucket(const torch::Tensor& relPos, int64_t numBuckets, int64_t maxDistance) {
    const int64_t half = numBuckets / 2;  // buckets per direction
    const int64_t maxExact = half / 2;    // distances below this get a bucket each
    torch::Tensor bucket = (relPos > 0).to(torch::kInt64) * half;
    torch::Tensor a = relPos.abs();
    // Log-spaced buckets from maxExact to maxDistance, computed in float32 and truncated like the
    // official code. a = 0 would give log(0); it takes the exact branch, so clamp it away.
    torch::Tensor logScaled = torch::log(a.clamp_min(1).to(torch::kFloat32) / maxExact) /
                              std::log(static_cast<double>(maxDistance) / maxExact) * (half - maxExact);
    torch::Tensor large = (maxExact + logScaled.to(torch::kInt64)).clamp_max(half - 1);
    return bucket + torch::where(a < maxExact, a, large);
}

T5RelativeEmbeddingImpl::T5RelativeEmbeddingImpl(int64_t numBuckets, int64_t numHeads) : numBuckets_(numBuckets) {
    embedding_ = register_module("embedding", torch::nn::Embedding(numBuckets, numHeads));
}

torch::Tensor T5RelativeEmbeddingImpl::forward(int64_t lq, int64_t lk) {
    const auto opts = torch::TensorOptions().dtype(torch::kInt64).device(embedding_->weight.device());
    // r = key position - query position: [lq, lk]
    torch::Tensor rel = torch::arange(lk, opts).unsqueeze(0) - torch::arange(lq, opts).unsqueeze(1);
    torch::Tensor bias = embedding_(relativePositionBucket(rel, numBuckets_));  // [lq, lk, heads]
    return bias.permute({2, 0, 1}).unsqueeze(0).contiguous();                   // [1, heads, lq, lk]
}

// ---------------------------------------------------------------------------------------------
// Layers

T5LayerNormImpl::T5LayerNormImpl(int64_t dim) {
    weight_ = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor T5LayerNormImpl::forward(const torch::Tensor& x) {
    // The mean square is taken in float32 whatever the run dtype.
    torch::Tensor y = x * torch::rsqrt(x.to(torch::kFloat32).pow(2).mean(-1, /*keepdim=*/true) + 1e-6);
    if (weight_.scalar_type() == torch::kHalf || weight_.scalar_type() == torch::kBFloat16)
        y = y.to(weight_.scalar_type());
    return weight_ * y;
}

T5AttentionImpl::T5AttentionImpl(int64_t dim, int64_t dimAttn, int64_t numHeads) : numHeads_(numHeads) {
    auto linear = [](int64_t in, int64_t out) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(false));
    };
    q_ = register_module("q", linear(dim, dimAttn));
    k_ = register_module("k", linear(dim, dimAttn));
    v_ = register_module("v", linear(dim, dimAttn));
    o_ = register_module("o", linear(dimAttn, dim));
}

torch::Tensor T5AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& bias) {
    const int64_t b = x.size(0), l = x.size(1);
    auto heads = [&](const torch::Tensor& t) { return t.view({b, l, numHeads_, -1}).transpose(1, 2); };
    torch::Tensor q = heads(q_(x)), k = heads(k_(x)), v = heads(v_(x));  // [B, heads, L, d]
    // T5 does not scale the scores by 1/sqrt(d): scale 1, plus the position/mask bias.
    torch::Tensor out = torch::scaled_dot_product_attention(q, k, v, bias, /*dropout_p=*/0.0, /*is_causal=*/false,
                                                            /*scale=*/1.0);  // [B, heads, L, d]
    return o_(out.transpose(1, 2).reshape({b, l, -1}));
}

T5FeedForwardImpl::T5FeedForwardImpl(int64_t dim, int64_t dimFfn) {
    gate_ = register_module("gate",
                            torch::nn::Sequential(torch::nn::Linear(torch::nn::LinearOptions(dim, dimFfn).bias(false)),
                                                  torch::nn::GELU(torch::nn::GELUOptions().approximate("tanh"))));
    fc1_ = register_module("fc1", torch::nn::Linear(torch::nn::LinearOptions(dim, dimFfn).bias(false)));
    fc2_ = register_module("fc2", torch::nn::Linear(torch::nn::LinearOptions(dimFfn, dim).bias(false)));
}

torch::Tensor T5FeedForwardImpl::forward(const torch::Tensor& x) {
    return fc2_(fc1_(x) * gate_->forward(x));
}

T5BlockImpl::T5BlockImpl(const T5Config& cfg) {
    norm1_ = register_module("norm1", T5LayerNorm(cfg.dim));
    attn_ = register_module("attn", T5Attention(cfg.dim, cfg.dimAttn, cfg.numHeads));
    norm2_ = register_module("norm2", T5LayerNorm(cfg.dim));
    ffn_ = register_module("ffn", T5FeedForward(cfg.dim, cfg.dimFfn));
    if (!cfg.sharedPos)
        posEmbedding_ = register_module("pos_embedding", T5RelativeEmbedding(cfg.numBuckets, cfg.numHeads));
}

namespace {

// The official fp16_clamp: float16 activations that overflowed are pulled back into range.
torch::Tensor fp16Clamp(const torch::Tensor& x) {
    if (x.scalar_type() != torch::kHalf || !torch::isinf(x).any().item<bool>()) return x;
    const double limit = static_cast<double>(std::numeric_limits<c10::Half>::max()) - 1000;
    return x.clamp(-limit, limit);
}

}  // namespace

torch::Tensor T5BlockImpl::forward(const torch::Tensor& x, const torch::Tensor& bias) {
    torch::Tensor h = fp16Clamp(x + attn_(norm1_(x), bias));
    return fp16Clamp(h + ffn_(norm2_(h)));
}

// ---------------------------------------------------------------------------------------------
// Encoder

T5EncoderImpl::T5EncoderImpl(const T5Config& cfg) : cfg_(cfg) {
    cfg_.validate();
    tokenEmbedding_ = register_module("token_embedding", torch::nn::Embedding(cfg.vocab, cfg.dim));
    if (cfg.sharedPos)
        posEmbedding_ = register_module("pos_embedding", T5RelativeEmbedding(cfg.numBuckets, cfg.numHeads));
    auto list = register_module("blocks", torch::nn::ModuleList());
    for (int64_t i = 0; i < cfg.numLayers; ++i) {
        blocks_.push_back(T5Block(cfg));
        list->push_back(blocks_.back());
    }
    norm_ = register_module("norm", T5LayerNorm(cfg.dim));
}

torch::Tensor T5EncoderImpl::positionBias(size_t block, int64_t length) {
    if (block >= blocks_.size())
        throw std::out_of_range("T5 encoder: block " + std::to_string(block) + " of " + std::to_string(blocks_.size()));
    return cfg_.sharedPos ? posEmbedding_(length, length) : blocks_[block]->posEmbedding()->forward(length, length);
}

torch::Tensor T5EncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& mask) {
    if (ids.dim() != 2 || ids.scalar_type() != torch::kInt64)
        throw std::invalid_argument("T5 encoder: ids must be int64 [batch, length], got " +
                                    std::string(c10::toString(ids.scalar_type())) + " " + shapeString(ids.sizes()));
    if (mask.defined() && mask.sizes() != ids.sizes())
        throw std::invalid_argument("T5 encoder: mask " + shapeString(mask.sizes()) + " does not match ids " +
                                    shapeString(ids.sizes()));
    const int64_t b = ids.size(0), l = ids.size(1);
    if (ids.numel() > 0) {
        const int64_t lo = ids.min().item<int64_t>(), hi = ids.max().item<int64_t>();
        if (lo < 0 || hi >= cfg_.vocab)
            throw std::invalid_argument("T5 encoder: token id " + std::to_string(lo < 0 ? lo : hi) +
                                        " is outside the vocabulary of " + std::to_string(cfg_.vocab));
    }

    torch::Tensor x = tokenEmbedding_(ids.to(tokenEmbedding_->weight.device()));  // [B, L, dim]
    torch::Tensor padded;                                                         // [B, 1, 1, L], true = padding key
    if (mask.defined()) padded = (mask == 0).view({b, 1, 1, l}).to(x.device());
    const double lowest = lowestOf(x.scalar_type());
    torch::Tensor shared = cfg_.sharedPos ? posEmbedding_(l, l) : torch::Tensor();
    for (auto& block : blocks_) {
        torch::Tensor bias = shared.defined() ? shared : block->posEmbedding()->forward(l, l);  // [1, heads, L, L]
        // Padded keys get the dtype's lowest value (not -inf), so a row of only padding stays finite.
        if (padded.defined()) bias = bias.masked_fill(padded, lowest);  // [B, heads, L, L]
        x = block(x, bias);
    }
    return norm_(x);
}

}  // namespace tessera
