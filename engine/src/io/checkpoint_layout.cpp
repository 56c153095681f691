#include "io/checkpoint_layout.h"

#include <algorithm>
#include <regex>
#include <set>

namespace tessera {

namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The prefix in front of `suffix` in some tensor name ("" or ending in '.'), or nullopt.
bool findPrefix(const TensorCheckpoint& ck, const std::string& suffix, std::string* prefix) {
    for (const TensorView* t : ck.tensors()) {
        if (!endsWith(t->name, suffix)) continue;
        std::string p = t->name.substr(0, t->name.size() - suffix.size());
        if (p.empty() || p.back() == '.') {
            *prefix = p;
            return true;
        }
    }
    return false;
}

bool isScale(const std::string& name) {
    return endsWith(name, ".scale_weight") || endsWith(name, ".scale_input") || name == "scaled_fp8";
}

// Our T5 name -> Hugging Face T5 encoder name.
std::string hfT5Name(const std::string& ours, bool tokenFromShared) {
    static const std::regex block(R"(blocks\.(\d+)\.(.*))");
    std::smatch m;
    if (ours == "token_embedding.weight") return tokenFromShared ? "shared.weight" : "encoder.embed_tokens.weight";
    if (ours == "norm.weight") return "encoder.final_layer_norm.weight";
    if (ours == "pos_embedding.embedding.weight") return "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight";
    if (!std::regex_match(ours, m, block)) return ours;
    const std::string b = "encoder.block." + m[1].str() + ".", rest = m[2].str();
    static const std::map<std::string, std::string> inBlock = {
        {"norm1.weight", "layer.0.layer_norm.weight"},
        {"attn.q.weight", "layer.0.SelfAttention.q.weight"},
        {"attn.k.weight", "layer.0.SelfAttention.k.weight"},
        {"attn.v.weight", "layer.0.SelfAttention.v.weight"},
        {"attn.o.weight", "layer.0.SelfAttention.o.weight"},
        {"pos_embedding.embedding.weight", "layer.0.SelfAttention.relative_attention_bias.weight"},
        {"norm2.weight", "layer.1.layer_norm.weight"},
        {"ffn.gate.0.weight", "layer.1.DenseReluDense.wi_0.weight"},
        {"ffn.fc1.weight", "layer.1.DenseReluDense.wi_1.weight"},
        {"ffn.fc2.weight", "layer.1.DenseReluDense.wo.weight"}};
    auto it = inBlock.find(rest);
    return it == inBlock.end() ? ours : b + it->second;
}

const TensorView& need(const TensorCheckpoint& ck, const std::string& name, const CheckpointLayout& l) {
    const TensorView* t = ck.find(name);
    if (!t)
        throw TensorFileError(ck.path() + ": has no tensor '" + name + "', which every Wan 2.1 " + partName(l.part) +
                              " has (a different architecture?)");
    return *t;
}

int64_t countIndexed(const TensorCheckpoint& ck, const std::string& before, const std::string& after) {
    int64_t n = 0;
    while (ck.find(before + std::to_string(n) + after)) ++n;
    return n;
}

}  // namespace

const char* partName(ModelPart part) {
    return part == ModelPart::Dit ? "DiT" : part == ModelPart::Vae ? "VAE" : "text encoder";
}

std::string CheckpointLayout::fileName(const std::string& name) const {
    return prefix + (hfT5 ? hfT5Name(name, tokenFromShared) : name);
}

ModelPart detectPart(const TensorCheckpoint& ck) {
    std::string p;
    if (findPrefix(ck, "patch_embedding.weight", &p)) return ModelPart::Dit;
    if (findPrefix(ck, "decoder.conv1.weight", &p) && findPrefix(ck, "encoder.conv1.weight", &p)) return ModelPart::Vae;
    if (findPrefix(ck, "token_embedding.weight", &p) || findPrefix(ck, "encoder.final_layer_norm.weight", &p))
        return ModelPart::TextEncoder;
    if (findPrefix(ck, "condition_embedder.time_embedder.linear_1.weight", &p))
        throw TensorFileError(ck.path() + ": is a Wan DiT in the Hugging Face diffusers layout, which Tessera does not "
                                          "read; use the official release file or ComfyUI's repackaged one");
    throw TensorFileError(ck.path() + ": holds none of the Wan 2.1 parts (no DiT 'patch_embedding', VAE "
                                      "'encoder.conv1'/'decoder.conv1' or umT5 'token_embedding'/'encoder.block' tensors)");
}

