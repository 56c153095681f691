#include "models/vae.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "io/tensor_io.h"

namespace tessera {

namespace F = torch::nn::functional;

// ---------------------------------------------------------------------------------------------
// Config

namespace {

int64_t jsonInt(const nlohmann::json& v, const char* key) {
    if (!v.is_number_integer())
        throw std::invalid_argument(std::string("VAE config: '") + key + "' must be an integer");
    return v.get<int64_t>();
}

double jsonNumber(const nlohmann::json& v, const std::string& key) {
    if (!v.is_number()) throw std::invalid_argument("VAE config: '" + key + "' must be a number");
    return v.get<double>();
}

const nlohmann::json& jsonArray(const nlohmann::json& v, const char* key) {
    if (!v.is_array()) throw std::invalid_argument(std::string("VAE config: '") + key + "' must be a list");
    return v;
}

}  // namespace

VaeConfig VaeConfig::fromJson(const nlohmann::json& j) {
    if (!j.is_object()) throw std::invalid_argument("VAE config: expected a JSON object of WanVAE_ arguments");
    static const std::set<std::string> known = {
        "dim", "dec_dim", "z_dim", "dim_mult", "num_res_blocks", "attn_scales", "temperal_downsample", "dropout"};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.count(it.key()))
            throw std::invalid_argument("VAE config: unknown field '" + it.key() + "' (not a WanVAE_ argument)");

    VaeConfig c;
    if (j.contains("dim")) c.dim = jsonInt(j["dim"], "dim");
    if (j.contains("dec_dim")) c.decDim = jsonInt(j["dec_dim"], "dec_dim");
    if (j.contains("z_dim")) c.zDim = jsonInt(j["z_dim"], "z_dim");
    if (j.contains("num_res_blocks")) c.numResBlocks = jsonInt(j["num_res_blocks"], "num_res_blocks");
    if (j.contains("dropout")) c.dropout = jsonNumber(j["dropout"], "dropout");
    if (j.contains("dim_mult")) {
        c.dimMult.clear();
        for (const auto& v : jsonArray(j["dim_mult"], "dim_mult")) c.dimMult.push_back(jsonInt(v, "dim_mult"));
    }
    if (j.contains("attn_scales")) {
        c.attnScales.clear();
        for (const auto& v : jsonArray(j["attn_scales"], "attn_scales"))
            c.attnScales.push_back(jsonNumber(v, "attn_scales"));
    }
    if (j.contains("temperal_downsample")) {
        c.temperalDownsample.clear();
        for (const auto& v : jsonArray(j["temperal_downsample"], "temperal_downsample")) {
            if (!v.is_boolean()) throw std::invalid_argument("VAE config: 'temperal_downsample' must hold booleans");
            c.temperalDownsample.push_back(v.get<bool>());
        }
    }
    c.validate();
    return c;
}

void VaeConfig::validate() const {
    auto fail = [](const std::string& msg) { throw std::invalid_argument("VAE config: " + msg); };
    if (dim <= 0) fail("'dim' must be positive, got " + std::to_string(dim));
    if (decDim < 0) fail("'dec_dim' must be positive (or absent), got " + std::to_string(decDim));
    if (zDim <= 0) fail("'z_dim' must be positive, got " + std::to_string(zDim));
    if (numResBlocks <= 0) fail("'num_res_blocks' must be at least 1, got " + std::to_string(numResBlocks));
    if (dimMult.empty()) fail("'dim_mult' must name at least one stage");
    for (size_t i = 0; i < dimMult.size(); ++i) {
        if (dimMult[i] <= 0)
            fail("'dim_mult' entries must be positive, entry " + std::to_string(i) + " is " +
                 std::to_string(dimMult[i]));
        // The decoder's upsampling convs halve the channels of every stage but the first.
        if (i > 0 && (decoderDim() * dimMult[i]) % 2 != 0)
            fail(std::string(decDim > 0 ? "'dec_dim'" : "'dim'") + " * 'dim_mult'[" + std::to_string(i) +
                 "] must be even (the decoder halves it when upsampling)");
    }
    if (temperalDownsample.size() != dimMult.size() - 1)
        fail("'temperal_downsample' must have one entry per stage transition (" + std::to_string(dimMult.size() - 1) +
             " for " + std::to_string(dimMult.size()) + " stages), got " + std::to_string(temperalDownsample.size()));
    for (double s : attnScales)
        if (!(s > 0)) fail("'attn_scales' entries must be positive, got " + std::to_string(s));
    if (!(dropout >= 0 && dropout < 1)) fail("'dropout' must be in [0, 1), got " + std::to_string(dropout));
}

nlohmann::json VaeConfig::toJson() const {
    nlohmann::json j = {{"dim", dim},         {"z_dim", zDim},       {"dim_mult", dimMult}, {"num_res_blocks", numResBlocks},
                        {"attn_scales", attnScales}, {"temperal_downsample", temperalDownsample}, {"dropout", dropout}};
    if (decDim > 0) j["dec_dim"] = decDim;
    return j;
}

int64_t VaeConfig::spatialFactor() const {
    return int64_t(1) << (dimMult.size() - 1);
}

int64_t VaeConfig::temporalFactor() const {
    return int64_t(1) << std::count(temperalDownsample.begin(), temperalDownsample.end(), true);
}

int64_t VaeConfig::latentFrames(int64_t frames) const {
    if (frames < 1) throw std::invalid_argument("VAE: a video needs at least 1 frame, got " + std::to_string(frames));
    return 1 + (frames - 1) / temporalFactor();
}

