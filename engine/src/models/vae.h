#pragma once
// The Wan 2.1 causal 3D VAE (the official `WanVAE_`): video [B, 3, T, H, W] in [-1, 1] <-> latent
// [B, z_dim, 1 + (T - 1) / 4, H / 8, W / 8] (factors for the released configuration).
//
// Both directions run in time chunks through a feature cache, exactly like the official code: every
// causal conv remembers the last input frames of the previous chunk, so the result equals a causal
// conv over the whole sequence while the working memory stays the same for any duration. Encode and
// decode can also run in spatial tiles (each tile through all time chunks with its own cache) to
// bound memory for large frames; overlapping tiles are blended linearly (see VaeTiling).
//
// Module names are the official state_dict keys (`encoder.downsamples.5.time_conv.weight`, ...), so
// loading is a walk over named_parameters() (see io/state_dict.h).
#include <torch/torch.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace tessera {

/// The constructor arguments of the official `WanVAE_` (same names in the JSON).
struct VaeConfig {
    int64_t dim = 96;                                         ///< JSON `dim`: base channel count
    /// JSON `dec_dim`: the decoder's base channel count (Wan 2.2's VAE has a decoder wider than its
    /// encoder); 0 (absent) means `dim`, as in Wan 2.1.
    int64_t decDim = 0;
    int64_t zDim = 16;                                        ///< JSON `z_dim`: latent channels
    std::vector<int64_t> dimMult{1, 2, 4, 4};                 ///< JSON `dim_mult`: channel multiplier per stage
    int64_t numResBlocks = 2;                                 ///< JSON `num_res_blocks` (the decoder uses one more)
    std::vector<double> attnScales;                           ///< JSON `attn_scales`: scales with an attention block
    std::vector<bool> temperalDownsample{false, true, true};  ///< JSON `temperal_downsample` (sic), per stage
    double dropout = 0.0;                                     ///< JSON `dropout` (inactive in eval mode)

    /// Reads the official constructor arguments; absent keys keep the released Wan 2.1 values above,
    /// unknown keys or wrong types throw naming the key. Calls validate().
    static VaeConfig fromJson(const nlohmann::json& j);
    /// Throws std::invalid_argument naming the first bad field.
    void validate() const;

    /// The decoder's base channel count: decDim, or dim when decDim is 0.
    int64_t decoderDim() const { return decDim > 0 ? decDim : dim; }
    /// The JSON form fromJson() reads (`dec_dim` only when set).
    nlohmann::json toJson() const;

    /// Pixels per latent pixel along H and W (2^(stages - 1); 8 for Wan 2.1).
    int64_t spatialFactor() const;
    /// Frames per latent frame after the first (2^(temporal downsamples); 4 for Wan 2.1).
    int64_t temporalFactor() const;
    /// Latent frames for a video of `frames` frames: 1 + (frames - 1) / temporalFactor().
    int64_t latentFrames(int64_t frames) const;
    /// Frames that encode actually reads: 1 + k * temporalFactor(). Like the official encode, frames
    /// beyond this are dropped; callers that care should trim or pad to this count first.
    int64_t validFrameCount(int64_t frames) const;
    /// Frames the decoder produces from `latentFrames`: 1 + temporalFactor() * (latentFrames - 1).
    int64_t decodedFrames(int64_t latentFrames) const;
};

/// Thrown when a progress callback asks to stop; the message says where it stopped.
class VaeCancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Called after every processed chunk (one tile, one time chunk) with chunks done and the total;
/// returning false cancels the call with VaeCancelled.
using VaeProgress = std::function<bool(int64_t done, int64_t total)>;

/// Spatial tiling in latent pixels: tiles of `tileLatent` x `tileLatent` that overlap their
/// neighbours by `overlapLatent` (at most tileLatent / 2); tileLatent 0 means one tile (no tiling).
/// Only the full-resolution half of the encoder/decoder is tiled; the latent-resolution half (with
/// the global attention) always sees whole frames. In each shared strip, the pixels a tile's zero
/// padding reaches are left out (up to 3/8 of the strip on each side) and the rest is blended
/// linearly. With the Wan 2.1 layout an overlap of 16 covers that reach (50 output pixels for
/// decode, 6 latent pixels for encode), so tiled results equal untiled ones up to float rounding.
struct VaeTiling {
    int64_t tileLatent = 0;
    int64_t overlapLatent = 16;
};

struct EncodeOptions {
    VaeTiling tiling;
    /// Latent frames per time chunk after the first (which is always frame 0 alone). 1 is the
    /// official chunking and the least memory; larger chunks give the same result.
    int64_t chunkLatentFrames = 1;
    VaeProgress progress;
};

struct DecodeOptions {
    bool clamp = false;  ///< clamp the video to [-1, 1] as `WanVAE.decode` does
    VaeTiling tiling;
    /// Latent frames per time chunk after the first (which is always latent frame 0 alone).
    int64_t chunkLatentFrames = 1;
    VaeProgress progress;
    /// If set (untiled decode only), decoded frames are handed over chunk by chunk ([B, 3, n, H, W]
    /// starting at video frame `firstFrame`) instead of being collected, and decode returns an
    /// undefined tensor; then no memory grows with the video's duration.
    std::function<void(const torch::Tensor& frames, int64_t firstFrame)> onFrames;
};

