#include "models/dit.h"

#include <cmath>
#include <functional>
#include <set>

#include "io/tensor_io.h"

namespace tessera {

namespace F = torch::nn::functional;

// ---------------------------------------------------------------------------------------------
// Config

namespace {

[[noreturn]] void configError(const std::string& msg) {
    throw std::invalid_argument("DiT config: " + msg);
}

int64_t jsonInt(const nlohmann::json& v, const std::string& key) {
    if (!v.is_number_integer()) configError("'" + key + "' must be an integer");
    return v.get<int64_t>();
}

bool jsonBool(const nlohmann::json& v, const std::string& key) {
    if (!v.is_boolean()) configError("'" + key + "' must be true or false");
    return v.get<bool>();
}

template <size_t N>
std::array<int64_t, N> jsonInts(const nlohmann::json& v, const std::string& key) {
    if (!v.is_array() || v.size() != N)
        configError("'" + key + "' must be a list of " + std::to_string(N) + " integers");
    std::array<int64_t, N> out{};
    for (size_t i = 0; i < N; ++i) out[i] = jsonInt(v[i], key);
    return out;
}

// The stream dtype: what the official code computes in float32 under autocast (timestep embedding,
// modulation, residual stream, norms, head). A float64 model keeps float64.
torch::Dtype streamDtype(torch::Dtype weights) {
    return weights == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;
}

// at::linear folds the bias into one addmm for [B, L, in] inputs; torch::nn::Linear::forward
// (F::linear) runs a matmul and a separate bias pass, which costs ~10% of a DiT forward on CPU.
torch::Tensor linear(const torch::nn::LinearImpl& l, const torch::Tensor& x) {
    return torch::linear(x, l.weight, l.bias);
}

// The same with the weights cast to x's dtype (for the float32 parts of a reduced-precision model).
torch::Tensor linearAs(const torch::nn::LinearImpl& l, const torch::Tensor& x) {
    return torch::linear(x, l.weight.to(x.scalar_type()), l.bias.to(x.scalar_type()));
}

// LayerNorm without affine parameters over the last dim, in the stream dtype.
torch::Tensor plainLayerNorm(const torch::Tensor& x, double eps) {
    return F::layer_norm(x, F::LayerNormFuncOptions({x.size(-1)}).eps(eps));
}

}  // namespace

DitConfig DitConfig::fromJson(const nlohmann::json& j) {
    if (!j.is_object()) configError("expected a JSON object of WanModel arguments");
    static const std::set<std::string> known = {"model_type", "patch_size",  "text_len", "in_dim",          "dim",
                                                "ffn_dim",    "freq_dim",    "text_dim", "out_dim",         "num_heads",
                                                "num_layers", "window_size", "qk_norm",  "cross_attn_norm", "eps"};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.count(it.key())) configError("unknown field '" + it.key() + "' (not a WanModel argument)");

    DitConfig c;
    if (j.contains("model_type")) {
        if (!j["model_type"].is_string()) configError("'model_type' must be a string");
        c.modelType = j["model_type"].get<std::string>();
    }
    if (j.contains("patch_size")) c.patchSize = jsonInts<3>(j["patch_size"], "patch_size");
    if (j.contains("window_size")) c.windowSize = jsonInts<2>(j["window_size"], "window_size");
    const std::pair<const char*, int64_t*> ints[] = {
        {"text_len", &c.textLen}, {"in_dim", &c.inDim},       {"dim", &c.dim},
        {"ffn_dim", &c.ffnDim},   {"freq_dim", &c.freqDim},   {"text_dim", &c.textDim},
        {"out_dim", &c.outDim},   {"num_heads", &c.numHeads}, {"num_layers", &c.numLayers}};
    for (const auto& [key, field] : ints)
        if (j.contains(key)) *field = jsonInt(j[key], key);
    if (j.contains("qk_norm")) c.qkNorm = jsonBool(j["qk_norm"], "qk_norm");
    if (j.contains("cross_attn_norm")) c.crossAttnNorm = jsonBool(j["cross_attn_norm"], "cross_attn_norm");
    if (j.contains("eps")) {
        if (!j["eps"].is_number()) configError("'eps' must be a number");
        c.eps = j["eps"].get<double>();
    }
    c.validate();
    return c;
}