int64_t VaeConfig::validFrameCount(int64_t frames) const {
    return decodedFrames(latentFrames(frames));
}

int64_t VaeConfig::decodedFrames(int64_t latentFrames) const {
    if (latentFrames < 1)
        throw std::invalid_argument("VAE: a latent needs at least 1 frame, got " + std::to_string(latentFrames));
    return 1 + temporalFactor() * (latentFrames - 1);
}

ChunkCache::Slot& ChunkCache::next() {
    if (cursor_ == slots_.size()) slots_.emplace_back();
    return slots_[cursor_++];
}

// ---------------------------------------------------------------------------------------------
// Building blocks

RMSNormImpl::RMSNormImpl(int64_t channels, bool images) : scale_(std::sqrt(double(channels))) {
    gamma_ = register_parameter("gamma", images ? torch::ones({channels, 1, 1}) : torch::ones({channels, 1, 1, 1}));
}

torch::Tensor RMSNormImpl::forward(const torch::Tensor& x) {
    // x: [N, C, ...]; normalised over C
    return F::normalize(x, F::NormalizeFuncOptions().p(2).dim(1).eps(1e-12)).mul_(gamma_ * scale_);
}

CausalConv3dImpl::CausalConv3dImpl(int64_t in, int64_t out, std::vector<int64_t> kernel, std::vector<int64_t> stride,
                                   std::vector<int64_t> padding)
    : stride_(std::move(stride)), padding_(std::move(padding)) {
    weight_ = register_parameter("weight", torch::empty({out, in, kernel[0], kernel[1], kernel[2]}));
    bias_ = register_parameter("bias", torch::empty({out}));
    // PyTorch's Conv3d initialisation, so a model built without a checkpoint behaves sensibly.
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(weight_, std::sqrt(5.0));
    const double bound = 1.0 / std::sqrt(double(in * kernel[0] * kernel[1] * kernel[2]));
    bias_.uniform_(-bound, bound);
}

torch::Tensor CausalConv3dImpl::forward(const torch::Tensor& x, const torch::Tensor& history) {
    // x: [B, Cin, t, H, W]; the conv sees [zeros(front), history, x] in time, built in one copy.
    const int64_t causal = 2 * padding_[0];
    const bool useHistory = history.defined() && causal > 0;
    const int64_t front = causal - (useHistory ? history.size(2) : 0);
    std::vector<torch::Tensor> parts;
    if (front > 0) parts.push_back(torch::zeros({x.size(0), x.size(1), front, x.size(3), x.size(4)}, x.options()));
    if (useHistory) parts.push_back(history);
    parts.push_back(x);
    torch::Tensor in = parts.size() > 1 ? torch::cat(parts, 2) : x;
    const std::vector<int64_t> pad{0, padding_[1], padding_[2]};
    // At batch 1 with few channels ATen's CPU heuristic picks its reference conv3d, about 10x slower
    // than oneDNN on these shapes (e.g. 81 ms vs 7 ms for 8 channels at 6x160x288), so CPU float
    // runs call oneDNN directly. Every other device and dtype takes the regular dispatch.
    if (in.is_cpu() && in.scalar_type() == torch::kFloat32 && at::hasMKLDNN() &&
        at::globalContext().userEnabledMkldnn())
        return at::mkldnn_convolution(in, weight_, bias_, pad, stride_, {1, 1, 1}, 1);
    return torch::conv3d(in, weight_, bias_, stride_, pad);
}

torch::Tensor CausalConv3dImpl::forward(const torch::Tensor& x, ChunkCache::Slot& slot) {
    torch::Tensor out = forward(x, slot.frames);
    // Keep the last 2 * p_t input frames of [history, x] for the next chunk.
    const int64_t keep = 2 * padding_[0];
    if (keep > 0) {
        torch::Tensor all = slot.frames.defined() && x.size(2) < keep ? torch::cat({slot.frames, x}, 2) : x;
        const int64_t n = std::min(keep, all.size(2));
        slot.frames = all.narrow(2, all.size(2) - n, n).clone();
    }
    slot.seen = true;
    return out;
}

namespace {

// Builds a CausalConv3d from kernel/stride/padding lists (braced lists do not pass through the holder).
CausalConv3d causalConv(int64_t in, int64_t out, std::vector<int64_t> kernel, std::vector<int64_t> stride,
                        std::vector<int64_t> padding) {
    return CausalConv3d(in, out, std::move(kernel), std::move(stride), std::move(padding));
}

// SiLU on a fresh temporary, in place (saves one activation-sized buffer).
torch::Tensor siluInPlace(torch::Tensor x) {
    return torch::silu_(x);
}

// A plain container child, so that members get the official dotted names (`residual.2`, `head.0`).
std::shared_ptr<torch::nn::Module> container(torch::nn::Module& parent, const std::string& name) {
    return parent.register_module(name, std::make_shared<torch::nn::Module>("Sequential"));
}

// [B, C, T, H, W] -> [B*T, C, H, W] (frames as a batch of images)
torch::Tensor framesToImages(const torch::Tensor& x) {
    return x.permute({0, 2, 1, 3, 4}).reshape({x.size(0) * x.size(2), x.size(1), x.size(3), x.size(4)});
}

// [B*T, C, H, W] -> [B, C, T, H, W]
torch::Tensor imagesToFrames(const torch::Tensor& x, int64_t batch) {
    return x.reshape({batch, x.size(0) / batch, x.size(1), x.size(2), x.size(3)}).permute({0, 2, 1, 3, 4});
}

}  // namespace