/// What every causal conv and temporal resample of one stream (one tile) remembers between time
/// chunks. The modules visit their slots in a fixed order, once per chunk.
class ChunkCache {
public:
    struct Slot {
        bool seen = false;     ///< a chunk has passed through this slot
        torch::Tensor frames;  ///< the last input frames kept for the next chunk (undefined: none)
    };
    /// Call at the start of every chunk.
    void rewind() { cursor_ = 0; }
    /// The next slot in visiting order (created on the first chunk).
    Slot& next();

private:
    std::deque<Slot> slots_;  // a deque keeps handed-out references valid
    size_t cursor_ = 0;
};

/// Official `RMS_norm`: x / max(||x||_2 over channels, 1e-12) * sqrt(C) * gamma, no bias.
class RMSNormImpl : public torch::nn::Module {
public:
    /// images: gamma [C, 1, 1] for [N, C, H, W] input, else [C, 1, 1, 1] for [B, C, T, H, W].
    RMSNormImpl(int64_t channels, bool images);
    torch::Tensor forward(const torch::Tensor& x);

private:
    double scale_;
    torch::Tensor gamma_;
};
TORCH_MODULE(RMSNorm);

/// Official `CausalConv3d`: a Conv3d whose time padding is 2 * p_t frames in front only (or the
/// cached frames of the previous chunk); space is padded symmetrically.
class CausalConv3dImpl : public torch::nn::Module {
public:
    CausalConv3dImpl(int64_t in, int64_t out, std::vector<int64_t> kernel, std::vector<int64_t> stride,
                     std::vector<int64_t> padding);
    /// x: [B, Cin, t, H, W]; history: up to 2 * p_t earlier input frames [B, Cin, h, H, W] or undefined.
    /// Returns [B, Cout, t', H', W'] as if the conv ran over [zeros, history, x].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& history = {});
    /// Like forward(), with the history kept in `slot` and updated for the next chunk.
    torch::Tensor forward(const torch::Tensor& x, ChunkCache::Slot& slot);

private:
    std::vector<int64_t> stride_, padding_;
    torch::Tensor weight_, bias_;
};
TORCH_MODULE(CausalConv3d);

/// Official `ResidualBlock`: residual.{0 norm, 1 SiLU, 2 conv, 3 norm, 4 SiLU, 5 dropout, 6 conv}
/// plus a 1x1x1 `shortcut` conv when the channel count changes.
class ResidualBlockImpl : public torch::nn::Module {
public:
    ResidualBlockImpl(int64_t in, int64_t out, double dropout);
    /// x: [B, in, t, H, W] -> [B, out, t, H, W]
    torch::Tensor forward(const torch::Tensor& x, ChunkCache& cache);

private:
    double dropout_;
    RMSNorm norm0_{nullptr}, norm3_{nullptr};
    CausalConv3d conv2_{nullptr}, conv6_{nullptr}, shortcut_{nullptr};
};
TORCH_MODULE(ResidualBlock);

/// Official `AttentionBlock`: single-head self-attention over the H*W positions of every frame.
class AttentionBlockImpl : public torch::nn::Module {
public:
    explicit AttentionBlockImpl(int64_t dim);
    /// x: [B, C, T, H, W] -> same shape
    torch::Tensor forward(const torch::Tensor& x);

private:
    RMSNorm norm_{nullptr};
    torch::nn::Conv2d toQkv_{nullptr}, proj_{nullptr};
};
TORCH_MODULE(AttentionBlock);

/// Official `Resample`: spatial 2x down/up-sampling, optionally with a temporal conv (3d modes).
class ResampleImpl : public torch::nn::Module {
public:
    enum class Mode { Upsample2d, Upsample3d, Downsample2d, Downsample3d };
    ResampleImpl(int64_t dim, Mode mode);
    /// x: [B, C, t, H, W] -> down: [B, C, t', H/2, W/2] (t' = t/2 after the first chunk in 3d mode);
    /// up: [B, C/2, t', 2H, 2W] (t' = 2t after the first chunk in 3d mode).
    torch::Tensor forward(const torch::Tensor& x, ChunkCache& cache);

private:
    Mode mode_;
    torch::nn::Conv2d conv_{nullptr};  // resample.1
    CausalConv3d timeConv_{nullptr};   // time_conv (3d modes)
};
TORCH_MODULE(Resample);

/// One entry of `downsamples` / `upsamples` / `middle`: exactly one member is set.
struct VaeLayer {
    ResidualBlock residual{nullptr};
    AttentionBlock attention{nullptr};
    Resample resample{nullptr};
    torch::Tensor forward(const torch::Tensor& x, ChunkCache& cache);
};