nlohmann::json DitConfig::toJson() const {
    return {{"model_type", modelType},
            {"patch_size", patchSize},
            {"text_len", textLen},
            {"in_dim", inDim},
            {"dim", dim},
            {"ffn_dim", ffnDim},
            {"freq_dim", freqDim},
            {"text_dim", textDim},
            {"out_dim", outDim},
            {"num_heads", numHeads},
            {"num_layers", numLayers},
            {"window_size", windowSize},
            {"qk_norm", qkNorm},
            {"cross_attn_norm", crossAttnNorm},
            {"eps", eps}};
}

void DitConfig::validate() const {
    auto positive = [](int64_t v, const char* key) {
        if (v <= 0) configError(std::string("'") + key + "' must be positive, got " + std::to_string(v));
    };
    if (modelType != "t2v")
        configError("'model_type' \"" + modelType + "\" is not supported (only \"t2v\" text cross-attention)");
    for (int64_t p : patchSize)
        if (p <= 0) configError("'patch_size' entries must be positive, got " + std::to_string(p));
    positive(textLen, "text_len");
    positive(inDim, "in_dim");
    positive(dim, "dim");
    positive(ffnDim, "ffn_dim");
    positive(freqDim, "freq_dim");
    positive(textDim, "text_dim");
    positive(outDim, "out_dim");
    positive(numHeads, "num_heads");
    positive(numLayers, "num_layers");
    // The sinusoid is [cos, sin] of freq_dim / 2 frequencies, feeding a Linear of freq_dim inputs.
    if (freqDim % 2 != 0) configError("'freq_dim' must be even, got " + std::to_string(freqDim));
    if (dim % numHeads != 0)
        configError("'dim' (" + std::to_string(dim) + ") must be a multiple of 'num_heads' (" +
                    std::to_string(numHeads) + ")");
    // RoPE rotates adjacent pairs of each head's channels.
    if (headDim() % 2 != 0)
        configError("'dim' / 'num_heads' (head dim " + std::to_string(headDim()) + ") must be even for the RoPE pairs");
    if (windowSize[0] != -1 || windowSize[1] != -1)
        configError("'window_size' [" + std::to_string(windowSize[0]) + ", " + std::to_string(windowSize[1]) +
                    "] is not supported (only global attention [-1, -1])");
    if (!(eps > 0)) configError("'eps' must be positive, got " + std::to_string(eps));
}

int64_t DitConfig::tokenCount(int64_t frames, int64_t height, int64_t width) const {
    return (frames / patchSize[0]) * (height / patchSize[1]) * (width / patchSize[2]);
}

// ---------------------------------------------------------------------------------------------
// Building blocks

