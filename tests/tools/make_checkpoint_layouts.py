#!/usr/bin/env python3
"""Writes the golden tiny Wan 2.1 weights (../shared/testdata/wan21) in the layouts people download,
for the import tests (tests/engine/test_import.cpp):

  reference/     a bundle over the golden safetensors as they are (official names, float32)
  official/      a release folder: sharded DiT safetensors + index + config.json, Wan2.1_VAE.pth and
                 models_t5_umt5-xxl-enc-bf16.pth (PyTorch zips, here float32), google/umt5-xxl/spiece.model
  official_bf16/ the same with the text encoder .pth in bfloat16 (as released)
  comfyui/       ComfyUI repackaged single files: DiT with 'model.diffusion_model.' prefix, VAE, umT5 in
                 Hugging Face T5 names, all float32
  comfyui_fp16/  the same in float16
  comfyui_fp8/   DiT and umT5 linear weights in float8_e4m3fn with per-tensor scale_weight tensors
  bad/           evil.pth (a pickle that would run os.system), truncated.pth, and a DiT whose block 1
                 has a feed-forward weight of another shape (wrong_arch/)

Usage: make_checkpoint_layouts.py GOLDEN_DIR TOKENIZER_MODEL OUT_DIR
Uses the PyPI torch and safetensors packages (scripts/setup.sh installs both).
"""
import json
import os
import shutil
import sys

import torch
from safetensors import safe_open
from safetensors.torch import save_file


def load(path):
    with safe_open(path, "pt") as f:
        return {k: f.get_tensor(k) for k in f.keys()}, f.metadata()


def hf_t5(sd):
    """Our (official Wan) umT5 names -> Hugging Face T5 encoder names."""
    out = {}
    for k, v in sd.items():
        if k == "token_embedding.weight":
            out["shared.weight"] = v
            out["encoder.embed_tokens.weight"] = v.clone()
            continue
        if k == "norm.weight":
            out["encoder.final_layer_norm.weight"] = v
            continue
        parts = k.split(".")
        assert parts[0] == "blocks", k
        n, rest = parts[1], ".".join(parts[2:])
        m = {
            "norm1.weight": "layer.0.layer_norm.weight",
            "attn.q.weight": "layer.0.SelfAttention.q.weight",
            "attn.k.weight": "layer.0.SelfAttention.k.weight",
            "attn.v.weight": "layer.0.SelfAttention.v.weight",
            "attn.o.weight": "layer.0.SelfAttention.o.weight",
            "pos_embedding.embedding.weight": "layer.0.SelfAttention.relative_attention_bias.weight",
            "norm2.weight": "layer.1.layer_norm.weight",
            "ffn.gate.0.weight": "layer.1.DenseReluDense.wi_0.weight",
            "ffn.fc1.weight": "layer.1.DenseReluDense.wi_1.weight",
            "ffn.fc2.weight": "layer.1.DenseReluDense.wo.weight",
        }[rest]
        out[f"encoder.block.{n}.{m}"] = v
    return out


def fp8_scaled(sd):
    """2-D weights to float8_e4m3fn with a per-tensor scale (max |w| maps to 448), the rest float16."""
    out = {}
    for k, v in sd.items():
        if v.dim() == 2 and k.endswith(".weight") and "embed" not in k and "shared" not in k:
            scale = v.abs().max().float() / 448.0
            out[k] = (v.float() / scale).to(torch.float8_e4m3fn)
            out[k[: -len(".weight")] + ".scale_weight"] = scale.reshape(1)
        else:
            out[k] = v.half()
    out["scaled_fp8"] = torch.zeros(0, dtype=torch.float8_e4m3fn)
    return out


def cast(sd, dtype):
    return {k: v.to(dtype) for k, v in sd.items()}


