#pragma once
// The Wan 2.1 diffusion transformer (the official `WanModel`, text-to-video cross-attention):
// latent videos [C_in, F, H, W] + timestep + text context -> velocity [C_out, F, H, W].
//
// Tokens are (F/pt) x (H/ph) x (W/pw) patches, flattened frame-major, padded with zero rows to a
// common sequence length; self-attention uses a 3D RoPE over the patch grid and attends only to a
// sample's real tokens, cross-attention attends to all text_len rows of the zero-padded context.
//
// Precision follows the official mixed-precision layout: the linear layers run in the weights'
// dtype (e.g. bf16 on CUDA), while the timestep embedding, the modulation, the residual stream, the
// norms and the head run in float32 (or float64 for a float64 model). Sinusoid and RoPE angles are
// computed in float64.
//
// Module names are the official state_dict keys (`blocks.0.self_attn.norm_q.weight`,
// `head.modulation`, ...), so loading is a walk over named_parameters() (see io/state_dict.h).
#include <torch/torch.h>

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "io/state_dict.h"
#include "tessera/safetensors.h"

namespace tessera {

/// The constructor arguments of the official `WanModel` (same names in the JSON).
struct DitConfig {
    std::string modelType = "t2v";              ///< JSON `model_type`: only "t2v" cross-attention is built
    std::array<int64_t, 3> patchSize{1, 2, 2};  ///< JSON `patch_size`: (t, h, w) latent pixels per token
    int64_t textLen = 512;                      ///< JSON `text_len`: context rows after zero padding
    int64_t inDim = 16;                         ///< JSON `in_dim`: input latent channels
    int64_t dim = 2048;                         ///< JSON `dim`: hidden size
    int64_t ffnDim = 8192;                      ///< JSON `ffn_dim`: FFN hidden size
    int64_t freqDim = 256;                      ///< JSON `freq_dim`: timestep sinusoid size
    int64_t textDim = 4096;                     ///< JSON `text_dim`: text encoder output size
    int64_t outDim = 16;                        ///< JSON `out_dim`: output latent channels
    int64_t numHeads = 16;                      ///< JSON `num_heads`
    int64_t numLayers = 32;                     ///< JSON `num_layers`
    std::array<int64_t, 2> windowSize{-1, -1};  ///< JSON `window_size`: only global attention (-1, -1)
    bool qkNorm = true;                         ///< JSON `qk_norm`: RMSNorm on q and k
    bool crossAttnNorm = true;                  ///< JSON `cross_attn_norm`: affine LayerNorm `norm3`
    double eps = 1e-6;                          ///< JSON `eps`: epsilon of every norm

    /// Reads the official constructor arguments; absent keys keep the defaults above (the official
    /// ones), unknown keys or wrong types throw naming the key. Calls validate().
    static DitConfig fromJson(const nlohmann::json& j);
    /// The same fields as JSON (the official names), e.g. for a checkpoint's `config` metadata.
    nlohmann::json toJson() const;
    /// Throws std::invalid_argument naming the first bad field.
    void validate() const;