WanRMSNormImpl::WanRMSNormImpl(int64_t dim, double eps) : eps_(eps) {
    weight_ = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor WanRMSNormImpl::forward(const torch::Tensor& x) {
    // Normalised in at least float32, rounded to x's dtype, then scaled (as the official code).
    auto normed = at::rms_norm(x.to(streamDtype(x.scalar_type())), {x.size(-1)}, std::nullopt, eps_);
    return normed.to(x.scalar_type()) * weight_.to(x.scalar_type());
}

WanAttentionImpl::WanAttentionImpl(int64_t dim, int64_t numHeads, bool qkNorm, double eps) : numHeads_(numHeads) {
    q_ = register_module("q", torch::nn::Linear(dim, dim));
    k_ = register_module("k", torch::nn::Linear(dim, dim));
    v_ = register_module("v", torch::nn::Linear(dim, dim));
    o_ = register_module("o", torch::nn::Linear(dim, dim));
    if (qkNorm) {
        normQ_ = register_module("norm_q", WanRMSNorm(dim, eps));
        normK_ = register_module("norm_k", WanRMSNorm(dim, eps));
    }
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> WanAttentionImpl::project(const torch::Tensor& x,
                                                                                  const torch::Tensor& source) {
    auto q = linear(*q_, x), k = linear(*k_, source), v = linear(*v_, source);  // [B, L, dim], [B, S, dim]
    if (normQ_) {
        q = normQ_->forward(q);
        k = normK_->forward(k);
    }
    auto heads = [&](const torch::Tensor& t) {  // [B, L, dim] -> [B, L, heads, head_dim]
        return t.view({t.size(0), t.size(1), numHeads_, -1});
    };
    return {heads(q), heads(k), heads(v)};
}

torch::Tensor WanAttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                       const torch::Tensor& mask) {
    // q: [B, L, heads, d], k, v: [B, S, heads, d]; softmax(q k^T / sqrt(d)) v per head.
    auto out = at::scaled_dot_product_attention(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                                                mask.defined() ? std::optional<torch::Tensor>(mask) : std::nullopt);
    return linear(*o_, out.transpose(1, 2).flatten(2));  // [B, L, dim]
}

namespace {

// Rotates adjacent channel pairs (2i, 2i+1) of x [B, L, heads, d], read as d/2 complex numbers, by
// rope = e^(i angle) [B, L, 1, d/2] (one complex multiply in rope's dtype), cast back to x's dtype.
torch::Tensor applyRope(const torch::Tensor& x, const torch::Tensor& rope) {
    auto real = x.to(c10::toRealValueType(rope.scalar_type())).contiguous();
    auto pairs = torch::view_as_complex(real.unflatten(-1, {x.size(-1) / 2, 2}));  // [B, L, heads, d/2]
    return torch::view_as_real(pairs * rope).flatten(-2).to(x.scalar_type());
}

}  // namespace

torch::Tensor WanAttentionImpl::selfAttention(const torch::Tensor& x, const torch::Tensor& rope,
                                              const torch::Tensor& keyMask) {
    auto [q, k, v] = project(x, x);
    return attend(applyRope(q, rope), applyRope(k, rope), v, keyMask);
}

torch::Tensor WanAttentionImpl::crossAttention(const torch::Tensor& x, const torch::Tensor& context,
                                               const torch::Tensor& mask) {
    auto [q, k, v] = project(x, context);
    return attend(q, k, v, mask);
}

namespace {

// Splits modulation + e into n vectors broadcastable against the residual stream [B, L, dim]:
// e [B, n, dim] (one per sample) gives [B, 1, dim] each; e [B, L, n, dim] (one per token, packed
// sequences) gives [B, L, dim] each.
std::vector<torch::Tensor> modulationChunks(const torch::Tensor& sum, int64_t n) {
    auto parts = sum.chunk(n, sum.dim() - 2);
    if (sum.dim() == 4)
        for (auto& t : parts) t = t.squeeze(2);
    return parts;
}

}  // namespace

WanAttentionBlockImpl::WanAttentionBlockImpl(const DitConfig& cfg) : eps_(cfg.eps) {
    modulation_ = register_parameter("modulation", torch::randn({1, 6, cfg.dim}) / std::sqrt(double(cfg.dim)));
    selfAttn_ = register_module("self_attn", WanAttention(cfg.dim, cfg.numHeads, cfg.qkNorm, cfg.eps));
    if (cfg.crossAttnNorm)
        norm3_ = register_module(
            "norm3",
            torch::nn::LayerNorm(torch::nn::LayerNormOptions({cfg.dim}).eps(cfg.eps).elementwise_affine(true)));
    crossAttn_ = register_module("cross_attn", WanAttention(cfg.dim, cfg.numHeads, cfg.qkNorm, cfg.eps));
    ffn_ = register_module("ffn", torch::nn::Sequential(torch::nn::Linear(cfg.dim, cfg.ffnDim),
                                                        torch::nn::GELU(torch::nn::GELUOptions().approximate("tanh")),
                                                        torch::nn::Linear(cfg.ffnDim, cfg.dim)));
}

torch::Tensor WanAttentionBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& e0,
                                             const torch::Tensor& context, const torch::Tensor& rope,
                                             const torch::Tensor& keyMask, const torch::Tensor& crossMask) {
    const auto weights = modulation_.scalar_type();  // every parameter has the run dtype
    // e: six [B, 1, dim] vectors (or [B, L, dim] per token): shift/scale/gate of self-attention,
    // shift/scale/gate of the FFN.
    auto e = modulationChunks(modulation_.to(x.scalar_type()) + e0, 6);

    // LN(x) * (1 + scale) + shift and x + y * gate, each as one addcmul pass.
    auto h = torch::addcmul(e[0], plainLayerNorm(x, eps_), 1 + e[1]);
    auto out = torch::addcmul(x, selfAttn_->selfAttention(h.to(weights), rope, keyMask).to(x.scalar_type()), e[2]);

    auto n3 = norm3_ ? F::layer_norm(out, F::LayerNormFuncOptions({out.size(-1)})
                                              .weight(norm3_->weight.to(out.scalar_type()))
                                              .bias(norm3_->bias.to(out.scalar_type()))
                                              .eps(eps_))
                     : out;
    out = out + crossAttn_->crossAttention(n3.to(weights), context, crossMask).to(out.scalar_type());

    h = torch::addcmul(e[3], plainLayerNorm(out, eps_), 1 + e[4]).to(weights);
    auto y =
        linear(ffn_->at<torch::nn::LinearImpl>(2), torch::gelu(linear(ffn_->at<torch::nn::LinearImpl>(0), h), "tanh"));
    return torch::addcmul(out, y.to(out.scalar_type()), e[5]);
}