CheckpointLayout detectLayout(const TensorCheckpoint& ck, ModelPart part) {
    CheckpointLayout l;
    l.part = part;
    bool found = false;
    if (part == ModelPart::Dit) {
        found = findPrefix(ck, "patch_embedding.weight", &l.prefix);
    } else if (part == ModelPart::Vae) {
        // "encoder.conv1.weight" is also the end of "x.encoder.conv1.weight": take the shortest prefix
        // whose decoder exists too.
        for (const TensorView* t : ck.tensors()) {
            if (!endsWith(t->name, "encoder.conv1.weight")) continue;
            std::string p = t->name.substr(0, t->name.size() - std::string("encoder.conv1.weight").size());
            if ((p.empty() || p.back() == '.') && ck.find(p + "decoder.conv1.weight") && (!found || p.size() < l.prefix.size())) {
                l.prefix = p;
                found = true;
            }
        }
    } else {
        if (findPrefix(ck, "token_embedding.weight", &l.prefix)) {
            found = true;
        } else if (findPrefix(ck, "encoder.final_layer_norm.weight", &l.prefix)) {
            found = true;
            l.hfT5 = true;
            l.tokenFromShared = ck.find(l.prefix + "shared.weight") != nullptr;
        }
    }
    if (!found) throw TensorFileError(ck.path() + ": is not a Wan 2.1 " + std::string(partName(part)) + " checkpoint");
    l.name = l.hfT5 ? "hf-t5" : l.prefix.empty() ? "official" : "prefixed '" + l.prefix + "'";
    std::vector<const TensorView*> own;  // this part's tensors, fp8 scales excluded
    for (const TensorView* t : ck.tensors())
        if (startsWith(t->name, l.prefix) && !isScale(t->name)) {
            own.push_back(t);
            l.parameters += t->numel();
        }
    const DType d = dominantDtype(own);
    l.dtype = d == DType::Invalid ? "" : dtypeName(d);
    return l;
}