def main():
    golden, tokenizer, out = sys.argv[1:4]
    dit, dit_meta = load(os.path.join(golden, "dit.weights.safetensors"))
    vae, vae_meta = load(os.path.join(golden, "vae.weights.safetensors"))
    t5, t5_meta = load(os.path.join(golden, "t5.weights.safetensors"))
    dit_cfg = json.loads(dit_meta["config"])
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)

    def folder(name):
        p = os.path.join(out, name)
        os.makedirs(p, exist_ok=True)
        return p

    # The reference bundle: the golden files untouched. Latent statistics: the first z_dim entries of
    # the Wan 2.1 lists (as in the golden cases); the imports are given the same with --latent-stats.
    z = json.loads(vae_meta["config"])["z_dim"]
    stats = {
        "mean": [-0.7571, -0.7089, -0.9113, 0.1075][:z],
        "std": [2.8184, 1.4541, 2.3275, 2.6558][:z],
    }
    with open(os.path.join(out, "latent_stats.json"), "w") as f:
        json.dump(stats, f)
    with open(os.path.join(out, "dit_config.json"), "w") as f:
        json.dump({"text_len": dit_cfg["text_len"], "num_heads": dit_cfg["num_heads"]}, f)
    ref = folder("reference")
    shutil.copy(tokenizer, os.path.join(ref, "tokenizer.model"))
    model = {
        "format": "tessera.model/1", "name": "reference", "architecture": "wan2.1", "conditioning": "replacement",
        "components": {
            "dit": {"file": os.path.abspath(os.path.join(golden, "dit.weights.safetensors"))},
            "vae": {"file": os.path.abspath(os.path.join(golden, "vae.weights.safetensors"))},
            "text_encoder": {"file": os.path.abspath(os.path.join(golden, "t5.weights.safetensors"))},
            "tokenizer": {"file": "tokenizer.model"},
        },
        "latent": stats,
        "defaults": {"width": 64, "height": 48, "frames": 5, "steps": 3, "guidance": 4.0, "shift": 3.0,
                     "sampler": "unipc", "cpu_dtype": "float32"},
    }
    with open(os.path.join(ref, "model.json"), "w") as f:
        json.dump(model, f, indent=2)

    def official(name, t5_dtype):
        p = folder(name)
        keys = sorted(dit)
        half = len(keys) // 2
        shards = {"diffusion_pytorch_model-00001-of-00002.safetensors": keys[:half],
                  "diffusion_pytorch_model-00002-of-00002.safetensors": keys[half:]}
        weight_map = {}
        for shard, ks in shards.items():
            save_file({k: dit[k].contiguous() for k in ks}, os.path.join(p, shard))
            weight_map.update({k: shard for k in ks})
        with open(os.path.join(p, "diffusion_pytorch_model.safetensors.index.json"), "w") as f:
            json.dump({"metadata": {"total_size": sum(v.numel() * 4 for v in dit.values())}, "weight_map": weight_map}, f)
        cfg = {"_class_name": "WanModel", "_diffusers_version": "0.30.0"}
        cfg.update({k: dit_cfg[k] for k in ("dim", "eps", "ffn_dim", "freq_dim", "in_dim", "model_type", "num_heads",
                                           "num_layers", "out_dim", "text_len")})
        with open(os.path.join(p, "config.json"), "w") as f:
            json.dump(cfg, f, indent=2)
        torch.save(vae, os.path.join(p, "Wan2.1_VAE.pth"))
        torch.save(cast(t5, t5_dtype), os.path.join(p, "models_t5_umt5-xxl-enc-bf16.pth"))
        tok = os.path.join(p, "google", "umt5-xxl")
        os.makedirs(tok)
        shutil.copy(tokenizer, os.path.join(tok, "spiece.model"))
        with open(os.path.join(tok, "tokenizer.json"), "w") as f:
            json.dump({"model": {"type": "Unigram"}}, f)

    official("official", torch.float32)
    official("official_bf16", torch.bfloat16)

    def comfy(name, convert):
        p = folder(name)
        save_file(convert({"model.diffusion_model." + k: v for k, v in dit.items()}),
                  os.path.join(p, "wan2.1_t2v_tiny.safetensors"))
        save_file(cast(vae, torch.float32), os.path.join(p, "wan_2.1_vae.safetensors"))
        save_file(convert(hf_t5(t5)), os.path.join(p, "umt5_xxl.safetensors"))
        shutil.copy(tokenizer, os.path.join(p, "spiece.model"))

    comfy("comfyui", lambda sd: cast(sd, torch.float32))
    comfy("comfyui_fp16", lambda sd: cast(sd, torch.float16))
    comfy("comfyui_fp8", fp8_scaled)

    bad = folder("bad")

    class Evil:
        def __reduce__(self):
            return (os.system, ("touch " + os.path.join(os.path.abspath(bad), "PWNED"),))

    torch.save({"conv1.weight": torch.zeros(1), "payload": Evil()}, os.path.join(bad, "evil.pth"))
    with open(os.path.join(out, "official", "Wan2.1_VAE.pth"), "rb") as f:
        data = f.read()
    with open(os.path.join(bad, "truncated.pth"), "wb") as f:
        f.write(data[: len(data) // 2])
    wrong = folder("bad/wrong_arch")
    wrong_dit = dict(dit)
    w = wrong_dit["blocks.1.ffn.0.weight"]
    wrong_dit["blocks.1.ffn.0.weight"] = torch.zeros(w.shape[0] * 2, w.shape[1])
    wrong_dit["blocks.1.ffn.0.bias"] = torch.zeros(w.shape[0] * 2)
    save_file(wrong_dit, os.path.join(wrong, "wan2.1_t2v_wrong.safetensors"))
    shutil.copy(os.path.join(out, "comfyui", "wan_2.1_vae.safetensors"), wrong)
    shutil.copy(os.path.join(out, "comfyui", "umt5_xxl.safetensors"), wrong)
    shutil.copy(tokenizer, os.path.join(wrong, "spiece.model"))
    print("checkpoint layouts in", out)


if __name__ == "__main__":
    main()