WanHeadImpl::WanHeadImpl(const DitConfig& cfg) : eps_(cfg.eps) {
    head_ = register_module("head", torch::nn::Linear(cfg.dim, cfg.patchFeatures()));
    modulation_ = register_parameter("modulation", torch::randn({1, 2, cfg.dim}) / std::sqrt(double(cfg.dim)));
}

torch::Tensor WanHeadImpl::forward(const torch::Tensor& x, const torch::Tensor& e) {
    // The official head adds its modulation to e (the time embedding), not to e0. e: [B, dim], or
    // [B, L, dim] per token in packed sequences.
    auto m = modulationChunks(modulation_.to(x.scalar_type()) + e.unsqueeze(-2), 2);  // shift, scale
    return linearAs(*head_, torch::addcmul(m[0], plainLayerNorm(x, eps_), 1 + m[1]));
}

// ---------------------------------------------------------------------------------------------
// WanModel

WanModelImpl::WanModelImpl(const DitConfig& cfg) : cfg_(cfg) {
    cfg_.validate();
    const auto& p = cfg_.patchSize;
    patchEmbedding_ = register_module(
        "patch_embedding",
        torch::nn::Conv3d(
            torch::nn::Conv3dOptions(cfg_.inDim, cfg_.dim, {p[0], p[1], p[2]}).stride({p[0], p[1], p[2]})));
    const auto gelu = torch::nn::GELUOptions().approximate("tanh");
    textEmbedding_ = register_module(
        "text_embedding", torch::nn::Sequential(torch::nn::Linear(cfg_.textDim, cfg_.dim), torch::nn::GELU(gelu),
                                                torch::nn::Linear(cfg_.dim, cfg_.dim)));
    timeEmbedding_ = register_module("time_embedding",
                                     torch::nn::Sequential(torch::nn::Linear(cfg_.freqDim, cfg_.dim), torch::nn::SiLU(),
                                                           torch::nn::Linear(cfg_.dim, cfg_.dim)));
    timeProjection_ = register_module(
        "time_projection", torch::nn::Sequential(torch::nn::SiLU(), torch::nn::Linear(cfg_.dim, 6 * cfg_.dim)));
    blocks_ = register_module("blocks", torch::nn::ModuleList());
    for (int64_t i = 0; i < cfg_.numLayers; ++i) blocks_->push_back(WanAttentionBlock(cfg_));
    head_ = register_module("head", WanHead(cfg_));
}

torch::Tensor WanModelImpl::gridRope(int64_t f, int64_t h, int64_t w, torch::Device device, torch::Dtype dtype) {
    const std::string key = std::to_string(f) + "x" + std::to_string(h) + "x" + std::to_string(w) + "@" + device.str() +
                            ":" + c10::toString(dtype);
    std::lock_guard<std::mutex> lock(ropeMutex_);
    if (auto it = ropeCache_.find(key); it != ropeCache_.end()) return it->second;

    // head_dim / 2 pairs: frame, row and column sections, each with its own frequency ladder
    // w_k = 10000^(-k/m) over its own width m; angles in float64.
    const int64_t c = cfg_.headDim() / 2, third = c / 3;
    const int64_t widths[3] = {c - 2 * third, third, third};
    const int64_t extents[3] = {f, h, w};
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
    std::vector<torch::Tensor> sections;
    for (int axis = 0; axis < 3; ++axis) {
        const int64_t m = widths[axis];
        auto omega = 1.0 / torch::pow(10000.0, torch::arange(m, f64) / double(m));  // [m]
        auto angles = torch::outer(torch::arange(extents[axis], f64), omega);       // [extent, m]
        std::vector<int64_t> view{1, 1, 1, m};
        view[axis] = extents[axis];
        sections.push_back(angles.view(view).expand({f, h, w, m}));
    }
    auto angles = torch::cat(sections, -1).reshape({f * h * w, c});  // [tokens, c]
    auto t = torch::polar(torch::ones_like(angles), angles).to(device, c10::toComplexType(dtype));
    // Grid shapes change rarely (one per resolution); a small bound keeps odd callers from growing it.
    if (ropeCache_.size() >= 16) ropeCache_.clear();
    ropeCache_.emplace(key, t);
    return t;
}