    int64_t headDim() const { return dim / numHeads; }
    /// Output features per token: prod(patch_size) * out_dim.
    int64_t patchFeatures() const { return patchSize[0] * patchSize[1] * patchSize[2] * outDim; }
    /// Tokens of a latent [C, F, H, W]: (F / pt) * (H / ph) * (W / pw).
    int64_t tokenCount(int64_t frames, int64_t height, int64_t width) const;
};

/// Official `WanRMSNorm` over the last dim: x * rsqrt(mean(x^2) + eps) (in at least float32) * weight.
class WanRMSNormImpl : public torch::nn::Module {
public:
    WanRMSNormImpl(int64_t dim, double eps);
    /// x: [..., dim] -> same shape and dtype
    torch::Tensor forward(const torch::Tensor& x);

private:
    double eps_;
    torch::Tensor weight_;
};
TORCH_MODULE(WanRMSNorm);

/// Official `WanSelfAttention` / `WanT2VCrossAttention`: q, k, v, o projections and (qk_norm)
/// RMSNorms `norm_q`, `norm_k` over the whole dim, before splitting into heads.
class WanAttentionImpl : public torch::nn::Module {
public:
    WanAttentionImpl(int64_t dim, int64_t numHeads, bool qkNorm, double eps);
    /// x: [B, L, dim] -> [B, L, dim]. RoPE on q and k with rope = e^(i angle): [B, L, 1, head_dim / 2]
    /// complex (its real dtype is the rotation dtype); keyMask [B, 1, 1, L] (true = real key) or undefined.
    torch::Tensor selfAttention(const torch::Tensor& x, const torch::Tensor& rope, const torch::Tensor& keyMask);
    /// x: [B, L, dim], context: [B, Lc, dim] -> [B, L, dim]; no RoPE. Every context row is attended,
    /// or those `mask` [B, 1, L, Lc] (true = attend) allows (packed sequences).
    torch::Tensor crossAttention(const torch::Tensor& x, const torch::Tensor& context, const torch::Tensor& mask = {});

private:
    // x, source -> q, k, v: [B, heads, L, head_dim]
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> project(const torch::Tensor& x,
                                                                    const torch::Tensor& source);
    torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                         const torch::Tensor& mask);

    int64_t numHeads_;
    torch::nn::Linear q_{nullptr}, k_{nullptr}, v_{nullptr}, o_{nullptr};
    WanRMSNorm normQ_{nullptr}, normK_{nullptr};  // null without qk_norm
};
TORCH_MODULE(WanAttention);

/// Official `WanAttentionBlock`: modulated self-attention, cross-attention, modulated FFN.
class WanAttentionBlockImpl : public torch::nn::Module {
public:
    explicit WanAttentionBlockImpl(const DitConfig& cfg);
    /// x: [B, L, dim] residual stream (float32/64); e0: [B, 6, dim] time projection (same dtype), or
    /// [B, L, 6, dim] per token; context: [B, Lc, dim] in the weights' dtype. keyMask: self-attention
    /// mask broadcastable to [B, 1, L, L] (true = attend) or undefined; crossMask: [B, 1, L, Lc] or
    /// undefined. Returns the new residual stream.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& e0, const torch::Tensor& context,
                          const torch::Tensor& rope, const torch::Tensor& keyMask, const torch::Tensor& crossMask = {});

private:
    double eps_;
    torch::Tensor modulation_;  // [1, 6, dim]
    WanAttention selfAttn_{nullptr}, crossAttn_{nullptr};
    torch::nn::LayerNorm norm3_{nullptr};  // null without cross_attn_norm
    // 0 Linear, 1 GELU(tanh), 2 Linear: a Sequential for the checkpoint keys `ffn.0` / `ffn.2`; forward()
    // calls the two Linears through at::linear (see dit.cpp).
    torch::nn::Sequential ffn_{nullptr};
};
TORCH_MODULE(WanAttentionBlock);

/// Official `Head`: LN(x) * (1 + scale) + shift, then a Linear to prod(patch) * out_dim features.
class WanHeadImpl : public torch::nn::Module {
public:
    explicit WanHeadImpl(const DitConfig& cfg);
    /// x: [B, L, dim] residual stream; e: [B, dim] time embedding (same dtype), or [B, L, dim] per
    /// token -> [B, L, patchFeatures]
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& e);

private:
    double eps_;
    torch::Tensor modulation_;  // [1, 2, dim]
    torch::nn::Linear head_{nullptr};
};
TORCH_MODULE(WanHead);

/// Official `WanModel` (model_type t2v).
class WanModelImpl : public torch::nn::Module {
public:
    explicit WanModelImpl(const DitConfig& cfg);
    const DitConfig& config() const { return cfg_; }

    /// x: B latents [in_dim, F_i, H_i, W_i] (F, H, W multiples of patch_size; shapes may differ);
    /// t: [B] timesteps (float or integer; a single value is used for every sample);
    /// context: B text embeddings [L_i, text_dim] with L_i <= text_len;
    /// seqLen: padded token count (>= the largest sample's; 0 = exactly that).
    /// Returns B velocities [out_dim, F_i, H_i, W_i] in float32 (float64 for a float64 model).
    std::vector<torch::Tensor> forward(const std::vector<torch::Tensor>& x, const torch::Tensor& t,
                                       const std::vector<torch::Tensor>& context, int64_t seqLen = 0);

