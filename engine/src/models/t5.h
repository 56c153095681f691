#pragma once
// The umT5 text encoder of Wan 2.1 (the official `T5Encoder` of wan/modules/t5.py): token ids
// [B, L] -> embeddings [B, L, dim]. Pre-norm blocks of self-attention with a learned relative
// position bias (no 1/sqrt(d) scaling) and a GELU-tanh gated feed-forward; T5LayerNorm everywhere.
//
// Module names are the official state_dict keys (`blocks.0.attn.q.weight`,
// `blocks.1.pos_embedding.embedding.weight`, ...), so loading is a walk over named_parameters().
#include <torch/torch.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

namespace tessera {

/// The constructor arguments of the official `T5Encoder` (same names in the JSON).
struct T5Config {
    int64_t vocab = 256384;   ///< JSON `vocab`: token embedding rows
    int64_t dim = 4096;       ///< JSON `dim`: model width (the output size)
    int64_t dimAttn = 4096;   ///< JSON `dim_attn`: q/k/v width, num_heads * head dim
    int64_t dimFfn = 10240;   ///< JSON `dim_ffn`: feed-forward hidden width
    int64_t numHeads = 64;    ///< JSON `num_heads`
    int64_t numLayers = 24;   ///< JSON `num_layers`
    int64_t numBuckets = 32;  ///< JSON `num_buckets`: relative-position buckets (both directions)
    bool sharedPos = false;   ///< JSON `shared_pos`: one top-level position table instead of one per block
    double dropout = 0.1;     ///< JSON `dropout` (inactive at inference)

    /// Reads the official constructor arguments; absent keys keep the umT5-XXL values above,
    /// unknown keys or wrong types throw naming the key. Calls validate().
    static T5Config fromJson(const nlohmann::json& j);
    /// Throws std::invalid_argument naming the first bad field.
    void validate() const;
};

/// Bidirectional T5 bucket of relative positions r = key_pos - query_pos (any int64 shape): buckets
/// [0, numBuckets/2) for r <= 0 and [numBuckets/2, numBuckets) for r > 0; exact below numBuckets/4,
/// logarithmic up to maxDistance, the last bucket beyond (log term in float32, truncated).
torch::Tensor relativePositionBucket(const torch::Tensor& relPos, int64_t numBuckets, int64_t maxDistance = 128);

/// Official `T5RelativeEmbedding` (bidirectional): a learned bias per bucket and head.
class T5RelativeEmbeddingImpl : public torch::nn::Module {
public:
    T5RelativeEmbeddingImpl(int64_t numBuckets, int64_t numHeads);
    /// Position bias [1, heads, lq, lk] in the table's dtype, on its device.
    torch::Tensor forward(int64_t lq, int64_t lk);

private:
    int64_t numBuckets_;
    torch::nn::Embedding embedding_{nullptr};
};
TORCH_MODULE(T5RelativeEmbedding);

/// Official `T5LayerNorm`: x * rsqrt(mean(x^2) + 1e-6) * weight (no mean subtraction, no bias).
class T5LayerNormImpl : public torch::nn::Module {
public:
    explicit T5LayerNormImpl(int64_t dim);
    /// x: [..., dim] -> same shape, in the weight's dtype
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::Tensor weight_;
};
TORCH_MODULE(T5LayerNorm);

/// Official `T5Attention` (self-attention here): q, k, v, o without bias and without score scaling.
class T5AttentionImpl : public torch::nn::Module {
public:
    T5AttentionImpl(int64_t dim, int64_t dimAttn, int64_t numHeads);
    /// x: [B, L, dim]; bias: [B or 1, heads, L, L] added to the scores (position bias, masked keys
    /// at the dtype's lowest value). Returns [B, L, dim].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias);

private:
    int64_t numHeads_;
    torch::nn::Linear q_{nullptr}, k_{nullptr}, v_{nullptr}, o_{nullptr};
};
TORCH_MODULE(T5Attention);

/// Official `T5FeedForward`: fc2(fc1(x) * gelu_tanh(gate(x))); `gate` is Sequential(Linear, GELU).
class T5FeedForwardImpl : public torch::nn::Module {
public:
    T5FeedForwardImpl(int64_t dim, int64_t dimFfn);
    /// x: [B, L, dim] -> [B, L, dim]
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Sequential gate_{nullptr};
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(T5FeedForward);

/// Official `T5SelfAttention` block: x += attn(norm1(x)); x += ffn(norm2(x)). Has its own
/// `pos_embedding` unless the position table is shared.
class T5BlockImpl : public torch::nn::Module {
public:
    explicit T5BlockImpl(const T5Config& cfg);
    /// x: [B, L, dim]; bias: [B or 1, heads, L, L] position bias with padded keys at the dtype's
    /// lowest value. Returns [B, L, dim].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias);
    /// The block's own position table (null when the encoder shares one).
    T5RelativeEmbedding posEmbedding() const { return posEmbedding_; }

private:
    T5LayerNorm norm1_{nullptr}, norm2_{nullptr};
    T5Attention attn_{nullptr};
    T5FeedForward ffn_{nullptr};
    T5RelativeEmbedding posEmbedding_{nullptr};
};
TORCH_MODULE(T5Block);

/// Official `T5Encoder`: token_embedding, blocks.{i}, norm (and a top-level pos_embedding when shared).
class T5EncoderImpl : public torch::nn::Module {
public:
    explicit T5EncoderImpl(const T5Config& cfg);
    const T5Config& config() const { return cfg_; }

    /// ids: [B, L] int64 token ids; mask: [B, L] (non-zero = real token, 0 = padding) or undefined
    /// for no padding. Returns [B, L, dim] after the final norm for every row; padded keys are
    /// excluded from attention, padded query rows are still computed.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask = {});
    /// Block i's position bias [1, heads, L, L] before masking (the shared table's when shared_pos).
    torch::Tensor positionBias(size_t block, int64_t length);

private:
    T5Config cfg_;
    torch::nn::Embedding tokenEmbedding_{nullptr};
    T5RelativeEmbedding posEmbedding_{nullptr};  // only with shared_pos
    std::vector<T5Block> blocks_;
    T5LayerNorm norm_{nullptr};
};
TORCH_MODULE(T5Encoder);

}  // namespace tessera