std::vector<torch::Tensor> WanModelImpl::forward(const std::vector<torch::Tensor>& x, const torch::Tensor& t,
                                                 const std::vector<torch::Tensor>& context, int64_t seqLen) {
    const int64_t B = static_cast<int64_t>(x.size());
    checkInputs(x, t, context);
    const auto& pw = patchEmbedding_->weight;
    const torch::Device device = pw.device();
    const torch::Dtype stream = streamDtype(pw.scalar_type());

    std::vector<std::array<int64_t, 3>> grids;
    std::vector<torch::Tensor> tokens = patchify(x, &grids);
    int64_t maxTokens = 0;
    for (const auto& tk : tokens) maxTokens = std::max(maxTokens, tk.size(0));
    if (seqLen == 0) seqLen = maxTokens;
    if (seqLen < maxTokens)
        throw std::invalid_argument("DiT: seq_len " + std::to_string(seqLen) + " is shorter than the " +
                                    std::to_string(maxTokens) + " tokens of the largest latent");

    // Tokens padded with zero rows to seqLen; RoPE of padding rows is the identity (cos 1, sin 0),
    // as the official code leaves them unrotated. Keys past a sample's tokens are masked.
    std::vector<torch::Tensor> rows, ropeRows;
    bool padded = false;
    for (int64_t b = 0; b < B; ++b) {
        const int64_t n = tokens[b].size(0), pad = seqLen - n;
        auto r = gridRope(grids[b][0], grids[b][1], grids[b][2], device, stream);  // [n, c] complex
        rows.push_back(F::pad(tokens[b], F::PadFuncOptions({0, 0, 0, pad})));
        ropeRows.push_back(pad ? torch::cat({r, torch::ones({pad, r.size(1)}, r.options())}) : r);
        padded = padded || pad > 0;
    }
    auto h = torch::stack(rows);                      // [B, L, dim]
    auto rope = torch::stack(ropeRows).unsqueeze(2);  // [B, L, 1, head_dim / 2] complex
    torch::Tensor keyMask;  // [B, 1, 1, L], true = real token; undefined when nothing is padded
    if (padded) {
        std::vector<int64_t> lens;
        for (const auto& tk : tokens) lens.push_back(tk.size(0));
        auto lensT = torch::tensor(lens, torch::TensorOptions().dtype(torch::kInt64)).to(device);
        keyMask = (torch::arange(seqLen, torch::TensorOptions().device(device).dtype(torch::kInt64)).unsqueeze(0) <
                   lensT.unsqueeze(1))
                      .view({B, 1, 1, seqLen});
    }

    auto [e, e0] = timeEmbedding(t, B);  // [B, dim], [B, 6, dim]
    auto ctx = textEmbedding(context);   // [B, text_len, dim]
    for (const auto& block : *blocks_) h = block->as<WanAttentionBlock>()->forward(h, e0, ctx, rope, keyMask);
    auto out = head_->forward(h, e);  // [B, L, prod(patch) * out_dim]

    std::vector<torch::Tensor> result;
    for (int64_t b = 0; b < B; ++b) result.push_back(unpatchify(out[b], grids[b]));
    return result;
}

std::vector<std::vector<int64_t>> WanModelImpl::packFirstFit(const std::vector<int64_t>& tokenCounts,
                                                             int64_t budget) {
    std::vector<std::vector<int64_t>> bins;
    std::vector<int64_t> used;
    for (size_t i = 0; i < tokenCounts.size(); ++i) {
        const int64_t n = tokenCounts[i];
        if (n > budget)
            throw std::invalid_argument("DiT: a sample of " + std::to_string(n) + " tokens does not fit the packing budget of " +
                                        std::to_string(budget) + " tokens");
        size_t b = 0;
        while (b < bins.size() && used[b] + n > budget) ++b;
        if (b == bins.size()) {
            bins.emplace_back();
            used.push_back(0);
        }
        bins[b].push_back(static_cast<int64_t>(i));
        used[b] += n;
    }
    return bins;
}