ResidualBlockImpl::ResidualBlockImpl(int64_t in, int64_t out, double dropout) : dropout_(dropout) {
    auto residual = container(*this, "residual");
    // Indices 1 and 4 (SiLU) and 5 (dropout) have no parameters and are applied in forward().
    norm0_ = residual->register_module("0", RMSNorm(in, false));
    conv2_ = residual->register_module("2", causalConv(in, out, {3, 3, 3}, {1, 1, 1}, {1, 1, 1}));
    norm3_ = residual->register_module("3", RMSNorm(out, false));
    conv6_ = residual->register_module("6", causalConv(out, out, {3, 3, 3}, {1, 1, 1}, {1, 1, 1}));
    if (in != out) shortcut_ = register_module("shortcut", causalConv(in, out, {1, 1, 1}, {1, 1, 1}, {0, 0, 0}));
}

torch::Tensor ResidualBlockImpl::forward(const torch::Tensor& x, ChunkCache& cache) {
    // x: [B, in, t, H, W]
    torch::Tensor h = shortcut_ ? shortcut_->forward(x) : x;
    torch::Tensor y = conv2_->forward(siluInPlace(norm0_->forward(x)), cache.next());
    y = torch::dropout(siluInPlace(norm3_->forward(y)), dropout_, is_training());
    return conv6_->forward(y, cache.next()).add_(h);
}

AttentionBlockImpl::AttentionBlockImpl(int64_t dim) {
    norm_ = register_module("norm", RMSNorm(dim, true));
    toQkv_ = register_module("to_qkv", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim * 3, 1)));
    proj_ = register_module("proj", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim, 1)));
}

torch::Tensor AttentionBlockImpl::forward(const torch::Tensor& x) {
    // x: [B, C, T, H, W]; every frame attends over its own H*W positions.
    const int64_t b = x.size(0), c = x.size(1), h = x.size(3), w = x.size(4);
    torch::Tensor y = norm_->forward(framesToImages(x));  // [B*T, C, H, W]
    // q, k, v: channel thirds of to_qkv, as [B*T, 1, H*W, C]
    auto qkv = toQkv_->forward(y).reshape({y.size(0), 1, 3 * c, h * w}).permute({0, 1, 3, 2}).chunk(3, -1);
    y = at::scaled_dot_product_attention(qkv[0].contiguous(), qkv[1].contiguous(), qkv[2].contiguous());
    y = y.squeeze(1).permute({0, 2, 1}).reshape({y.size(0), c, h, w});
    return imagesToFrames(proj_->forward(y), b).add_(x);
}

ResampleImpl::ResampleImpl(int64_t dim, Mode mode) : mode_(mode) {
    auto resample = container(*this, "resample");
    // resample.0 (nearest-exact upsampling or right/bottom zero padding) has no parameters.
    if (mode == Mode::Upsample2d || mode == Mode::Upsample3d) {
        conv_ = resample->register_module("1", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim / 2, 3).padding(1)));
    } else {
        conv_ = resample->register_module("1", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, dim, 3).stride(2)));
    }
    if (mode == Mode::Upsample3d)
        timeConv_ = register_module("time_conv", causalConv(dim, dim * 2, {3, 1, 1}, {1, 1, 1}, {1, 0, 0}));
    if (mode == Mode::Downsample3d)
        timeConv_ = register_module("time_conv", causalConv(dim, dim, {3, 1, 1}, {2, 1, 1}, {0, 0, 0}));
}

torch::Tensor ResampleImpl::forward(const torch::Tensor& x, ChunkCache& cache) {
    // x: [B, C, t, H, W]
    torch::Tensor y = x;
    const int64_t b = x.size(0);
    if (mode_ == Mode::Upsample3d) {
        // The first latent frame stays one frame; later ones go through a causal (3,1,1) conv to 2C
        // channels whose halves become frames 2k and 2k+1. Latent frame 0 never enters its history.
        ChunkCache::Slot& slot = cache.next();
        if (!slot.seen) {
            slot.seen = true;
        } else {
            const int64_t c = x.size(1), t = x.size(2);
            y = timeConv_->forward(x, slot);  // [B, 2C, t, H, W]
            y = y.reshape({b, 2, c, t, x.size(3), x.size(4)})
                    .permute({0, 2, 3, 1, 4, 5})
                    .reshape({b, c, 2 * t, x.size(3), x.size(4)});
        }
    }

    torch::Tensor images = framesToImages(y);  // [B*t, C, H, W]
    if (mode_ == Mode::Upsample2d || mode_ == Mode::Upsample3d) {
        // nearest-exact 2x (the op F::interpolate would call; calling it directly avoids a spurious
        // align_corners warning of the C++ frontend for this mode).
        images = at::_upsample_nearest_exact2d(images, {2 * images.size(2), 2 * images.size(3)}, 2.0, 2.0);
    } else {
        images = torch::constant_pad_nd(images, {0, 1, 0, 1});  // right and bottom only
    }
    y = imagesToFrames(conv_->forward(images), b);

    if (mode_ == Mode::Downsample3d) {
        // The first chunk's frame passes unchanged; afterwards a stride-2 (3,1,1) conv runs over
        // [last frame of the previous chunk, this chunk], i.e. windows 0-2, 2-4, ... of the sequence.
        ChunkCache::Slot& slot = cache.next();
        torch::Tensor last = y.narrow(2, y.size(2) - 1, 1).clone();
        if (slot.seen) y = timeConv_->forward(torch::cat({slot.frames, y}, 2));
        slot.frames = last;
        slot.seen = true;
    }
    return y;
}