nlohmann::json inferConfig(const TensorCheckpoint& ck, const CheckpointLayout& l) {
    auto shape = [&](const std::string& ours) { return need(ck, l.fileName(ours), l).shape; };
    if (l.part == ModelPart::Dit) {
        const auto pe = shape("patch_embedding.weight");  // [dim, in_dim, pt, ph, pw]
        if (pe.size() != 5) throw TensorFileError(ck.path() + ": patch_embedding.weight is not a 3D convolution");
        const int64_t dim = pe[0];
        const int64_t layers = countIndexed(ck, l.prefix + "blocks.", ".self_attn.q.weight");
        const auto head = shape("head.head.weight");  // [out_dim * prod(patch), dim]
        const int64_t patch = pe[2] * pe[3] * pe[4];
        if (ck.find(l.prefix + "img_emb.proj.0.weight") || ck.find(l.prefix + "blocks.0.cross_attn.k_img.weight"))
            throw TensorFileError(ck.path() + ": is a Wan 2.1 image-to-video DiT (CLIP image cross-attention, in_dim " +
                                  std::to_string(pe[1]) + "). Tessera runs the text-to-video DiTs; their image-to-video "
                                  "works by replacing the first latent frame. Import the T2V model instead");
        // Wan 2.1 uses 128-wide attention heads in every released size.
        return {{"model_type", "t2v"},
                {"patch_size", {pe[2], pe[3], pe[4]}},
                {"text_len", 512},
                {"in_dim", pe[1]},
                {"dim", dim},
                {"ffn_dim", shape("blocks.0.ffn.0.weight")[0]},
                {"freq_dim", shape("time_embedding.0.weight")[1]},
                {"text_dim", shape("text_embedding.0.weight")[1]},
                {"out_dim", head[0] / patch},
                {"num_heads", dim % 128 == 0 ? dim / 128 : 1},
                {"num_layers", layers},
                {"window_size", {-1, -1}},
                {"qk_norm", ck.find(l.prefix + "blocks.0.self_attn.norm_q.weight") != nullptr},
                {"cross_attn_norm", ck.find(l.prefix + "blocks.0.norm3.weight") != nullptr},
                {"eps", 1e-6}};
    }
    if (l.part == ModelPart::Vae) {
        const int64_t dim = shape("encoder.conv1.weight")[0];
        const int64_t z = shape("conv2.weight")[0];
        // encoder.downsamples: per stage num_res_blocks residual blocks, then a resample between stages.
        std::vector<int64_t> mult;
        std::vector<bool> temporal;
        int64_t resBlocks = 0, inStage = 0;
        for (int64_t k = 0;; ++k) {
            const std::string b = l.prefix + "encoder.downsamples." + std::to_string(k) + ".";
            if (const TensorView* conv = ck.find(b + "residual.2.weight")) {
                ++inStage;
                if (mult.size() == 0 || inStage == 1) mult.push_back(conv->shape[0] / dim);
            } else if (ck.find(b + "resample.1.weight")) {
                if (resBlocks == 0) resBlocks = inStage;
                temporal.push_back(ck.find(b + "time_conv.weight") != nullptr);
                inStage = 0;
            } else {
                break;
            }
        }
        if (mult.empty()) throw TensorFileError(ck.path() + ": the VAE encoder has no residual blocks");
        if (resBlocks == 0) resBlocks = inStage;
        return {{"dim", dim},
                {"z_dim", z},
                {"dim_mult", mult},
                {"num_res_blocks", resBlocks},
                {"attn_scales", nlohmann::json::array()},
                {"temperal_downsample", temporal},
                {"dropout", 0.0}};
    }
    const auto emb = shape("token_embedding.weight");  // [vocab, dim]
    const int64_t layers = l.hfT5 ? countIndexed(ck, l.prefix + "encoder.block.", ".layer.0.SelfAttention.q.weight")
                                  : countIndexed(ck, l.prefix + "blocks.", ".attn.q.weight");
    const bool perBlock = ck.find(l.fileName("blocks.1.pos_embedding.embedding.weight")) != nullptr || layers == 1;
    const auto pos = perBlock ? shape("blocks.0.pos_embedding.embedding.weight") : shape("pos_embedding.embedding.weight");
    return {{"vocab", emb[0]},
            {"dim", emb[1]},
            {"dim_attn", shape("blocks.0.attn.q.weight")[0]},
            {"dim_ffn", shape("blocks.0.ffn.fc1.weight")[0]},
            {"num_heads", pos[1]},
            {"num_layers", layers},
            {"num_buckets", pos[0]},
            {"shared_pos", !perBlock},
            {"dropout", 0.0}};
}

const TensorView* fp8Scale(const TensorCheckpoint& ck, const std::string& weightName) {
    if (!endsWith(weightName, ".weight")) return nullptr;
    return ck.find(weightName.substr(0, weightName.size() - 7) + ".scale_weight");
}

bool ignoredByLayout(const CheckpointLayout& l, const std::string& name) {
    if (!startsWith(name, l.prefix) || isScale(name)) return true;
    if (!l.hfT5) return false;
    // A whole T5 (decoder, LM head) or the unused copy of the tied embedding: only the encoder is read.
    const std::string rest = name.substr(l.prefix.size());
    return startsWith(rest, "decoder.") || startsWith(rest, "lm_head.") || rest == "encoder.embed_tokens.weight" ||
           rest == "shared.weight";
}

void loadWithLayout(torch::nn::Module& module, const TensorCheckpoint& ck, const CheckpointLayout& layout,
                    const LoadOptions& base) {
    LoadOptions o = base;
    o.rename = [&layout](const std::string& name) { return layout.fileName(name); };
    o.scaleOf = [&ck](const std::string& name) { return fp8Scale(ck, name); };
    o.ignoreExtra = [&layout](const std::string& name) { return ignoredByLayout(layout, name); };
    std::vector<std::string> names;
    for (const TensorView* t : ck.tensors()) names.push_back(t->name);
    loadStateDict(module, [&](const std::string& n) { return ck.find(n); }, names, o, ck.path());
}

}  // namespace tessera