std::vector<torch::Tensor> WanModelImpl::forwardPacked(const std::vector<torch::Tensor>& x, const torch::Tensor& t,
                                                       const std::vector<torch::Tensor>& context, int64_t budget,
                                                       std::vector<torch::Tensor>* hidden, int64_t hiddenAfter,
                                                       std::vector<torch::Tensor>* everyBlock) {
    const int64_t B = static_cast<int64_t>(x.size());
    checkInputs(x, t, context);
    if (everyBlock) everyBlock->clear();
    if (hidden && (hiddenAfter < 1 || hiddenAfter > static_cast<int64_t>(blocks_->size())))
        throw std::invalid_argument("DiT: the hidden state is read after 1 to " + std::to_string(blocks_->size()) +
                                    " blocks, not " + std::to_string(hiddenAfter));
    const auto& pw = patchEmbedding_->weight;
    const torch::Device device = pw.device();
    const torch::Dtype stream = streamDtype(pw.scalar_type());

    std::vector<std::array<int64_t, 3>> grids;
    std::vector<torch::Tensor> tokens = patchify(x, &grids);
    std::vector<int64_t> counts;
    for (const auto& tk : tokens) counts.push_back(tk.size(0));
    const auto bins = packFirstFit(counts, budget);
    const int64_t P = static_cast<int64_t>(bins.size());
    size_t maxPerBin = 0;
    for (const auto& bin : bins) maxPerBin = std::max(maxPerBin, bin.size());

    auto [e, e0] = timeEmbedding(t, B);  // [B, dim], [B, 6, dim]
    auto ctx = textEmbedding(context);   // [B, text_len, dim]
    const int64_t Lc = cfg_.textLen, ctxLen = static_cast<int64_t>(maxPerBin) * Lc;

    // Every pack: its samples' tokens back to back, zero rows up to the budget. Each token carries
    // its sample's RoPE positions and time modulation, attends to its own sample's tokens (the
    // padding rows attend to each other, so no row is empty) and to its own sample's text rows.
    const auto i64 = torch::TensorOptions().dtype(torch::kInt64);
    std::vector<torch::Tensor> hRows, ropeRows, eRows, e0Rows, ctxRows, selfMasks, crossMasks;
    for (const auto& bin : bins) {
        std::vector<torch::Tensor> h, r, ee, ee0, c;
        std::vector<int64_t> segment, textSegment;
        int64_t n = 0;
        for (size_t j = 0; j < bin.size(); ++j) {
            const int64_t s = bin[j], cnt = counts[s];
            h.push_back(tokens[s]);
            r.push_back(gridRope(grids[s][0], grids[s][1], grids[s][2], device, stream));
            ee.push_back(e[s].unsqueeze(0).expand({cnt, e.size(1)}));
            ee0.push_back(e0[s].unsqueeze(0).expand({cnt, 6, e0.size(2)}));
            c.push_back(ctx[s]);
            segment.insert(segment.end(), cnt, static_cast<int64_t>(j));
            textSegment.insert(textSegment.end(), Lc, static_cast<int64_t>(j));
            n += cnt;
        }
        const int64_t pad = budget - n, ctxPad = ctxLen - static_cast<int64_t>(bin.size()) * Lc;
        if (pad > 0) {
            h.push_back(torch::zeros({pad, tokens[0].size(1)}, tokens[0].options()));
            r.push_back(torch::ones({pad, r[0].size(1)}, r[0].options()));
            ee.push_back(torch::zeros({pad, e.size(1)}, e.options()));
            ee0.push_back(torch::zeros({pad, 6, e0.size(2)}, e0.options()));
            segment.insert(segment.end(), pad, -1);
        }
        if (ctxPad > 0) {
            c.push_back(torch::zeros({ctxPad, ctx.size(2)}, ctx.options()));
            textSegment.insert(textSegment.end(), ctxPad, -2);
        }
        hRows.push_back(torch::cat(h));
        ropeRows.push_back(torch::cat(r));
        eRows.push_back(torch::cat(ee));
        e0Rows.push_back(torch::cat(ee0));
        ctxRows.push_back(torch::cat(c));
        auto seg = torch::tensor(segment, i64).to(device), tseg = torch::tensor(textSegment, i64).to(device);
        selfMasks.push_back(seg.unsqueeze(1) == seg.unsqueeze(0));                       // [L, L]
        crossMasks.push_back((seg.unsqueeze(1) == tseg.unsqueeze(0)) | (seg < 0).unsqueeze(1));  // [L, Lc']
    }
    auto h = torch::stack(hRows);                      // [P, budget, dim]
    auto rope = torch::stack(ropeRows).unsqueeze(2);   // [P, budget, 1, head_dim / 2]
    auto eTok = torch::stack(eRows);                   // [P, budget, dim]
    auto e0Tok = torch::stack(e0Rows);                 // [P, budget, 6, dim]
    auto ctxPacked = torch::stack(ctxRows);            // [P, maxPerBin * text_len, dim]
    auto selfMask = torch::stack(selfMasks).unsqueeze(1);    // [P, 1, budget, budget]
    auto crossMask = torch::stack(crossMasks).unsqueeze(1);  // [P, 1, budget, maxPerBin * text_len]
    // Each sample's rows of a packed [P, budget, C] tensor, in the given order.
    auto unpack = [&](const torch::Tensor& packed, const std::function<torch::Tensor(const torch::Tensor&, int64_t)>& f) {
        std::vector<torch::Tensor> r(B);
        for (int64_t p = 0; p < P; ++p) {
            int64_t offset = 0;
            for (int64_t s : bins[p]) {
                r[s] = f(packed[p].narrow(0, offset, counts[s]), s);
                offset += counts[s];
            }
        }
        return r;
    };
    int64_t done = 0;
    for (const auto& block : *blocks_) {
        h = block->as<WanAttentionBlock>()->forward(h, e0Tok, ctxPacked, rope, selfMask, crossMask);
        if (hidden && ++done == hiddenAfter) *hidden = unpack(h, [](const torch::Tensor& rows, int64_t) { return rows; });
        if (everyBlock) everyBlock->push_back(torch::cat(unpack(h, [](const torch::Tensor& rows, int64_t) { return rows; })));
    }
    auto out = head_->forward(h, eTok);  // [P, budget, prod(patch) * out_dim]
    return unpack(out, [&](const torch::Tensor& rows, int64_t s) { return unpatchify(rows, grids[s]); });
}