torch::Tensor VaeLayer::forward(const torch::Tensor& x, ChunkCache& cache) {
    if (residual) return residual->forward(x, cache);
    if (attention) return attention->forward(x);
    return resample->forward(x, cache);
}

namespace {

void addLayer(torch::nn::Module& holder, std::vector<VaeLayer>& layers, VaeLayer layer) {
    const std::string name = std::to_string(layers.size());
    if (layer.residual) holder.register_module(name, layer.residual);
    if (layer.attention) holder.register_module(name, layer.attention);
    if (layer.resample) holder.register_module(name, layer.resample);
    layers.push_back(std::move(layer));
}

VaeLayer residualLayer(int64_t in, int64_t out, double dropout) {
    VaeLayer l;
    l.residual = ResidualBlock(in, out, dropout);
    return l;
}

VaeLayer attentionLayer(int64_t dim) {
    VaeLayer l;
    l.attention = AttentionBlock(dim);
    return l;
}

VaeLayer resampleLayer(int64_t dim, ResampleImpl::Mode mode) {
    VaeLayer l;
    l.resample = Resample(dim, mode);
    return l;
}

bool hasScale(const VaeConfig& cfg, double scale) {
    return std::find(cfg.attnScales.begin(), cfg.attnScales.end(), scale) != cfg.attnScales.end();
}

// Residual, attention, residual at the lowest resolution.
void buildMiddle(torch::nn::Module& parent, std::vector<VaeLayer>& middle, int64_t dim, double dropout) {
    auto holder = container(parent, "middle");
    addLayer(*holder, middle, residualLayer(dim, dim, dropout));
    addLayer(*holder, middle, attentionLayer(dim));
    addLayer(*holder, middle, residualLayer(dim, dim, dropout));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Encoder and decoder

Encoder3dImpl::Encoder3dImpl(const VaeConfig& cfg) {
    const size_t stages = cfg.dimMult.size();
    std::vector<int64_t> dims{cfg.dim};  // stage input channels, then each stage's output
    for (int64_t m : cfg.dimMult) dims.push_back(cfg.dim * m);

    conv1_ = register_module("conv1", causalConv(3, dims[0], {3, 3, 3}, {1, 1, 1}, {1, 1, 1}));
    auto downsamples = container(*this, "downsamples");
    double scale = 1.0;
    for (size_t i = 0; i < stages; ++i) {
        int64_t in = dims[i];
        const int64_t out = dims[i + 1];
        for (int64_t r = 0; r < cfg.numResBlocks; ++r) {
            addLayer(*downsamples, downsamples_, residualLayer(in, out, cfg.dropout));
            if (hasScale(cfg, scale)) addLayer(*downsamples, downsamples_, attentionLayer(out));
            in = out;
        }
        if (i + 1 != stages) {
            auto mode = cfg.temperalDownsample[i] ? ResampleImpl::Mode::Downsample3d : ResampleImpl::Mode::Downsample2d;
            addLayer(*downsamples, downsamples_, resampleLayer(out, mode));
            lowResBegin_ = downsamples_.size();
            scale /= 2.0;
        }
    }
    // Receptive radius of the high-resolution half in full-resolution pixels: 1 per 3x3 conv at
    // full resolution, 2 per conv at half resolution, ... (stride-2 convs counted at 2 input pixels).
    int64_t reach = 1, step = 1;  // conv1
    for (size_t i = 0; i < lowResBegin_; ++i) {
        if (downsamples_[i].residual) reach += 2 * step;
        if (downsamples_[i].resample) {
            reach += 2 * step;
            step *= 2;
        }
    }
    highResReach_ = (reach + step - 1) / step;  // in latent pixels, rounded up

    buildMiddle(*this, middle_, dims.back(), cfg.dropout);
    auto head = container(*this, "head");  // head.1 is a SiLU
    headNorm_ = head->register_module("0", RMSNorm(dims.back(), false));
    headConv_ = head->register_module("2", causalConv(dims.back(), 2 * cfg.zDim, {3, 3, 3}, {1, 1, 1}, {1, 1, 1}));
}

torch::Tensor Encoder3dImpl::forwardHighRes(const torch::Tensor& x, ChunkCache& cache) {
    torch::Tensor y = conv1_->forward(x, cache.next());
    for (size_t i = 0; i < lowResBegin_; ++i) y = downsamples_[i].forward(y, cache);
    return y;
}

torch::Tensor Encoder3dImpl::forwardLowRes(const torch::Tensor& x, ChunkCache& cache) {
    torch::Tensor y = x;
    for (size_t i = lowResBegin_; i < downsamples_.size(); ++i) y = downsamples_[i].forward(y, cache);
    for (auto& layer : middle_) y = layer.forward(y, cache);
    return headConv_->forward(siluInPlace(headNorm_->forward(y)), cache.next());
}

Decoder3dImpl::Decoder3dImpl(const VaeConfig& cfg) {
    const size_t stages = cfg.dimMult.size();
    // Stage channels mirror the encoder's (at the decoder's own base width): deepest first.
    const int64_t base = cfg.decoderDim();
    std::vector<int64_t> dims{base * cfg.dimMult.back()};
    for (size_t i = stages; i-- > 0;) dims.push_back(base * cfg.dimMult[i]);
    std::vector<bool> temporalUpsample(cfg.temperalDownsample.rbegin(), cfg.temperalDownsample.rend());

    conv1_ = register_module("conv1", causalConv(cfg.zDim, dims[0], {3, 3, 3}, {1, 1, 1}, {1, 1, 1}));
    buildMiddle(*this, middle_, dims[0], cfg.dropout);
    auto upsamples = container(*this, "upsamples");
    highResBegin_ = std::numeric_limits<size_t>::max();
    double scale = 1.0 / std::pow(2.0, double(stages) - 2.0);
    for (size_t i = 0; i < stages; ++i) {
        // Every upsampling conv halves the channels, so later stages start from half their input dim.
        int64_t in = i > 0 ? dims[i] / 2 : dims[i];
        const int64_t out = dims[i + 1];
        for (int64_t r = 0; r < cfg.numResBlocks + 1; ++r) {
            addLayer(*upsamples, upsamples_, residualLayer(in, out, cfg.dropout));
            if (hasScale(cfg, scale)) addLayer(*upsamples, upsamples_, attentionLayer(out));
            in = out;
        }
        if (i + 1 != stages) {
            auto mode = temporalUpsample[i] ? ResampleImpl::Mode::Upsample3d : ResampleImpl::Mode::Upsample2d;
            highResBegin_ = std::min(highResBegin_, upsamples_.size());
            addLayer(*upsamples, upsamples_, resampleLayer(out, mode));
            scale *= 2.0;
        }
    }
    highResBegin_ = std::min(highResBegin_, upsamples_.size());
    // Receptive radius of the high-resolution half in output pixels: each 3x3 conv adds one pixel
    // of its own resolution (8 output pixels at 1/8 resolution, ...), plus the head conv.
    int64_t step = cfg.spatialFactor();
    highResReach_ = 1;  // head.2
    for (size_t i = highResBegin_; i < upsamples_.size(); ++i) {
        if (upsamples_[i].resample) {
            step /= 2;
            highResReach_ += step;  // resample.1 at the new resolution
        }
        if (upsamples_[i].residual) highResReach_ += 2 * step;
    }
    auto head = container(*this, "head");  // head.1 is a SiLU
    headNorm_ = head->register_module("0", RMSNorm(dims.back(), false));
    headConv_ = head->register_module("2", causalConv(dims.back(), 3, {3, 3, 3}, {1, 1, 1}, {1, 1, 1}));
}

torch::Tensor Decoder3dImpl::forwardLowRes(const torch::Tensor& x, ChunkCache& cache) {
    torch::Tensor y = conv1_->forward(x, cache.next());
    for (auto& layer : middle_) y = layer.forward(y, cache);
    for (size_t i = 0; i < highResBegin_; ++i) y = upsamples_[i].forward(y, cache);
    return y;
}

torch::Tensor Decoder3dImpl::forwardHighRes(const torch::Tensor& x, ChunkCache& cache) {
    torch::Tensor y = x;
    for (size_t i = highResBegin_; i < upsamples_.size(); ++i) y = upsamples_[i].forward(y, cache);
    return headConv_->forward(siluInPlace(headNorm_->forward(y)), cache.next());
}

// ---------------------------------------------------------------------------------------------
// Chunks and tiles

namespace {

// A range of latent frames processed as one time chunk: [begin, end).
struct TimeChunk {
    int64_t begin, end;
};

// Latent frame 0 alone (the temporal resamplers treat it specially), then `per` frames at a time.
std::vector<TimeChunk> timeChunks(int64_t latentFrames, int64_t per) {
    if (per < 1) throw std::invalid_argument("VAE: chunkLatentFrames must be at least 1, got " + std::to_string(per));
    std::vector<TimeChunk> chunks{{0, 1}};
    for (int64_t b = 1; b < latentFrames; b += per) chunks.push_back({b, std::min(latentFrames, b + per)});
    return chunks;
}

// One tile along one axis, in latent pixels, and whether it shares its first / last `overlap`
// pixels with a neighbour.
struct TileSpan {
    int64_t start, size;
    bool sharedBefore, sharedAfter;
};

// Tiles of `tile` pixels every tile - overlap pixels; the last one is cut at the edge (it keeps
// more than `overlap` pixels), so every shared strip is exactly `overlap` wide.
std::vector<TileSpan> tileSpans(int64_t extent, const VaeTiling& tiling) {
    if (tiling.tileLatent < 0)
        throw std::invalid_argument("VAE: tiling.tileLatent must be >= 0, got " + std::to_string(tiling.tileLatent));
    if (tiling.tileLatent == 0 || extent <= tiling.tileLatent) return {{0, extent, false, false}};
    if (tiling.overlapLatent < 0 || 2 * tiling.overlapLatent > tiling.tileLatent)
        throw std::invalid_argument(
            "VAE: tiling.overlapLatent must be in [0, tileLatent / 2 = " + std::to_string(tiling.tileLatent / 2) +
            "], got " + std::to_string(tiling.overlapLatent));
    const int64_t stride = tiling.tileLatent - tiling.overlapLatent;
    std::vector<TileSpan> spans;
    for (int64_t s = 0; spans.empty() || spans.back().start + spans.back().size < extent; s += stride)
        spans.push_back({s, std::min(tiling.tileLatent, extent - s), s > 0, false});
    for (size_t i = 0; i + 1 < spans.size(); ++i) spans[i].sharedAfter = true;
    return spans;
}

// Blend weight along one axis of a tile's output ([size * factor]). In a strip shared with a
// neighbour, the outer `margin` pixels (which saw this tile's zero padding) get 0, the inner
// `margin` pixels 1, and the middle a linear ramp; the two tiles' weights sum to 1 across the strip.
torch::Tensor blendRamp(const TileSpan& s, int64_t overlap, int64_t margin, const torch::TensorOptions& options) {
    const int64_t n = s.size;
    torch::Tensor p = torch::arange(n, options) + 0.5;
    torch::Tensor w = torch::ones({n}, options);
    const double ramp = double(overlap - 2 * margin);
    if (s.sharedBefore) w = torch::minimum(w, ((p - double(margin)) / ramp).clamp(0.0, 1.0));
    if (s.sharedAfter) w = torch::minimum(w, ((double(n) - p - double(margin)) / ramp).clamp(0.0, 1.0));
    return w;
}

// The 2D tiles of a latent plane and the blend weights of their outputs (`factor` output pixels
// per latent pixel). `reach` is how many output pixels from a tile edge are affected by the
// tile's zero padding; those are left out of the blend as far as 3/8 of the overlap allows.
struct TileGrid {
    struct Tile {
        TileSpan row, col;
        torch::Tensor weight;  // [rows * factor, cols * factor]; undefined for a single tile
    };
    std::vector<Tile> tiles;

    TileGrid(int64_t h, int64_t w, const VaeTiling& tiling, int64_t factor, int64_t reach,
             const torch::TensorOptions& options) {
        auto rows = tileSpans(h, tiling), cols = tileSpans(w, tiling);
        for (const auto& r : rows)
            for (const auto& c : cols) tiles.push_back({r, c, {}});
        if (tiles.size() == 1) return;
        const int64_t overlap = tiling.overlapLatent * factor, margin = std::min(reach, overlap * 3 / 8);
        for (auto& t : tiles) {
            TileSpan r{t.row.start * factor, t.row.size * factor, t.row.sharedBefore, t.row.sharedAfter};
            TileSpan c{t.col.start * factor, t.col.size * factor, t.col.sharedBefore, t.col.sharedAfter};
            t.weight = blendRamp(r, overlap, margin, options).unsqueeze(1) *
                       blendRamp(c, overlap, margin, options).unsqueeze(0);
        }
    }

    // x: [B, C, T, h, w] -> the tile's part [B, C, T, rows * factor, cols * factor]
    static torch::Tensor crop(const torch::Tensor& x, const Tile& t, int64_t factor) {
        return x.narrow(3, t.row.start * factor, t.row.size * factor)
            .narrow(4, t.col.start * factor, t.col.size * factor);
    }

    // Adds a tile's weighted output (several tiles only) into `out`'s frames [frame0, frame0 + y.size(2)).
    void accumulate(torch::Tensor& out, const torch::Tensor& y, const Tile& t, int64_t factor, int64_t frame0) const {
        crop(out.narrow(2, frame0, y.size(2)), t, factor).add_(y * t.weight);
    }
};

void reportProgress(const VaeProgress& progress, int64_t done, int64_t total, const char* what) {
    if (progress && !progress(done, total))
        throw VaeCancelled(std::string("VAE ") + what + " cancelled by the caller after chunk " + std::to_string(done) +
                           " of " + std::to_string(total));
}

// mean, invStd: [z] -> [1, z, 1, 1, 1], or [2, z] -> [1, z, latentT, 1, 1], with `like`'s dtype and device
torch::Tensor latentStat(const torch::Tensor& s, int64_t zDim, int64_t latentT, const torch::TensorOptions& like,
                         const char* name) {
    const bool global = s.defined() && s.dim() == 1 && s.size(0) == zDim;
    const bool firstApart = s.defined() && s.dim() == 2 && s.size(0) == 2 && s.size(1) == zDim;
    if (!global && !firstApart)
        throw std::invalid_argument(std::string("VAE: latent ") + name + " must have shape [" + std::to_string(zDim) +
                                    "] or [2, " + std::to_string(zDim) + "], got " +
                                    (s.defined() ? shapeString(s.sizes()) : std::string("none")));
    if (global) return s.to(like).view({1, zDim, 1, 1, 1});
    // Row 0 for latent frame 0 (the first frame, encoded alone), row 1 for the frames after it.
    auto rows = s.to(like);
    auto perFrame = rows[1].view({zDim, 1}).expand({zDim, latentT}).clone();
    perFrame.select(1, 0).copy_(rows[0]);
    return perFrame.view({1, zDim, latentT, 1, 1});
}

}  // namespace

torch::Tensor latentStatTensor(const std::vector<float>& global, const std::vector<float>& first) {
    auto g = torch::tensor(global, torch::kFloat32);
    return first.empty() ? g : torch::stack({torch::tensor(first, torch::kFloat32), g});
}

// ---------------------------------------------------------------------------------------------
// WanVAE

WanVAEImpl::WanVAEImpl(const VaeConfig& cfg) : cfg_(cfg) {
    cfg_.validate();
    encoder_ = register_module("encoder", Encoder3d(cfg_));
    conv1_ = register_module("conv1", causalConv(2 * cfg_.zDim, 2 * cfg_.zDim, {1, 1, 1}, {1, 1, 1}, {0, 0, 0}));
    conv2_ = register_module("conv2", causalConv(cfg_.zDim, cfg_.zDim, {1, 1, 1}, {1, 1, 1}, {0, 0, 0}));
    decoder_ = register_module("decoder", Decoder3d(cfg_));
}

torch::Tensor WanVAEImpl::encode(const torch::Tensor& video, const torch::Tensor& mean, const torch::Tensor& invStd,
                                 torch::Tensor* muRaw, torch::Tensor* logVar, const EncodeOptions& options) {
    const int64_t f = cfg_.spatialFactor(), tf = cfg_.temporalFactor();
    if (video.dim() != 5 || video.size(1) != 3)
        throw std::invalid_argument("VAE encode: video must be [B, 3, T, H, W], got " + shapeString(video.sizes()));
    if (video.size(3) % f != 0 || video.size(4) % f != 0)
        throw std::invalid_argument("VAE encode: height and width must be multiples of " + std::to_string(f) +
                                    ", got " + std::to_string(video.size(3)) + "x" + std::to_string(video.size(4)));
    const int64_t latentT = cfg_.latentFrames(video.size(2));
    const int64_t h = video.size(3) / f, w = video.size(4) / f;
    torch::Tensor meanV = latentStat(mean, cfg_.zDim, latentT, video.options(), "mean");
    torch::Tensor invStdV = latentStat(invStd, cfg_.zDim, latentT, video.options(), "inv_std");

    const auto chunks = timeChunks(latentT, options.chunkLatentFrames);
    TileGrid grid(h, w, options.tiling, 1, encoder_->highResReach(), video.options());
    const int64_t total = int64_t(grid.tiles.size() * chunks.size());
    int64_t done = 0;
    // Latent frame 0 is video frame 0; latent frame k > 0 comes from frames 1 + tf*(k-1) .. tf*k.
    auto videoChunk = [&](const torch::Tensor& v, const TimeChunk& c) {
        const int64_t first = c.begin == 0 ? 0 : 1 + tf * (c.begin - 1), end = cfg_.decodedFrames(c.end);
        return v.narrow(2, first, end - first);
    };

    std::vector<torch::Tensor> parts;  // encoder output per time chunk: [B, 2z, t', h, w]
    ChunkCache lowCache;
    if (grid.tiles.size() == 1) {
        ChunkCache highCache;
        for (const auto& chunk : chunks) {
            highCache.rewind();
            lowCache.rewind();
            parts.push_back(
                encoder_->forwardLowRes(encoder_->forwardHighRes(videoChunk(video, chunk), highCache), lowCache));
            reportProgress(options.progress, ++done, total, "encode");
        }
    } else {
        // Tile by tile through all time chunks (each tile with its own cache) up to the latent
        // resolution, blending the tiles there; the latent-resolution half then sees whole frames.
        torch::Tensor features;  // [B, C, T', h, w]
        for (const auto& tile : grid.tiles) {
            torch::Tensor tileVideo = TileGrid::crop(video, tile, f);
            ChunkCache cache;
            for (const auto& chunk : chunks) {
                cache.rewind();
                torch::Tensor y = encoder_->forwardHighRes(videoChunk(tileVideo, chunk), cache);
                if (!features.defined()) features = torch::zeros({y.size(0), y.size(1), latentT, h, w}, y.options());
                grid.accumulate(features, y, tile, 1, chunk.begin);
                reportProgress(options.progress, ++done, total, "encode");
            }
        }
        for (const auto& chunk : chunks) {
            lowCache.rewind();
            parts.push_back(
                encoder_->forwardLowRes(features.narrow(2, chunk.begin, chunk.end - chunk.begin), lowCache));
        }
    }

    auto halves = conv1_->forward(torch::cat(parts, 2)).chunk(2, 1);  // mu, log_var: [B, z, T', h, w]
    if (muRaw) *muRaw = halves[0];
    if (logVar) *logVar = halves[1];
    return (halves[0] - meanV) * invStdV;
}

torch::Tensor WanVAEImpl::decode(const torch::Tensor& z, const torch::Tensor& mean, const torch::Tensor& invStd,
                                 const DecodeOptions& options) {
    const int64_t f = cfg_.spatialFactor();
    if (z.dim() != 5 || z.size(1) != cfg_.zDim)
        throw std::invalid_argument("VAE decode: latent must be [B, " + std::to_string(cfg_.zDim) + ", T, h, w], got " +
                                    shapeString(z.sizes()));
    const int64_t latentT = z.size(2), frames = cfg_.decodedFrames(latentT);
    const int64_t b = z.size(0), h = z.size(3), w = z.size(4);
    // Un-normalise (a division by the stored inv_std, as the official code does), then conv2.
    torch::Tensor x = conv2_->forward(z / latentStat(invStd, cfg_.zDim, latentT, z.options(), "inv_std") +
                                      latentStat(mean, cfg_.zDim, latentT, z.options(), "mean"));  // [B, z, T', h, w]

    const auto chunks = timeChunks(latentT, options.chunkLatentFrames);
    TileGrid grid(h, w, options.tiling, f, decoder_->highResReach(), z.options());
    if (grid.tiles.size() > 1 && options.onFrames)
        throw std::invalid_argument(
            "VAE decode: onFrames streaming needs an untiled decode (tiles run one after "
            "the other through the whole duration); set tiling.tileLatent to 0");
    const int64_t total = int64_t(grid.tiles.size() * chunks.size());
    int64_t done = 0;
    auto firstFrame = [&](const TimeChunk& c) { return c.begin == 0 ? 0 : cfg_.decodedFrames(c.begin); };
    // The latent-resolution half (which holds the global attention) always sees whole frames.
    ChunkCache lowCache;
    auto lowRes = [&](const TimeChunk& c) {
        lowCache.rewind();
        return decoder_->forwardLowRes(x.narrow(2, c.begin, c.end - c.begin), lowCache);  // [B, C, t, h, w]
    };

    if (grid.tiles.size() == 1) {
        // Time chunk by time chunk: the working memory does not depend on the duration, and with
        // onFrames nothing is collected either.
        torch::Tensor video =
            options.onFrames ? torch::Tensor() : torch::empty({b, 3, frames, h * f, w * f}, z.options());
        ChunkCache highCache;
        for (const auto& chunk : chunks) {
            highCache.rewind();
            torch::Tensor y = decoder_->forwardHighRes(lowRes(chunk), highCache);  // [B, 3, n, H, W]
            if (options.clamp) y.clamp_(-1.0, 1.0);
            if (options.onFrames)
                options.onFrames(y, firstFrame(chunk));
            else
                video.narrow(2, firstFrame(chunk), y.size(2)).copy_(y);
            reportProgress(options.progress, ++done, total, "decode");
        }
        return video;
    }

    // Tile by tile, each through all time chunks with its own cache, so the full-resolution
    // activations and caches are bounded by the tile size.
    std::vector<torch::Tensor> lowParts;
    for (const auto& chunk : chunks) lowParts.push_back(lowRes(chunk));
    torch::Tensor video = torch::zeros({b, 3, frames, h * f, w * f}, z.options());
    for (const auto& tile : grid.tiles) {
        ChunkCache cache;
        for (size_t c = 0; c < chunks.size(); ++c) {
            cache.rewind();
            torch::Tensor y = decoder_->forwardHighRes(TileGrid::crop(lowParts[c], tile, 1), cache);
            grid.accumulate(video, y, tile, f, firstFrame(chunks[c]));
            reportProgress(options.progress, ++done, total, "decode");
        }
    }
    if (options.clamp) video.clamp_(-1.0, 1.0);
    return video;
}

// ---------------------------------------------------------------------------------------------
// Widening the decoder

namespace {

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// One decoder tensor of the wide model from its narrow counterpart (see widenDecoder). `wide` holds
// the wide model's initial values on entry and is overwritten in place.
void widenTensor(const std::string& name, torch::Tensor wide, const torch::Tensor& narrow) {
    if (endsWith(name, ".gamma")) {
        // RMS norm: x / ||x|| * sqrt(C) * gamma over C channels; the new channels are zero, so ||x||
        // is unchanged and only sqrt(C) grows.
        const int64_t cw = wide.size(0), cn = narrow.size(0);
        wide.narrow(0, 0, cn).copy_(narrow * std::sqrt(double(cn) / double(cw)));
        return;
    }
    // The output channels of the [2C] time convs and the [3C] q/k/v conv are blocks (frames 2k and
    // 2k + 1; q, k, v), each widened on its own.
    const int64_t blocks = name.find("time_conv.") != std::string::npos ? 2 : name.find("to_qkv.") != std::string::npos ? 3 : 1;
    const int64_t bw = wide.size(0) / blocks, bn = narrow.size(0) / blocks;
    const bool weight = wide.dim() > 1;
    const int64_t inNarrow = weight ? narrow.size(1) : 0;
    for (int64_t b = 0; b < blocks; ++b) {
        auto rowsW = wide.narrow(0, b * bw, bw);
        auto rowsN = narrow.narrow(0, b * bn, bn);
        // Old output channels: old input columns copied, new input columns (which read zeros) kept.
        if (weight)
            rowsW.narrow(0, 0, bn).narrow(1, 0, inNarrow).copy_(rowsN);
        else
            rowsW.narrow(0, 0, bn).copy_(rowsN);
        // New output channels start at exactly zero.
        rowsW.narrow(0, bn, bw - bn).zero_();
    }
    if (blocks == 3) {
        // The attention scale is 1/sqrt(C): queries grow by sqrt(C_wide / C_narrow) to keep the logits.
        wide.narrow(0, 0, bw).narrow(0, 0, bn).mul_(std::sqrt(double(bw) / double(bn)));
    }
}

}  // namespace

void widenDecoder(WanVAEImpl& wide, const WanVAEImpl& narrow) {
    VaeConfig a = wide.config(), b = narrow.config();
    if (a.decoderDim() < b.decoderDim())
        throw std::invalid_argument("VAE: cannot widen a decoder of " + std::to_string(b.decoderDim()) + " base channels to " +
                                    std::to_string(a.decoderDim()) + " (narrower)");
    a.decDim = b.decDim = 0;
    if (a.toJson() != b.toJson())
        throw std::invalid_argument("VAE: widening the decoder needs two VAEs that differ only in 'dec_dim'; got " +
                                    wide.config().toJson().dump() + " and " + narrow.config().toJson().dump());
    torch::NoGradGuard noGrad;
    const auto from = narrow.named_parameters();
    for (auto& p : wide.named_parameters()) {
        const torch::Tensor* old = from.find(p.key());
        if (!old) throw std::logic_error("VAE: no tensor '" + p.key() + "' in the narrower VAE");
        torch::Tensor src = old->to(p.value().device(), p.value().scalar_type());
        if (p.key().rfind("decoder.", 0) == 0 && !p.value().sizes().equals(src.sizes()))
            widenTensor(p.key(), p.value(), src);
        else
            p.value().copy_(src);
    }
}

}  // namespace tessera