/// Official `Encoder3d` (built with 2 * z_dim output channels: mean and log-variance). Split in two
/// at the last spatial downsample, so that tiled encoding can tile only the full-resolution half and
/// run the latent-resolution half (which holds the global attention) on the whole frame.
class Encoder3dImpl : public torch::nn::Module {
public:
    explicit Encoder3dImpl(const VaeConfig& cfg);
    /// One time chunk, conv1 up to the last downsample: x [B, 3, t, H, W] -> [B, C, t', H/f, W/f]
    torch::Tensor forwardHighRes(const torch::Tensor& x, ChunkCache& cache);
    /// One time chunk, the rest (middle, head): [B, C, t', h, w] -> [B, 2z, t', h, w]
    torch::Tensor forwardLowRes(const torch::Tensor& x, ChunkCache& cache);
    /// How many latent pixels from an edge of forwardHighRes()'s input the zero padding affects.
    int64_t highResReach() const { return highResReach_; }

private:
    CausalConv3d conv1_{nullptr}, headConv_{nullptr};
    RMSNorm headNorm_{nullptr};
    std::vector<VaeLayer> downsamples_, middle_;
    size_t lowResBegin_ = 0;  // first entry of downsamples_ after the last Resample
    int64_t highResReach_ = 0;
};
TORCH_MODULE(Encoder3d);

/// Official `Decoder3d`. Split in two at the first spatial upsample, mirroring the encoder.
class Decoder3dImpl : public torch::nn::Module {
public:
    explicit Decoder3dImpl(const VaeConfig& cfg);
    /// One time chunk up to the first upsample (conv1, middle, stage-0 blocks): [B, z, t, h, w] -> [B, C, t, h, w]
    torch::Tensor forwardLowRes(const torch::Tensor& x, ChunkCache& cache);
    /// One time chunk, the rest (upsampling stages, head): [B, C, t, h, w] -> [B, 3, t', h*f, w*f]
    torch::Tensor forwardHighRes(const torch::Tensor& x, ChunkCache& cache);
    /// How many output pixels from an edge of forwardHighRes()'s output the zero padding affects.
    int64_t highResReach() const { return highResReach_; }

private:
    CausalConv3d conv1_{nullptr}, headConv_{nullptr};
    RMSNorm headNorm_{nullptr};
    std::vector<VaeLayer> middle_, upsamples_;
    size_t highResBegin_ = 0;  // the first Resample in upsamples_
    int64_t highResReach_ = 0;
};
TORCH_MODULE(Decoder3d);

/// Official `WanVAE_`: encoder, conv1 (2z -> 2z, 1x1x1), conv2 (z -> z, 1x1x1), decoder.
/// The statistics argument of WanVAE::encode/decode from a bundle's values: [z] when `first` is
/// empty, else [2, z] (`first` for latent frame 0, `global` for the rest).
torch::Tensor latentStatTensor(const std::vector<float>& global, const std::vector<float>& first);

class WanVAEImpl : public torch::nn::Module {
public:
    explicit WanVAEImpl(const VaeConfig& cfg);
    const VaeConfig& config() const { return cfg_; }

    /// video: [B, 3, T, H, W] in [-1, 1], H and W multiples of spatialFactor(); only the first
    /// validFrameCount(T) frames are read. mean, invStd: [z] latent statistics, or [2, z] with row 0
    /// for latent frame 0 (the first frame, encoded alone) and row 1 for the latent frames after it.
    /// Returns (mu - mean) * invStd: [B, z, latentFrames(T), H/f, W/f]. muRaw and logVar (same shape)
    /// receive the unnormalised mean and the log-variance half of conv1 when not null.
    torch::Tensor encode(const torch::Tensor& video, const torch::Tensor& mean, const torch::Tensor& invStd,
                         torch::Tensor* muRaw = nullptr, torch::Tensor* logVar = nullptr,
                         const EncodeOptions& options = {});
    /// z: [B, z, T', h, w] normalised latent. Decodes z / invStd + mean through conv2 and the decoder:
    /// [B, 3, decodedFrames(T'), h*f, w*f] (undefined when options.onFrames streams the frames).
    torch::Tensor decode(const torch::Tensor& z, const torch::Tensor& mean, const torch::Tensor& invStd,
                         const DecodeOptions& options = {});

private:
    VaeConfig cfg_;
    Encoder3d encoder_{nullptr};
    Decoder3d decoder_{nullptr};
    CausalConv3d conv1_{nullptr}, conv2_{nullptr};
};
TORCH_MODULE(WanVAE);

/// Copies `narrow` into `wide`, a VAE of the same configuration but a wider decoder (decDim, see
/// VaeConfig), so that `wide` computes exactly what `narrow` does: the encoder, conv1 and conv2 are
/// copied, and every decoder tensor keeps the old channels in its leading slice (per block for the
/// [2C] time convs and the [3C] q/k/v conv). The new channels start at zero (zero output rows) and
/// are read through `wide`'s own random input columns, so training grows them from the first step;
/// RMS norm gains and the attention queries are rescaled for the larger channel count.
/// Throws std::invalid_argument when the configurations differ in anything but a wider decoder.
void widenDecoder(WanVAEImpl& wide, const WanVAEImpl& narrow);

}  // namespace tessera