void WanModelImpl::checkInputs(const std::vector<torch::Tensor>& x, const torch::Tensor& t,
                               const std::vector<torch::Tensor>& context) const {
    const int64_t B = static_cast<int64_t>(x.size());
    if (B == 0) throw std::invalid_argument("DiT: forward needs at least one latent");
    if (static_cast<int64_t>(context.size()) != B)
        throw std::invalid_argument("DiT: got " + std::to_string(B) + " latents but " + std::to_string(context.size()) +
                                    " text contexts");
    if (!t.defined() || (t.numel() != B && t.numel() != 1))
        throw std::invalid_argument("DiT: t must hold one timestep per latent (" + std::to_string(B) + "), got " +
                                    (t.defined() ? shapeString(t.sizes()) : std::string("none")));
}

std::vector<torch::Tensor> WanModelImpl::patchify(const std::vector<torch::Tensor>& x,
                                                  std::vector<std::array<int64_t, 3>>* grids) {
    // Every latent [in_dim, F, H, W] -> [tokens, dim] on a (F/pt, H/ph, W/pw) grid, in the stream dtype.
    const auto& pw = patchEmbedding_->weight;
    const torch::Device device = pw.device();
    const torch::Dtype weights = pw.scalar_type(), stream = streamDtype(weights);
    const auto& p = cfg_.patchSize;
    std::vector<torch::Tensor> tokens;
    for (size_t b = 0; b < x.size(); ++b) {
        const auto& u = x[b];
        if (u.dim() != 4 || u.size(0) != cfg_.inDim)
            throw std::invalid_argument("DiT: latent " + std::to_string(b) + " must be [in_dim=" +
                                        std::to_string(cfg_.inDim) + ", F, H, W], got " + shapeString(u.sizes()));
        for (int a = 0; a < 3; ++a)
            if (u.size(a + 1) % p[a] != 0 || u.size(a + 1) == 0)
                throw std::invalid_argument("DiT: latent " + std::to_string(b) + " " + shapeString(u.sizes()) +
                                            " is not a positive multiple of patch_size [" + std::to_string(p[0]) +
                                            ", " + std::to_string(p[1]) + ", " + std::to_string(p[2]) + "] in F, H, W");
        auto y = patchEmbedding_->forward(u.to(device, weights).unsqueeze(0));  // [1, dim, f, h, w]
        grids->push_back({y.size(2), y.size(3), y.size(4)});
        tokens.push_back(y.flatten(2).transpose(1, 2).squeeze(0).to(stream));  // [f*h*w, dim]
    }
    return tokens;
}