    /// Patch n' Pack: the same computation as forward() (same inputs and results, up to float
    /// rounding), but the samples' tokens are packed back to back into sequences of `budget` tokens
    /// (first fit, in the given order) instead of each padded to its own row. Attention is confined
    /// to each sample (block-diagonal self-attention, cross-attention to the sample's own text), and
    /// RoPE positions and time modulation are per sample. Every sample must fit the budget.
    /// With `hidden`, it also receives each sample's residual stream after the first `hiddenAfter`
    /// blocks (1..layers), [tokens, dim] in the patch grid's (f, h, w) order: the trainer's auxiliary
    /// attribute loss reads it. With `everyBlock`, it receives the residual stream after every block,
    /// each [total tokens, dim] with the samples' tokens back to back in the given order (the
    /// trainer's text distillation compares a student's with its teacher's).
    std::vector<torch::Tensor> forwardPacked(const std::vector<torch::Tensor>& x, const torch::Tensor& t,
                                             const std::vector<torch::Tensor>& context, int64_t budget,
                                             std::vector<torch::Tensor>* hidden = nullptr, int64_t hiddenAfter = 0,
                                             std::vector<torch::Tensor>* everyBlock = nullptr);
    /// First-fit bin packing: the sample indices of every bin, each bin's token count <= budget.
    /// Throws std::invalid_argument if a sample is larger than the budget.
    static std::vector<std::vector<int64_t>> packFirstFit(const std::vector<int64_t>& tokenCounts, int64_t budget);

private:
    void checkInputs(const std::vector<torch::Tensor>& x, const torch::Tensor& t,
                     const std::vector<torch::Tensor>& context) const;
    // Latents -> [tokens, dim] per sample (stream dtype); appends each sample's token grid.
    std::vector<torch::Tensor> patchify(const std::vector<torch::Tensor>& x, std::vector<std::array<int64_t, 3>>* grids);
    // e [B, dim] and e0 [B, 6, dim] of the timesteps.
    std::pair<torch::Tensor, torch::Tensor> timeEmbedding(const torch::Tensor& t, int64_t B);
    // Contexts zero-padded to text_len, through the text MLP: [B, text_len, dim].
    torch::Tensor textEmbedding(const std::vector<torch::Tensor>& context);
    // One sample's head output [>= tokens, features] -> [out_dim, F, H, W].
    torch::Tensor unpatchify(const torch::Tensor& out, const std::array<int64_t, 3>& grid) const;
    // e^(i angle) of the RoPE for one patch grid: [f * h * w, head_dim / 2] complex with real dtype
    // `dtype`, cached per grid, device and dtype.
    torch::Tensor gridRope(int64_t f, int64_t h, int64_t w, torch::Device device, torch::Dtype dtype);

    DitConfig cfg_;
    torch::nn::Conv3d patchEmbedding_{nullptr};
    torch::nn::Sequential textEmbedding_{nullptr};   // 0 Linear, 1 GELU(tanh), 2 Linear
    torch::nn::Sequential timeEmbedding_{nullptr};   // 0 Linear, 1 SiLU, 2 Linear
    torch::nn::Sequential timeProjection_{nullptr};  // 0 SiLU, 1 Linear (dim -> 6 * dim)
    torch::nn::ModuleList blocks_{nullptr};
    WanHead head_{nullptr};

    std::mutex ropeMutex_;
    std::map<std::string, torch::Tensor> ropeCache_;
};
TORCH_MODULE(WanModel);

/// Builds a WanModel for `config` and loads it from `checkpoint` (eval mode, options' device/dtype).
/// A missing, extra or mis-shaped tensor throws TensorFileError naming it and the file.
WanModel loadWanModel(const TensorCheckpoint& checkpoint, const DitConfig& config, const LoadOptions& options = {});
/// The same from one opened safetensors file.
WanModel loadWanModel(const SafetensorsFile& file, const DitConfig& config, const LoadOptions& options = {});

}  // namespace tessera