std::pair<torch::Tensor, torch::Tensor> WanModelImpl::timeEmbedding(const torch::Tensor& t, int64_t B) {
    // [cos(t w), sin(t w)] with w_k = 10000^(-k/half), in float64, then the time MLP and projection
    // in the stream dtype: e [B, dim], e0 [B, 6, dim].
    const auto& pw = patchEmbedding_->weight;
    const torch::Device device = pw.device();
    const torch::Dtype stream = streamDtype(pw.scalar_type());
    const int64_t half = cfg_.freqDim / 2;
    const auto f64 = torch::TensorOptions().device(device).dtype(torch::kFloat64);
    auto tt = t.to(device, torch::kFloat64).reshape({-1}).expand({B});
    auto omega = torch::pow(10000.0, -torch::arange(half, f64) / double(half));
    auto phase = torch::outer(tt, omega);                                  // [B, half]
    auto sinusoid = torch::cat({phase.cos(), phase.sin()}, 1).to(stream);  // [B, freq_dim]
    auto e = linearAs(timeEmbedding_->at<torch::nn::LinearImpl>(2),
                      F::silu(linearAs(timeEmbedding_->at<torch::nn::LinearImpl>(0), sinusoid)));  // [B, dim]
    auto e0 = linearAs(timeProjection_->at<torch::nn::LinearImpl>(1), F::silu(e)).unflatten(1, {6, cfg_.dim});
    return {e, e0};
}

torch::Tensor WanModelImpl::textEmbedding(const std::vector<torch::Tensor>& context) {
    // Every context zero-padded to text_len rows before the text MLP (the padding rows become a
    // constant non-zero vector that cross-attention attends to): [B, text_len, dim].
    const auto& pw = patchEmbedding_->weight;
    const torch::Device device = pw.device();
    const torch::Dtype weights = pw.scalar_type();
    std::vector<torch::Tensor> ctxRows;
    for (size_t b = 0; b < context.size(); ++b) {
        const auto& c = context[b];
        if (c.dim() != 2 || c.size(1) != cfg_.textDim || c.size(0) > cfg_.textLen)
            throw std::invalid_argument(
                "DiT: context " + std::to_string(b) + " must be [L <= text_len=" + std::to_string(cfg_.textLen) +
                ", text_dim=" + std::to_string(cfg_.textDim) + "], got " + shapeString(c.sizes()));
        ctxRows.push_back(F::pad(c.to(device, weights), F::PadFuncOptions({0, 0, 0, cfg_.textLen - c.size(0)})));
    }
    return linear(textEmbedding_->at<torch::nn::LinearImpl>(2),
                  torch::gelu(linear(textEmbedding_->at<torch::nn::LinearImpl>(0), torch::stack(ctxRows)), "tanh"));
}

torch::Tensor WanModelImpl::unpatchify(const torch::Tensor& out, const std::array<int64_t, 3>& g) const {
    // Token (f, h, w) feature (pt, ph, pw, c) -> video [c, f*pt + pt', h*ph + ph', w*pw + pw'].
    const auto& p = cfg_.patchSize;
    auto u = out.narrow(0, 0, g[0] * g[1] * g[2]).view({g[0], g[1], g[2], p[0], p[1], p[2], cfg_.outDim});
    return u.permute({6, 0, 3, 1, 4, 2, 5}).reshape({cfg_.outDim, g[0] * p[0], g[1] * p[1], g[2] * p[2]});
}

// ---------------------------------------------------------------------------------------------
// Loading

WanModel loadWanModel(const TensorCheckpoint& checkpoint, const DitConfig& config, const LoadOptions& options) {
    WanModel model(config);
    loadStateDict(*model, checkpoint, options);
    model->eval();
    return model;
}

WanModel loadWanModel(const SafetensorsFile& file, const DitConfig& config, const LoadOptions& options) {
    WanModel model(config);
    std::vector<std::string> names;
    for (const auto& t : file.tensors()) names.push_back(t.name);
    loadStateDict(
        *model, [&](const std::string& n) { return file.find(n); }, names, options, file.path());
    model->eval();
    return model;
}

}  // namespace tessera
