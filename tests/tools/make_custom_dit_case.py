#!/usr/bin/env python3
"""Makes a golden DiT case for a config other than the shipped one, from a float64 reference
written from ../shared/testdata/wan21/README.md (the formulas as stated there; no Wan code).

The reference is first checked against the official vectors (dit.io, dit_shape2.io); only if it
reproduces them does it write tests/data/custom/dit_custom.{weights,io}.safetensors, which
`tessera dev golden` then has to match like any official case.

Run: ~/.local/share/tessera/deps/bin/python tests/tools/make_custom_dit_case.py [--shared DIR]
"""
import argparse
import json
import math
import os
import sys

import torch
from safetensors import safe_open
from safetensors.torch import save_file

F64 = torch.float64


def linear(p, name, x):
    y = x @ p[name + ".weight"].T
    b = p.get(name + ".bias")
    return y + b if b is not None else y


def layer_norm(x, eps):
    mu = x.mean(-1, keepdim=True)
    var = ((x - mu) ** 2).mean(-1, keepdim=True)
    return (x - mu) / torch.sqrt(var + eps)


def rms_norm(x, w, eps):
    return x * torch.rsqrt((x * x).mean(-1, keepdim=True) + eps) * w


def gelu_tanh(x):
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def attention(q, k, v, key_len=None):
    # q [S,n,d], k/v [L,n,d]; keys >= key_len are ignored
    scores = torch.einsum("snd,lnd->nsl", q, k) / math.sqrt(q.shape[-1])
    if key_len is not None:
        scores[:, :, key_len:] = -float("inf")
    return torch.einsum("nsl,lnd->snd", torch.softmax(scores, -1), v)


def rope(x, grid, n_tok):
    # x [S,n,d]; adjacent pairs are complex numbers; sections (frame, row, col) of pairs.
    S, n, d = x.shape
    c = d // 2
    sections = [c - 2 * (c // 3), c // 3, c // 3]
    f, h, w = grid
    pos = torch.stack(torch.meshgrid(torch.arange(f), torch.arange(h), torch.arange(w), indexing="ij"), -1)
    pos = pos.reshape(-1, 3).to(F64)  # [f*h*w, 3]
    angles = []
    for axis, m in enumerate(sections):
        omega = 10000.0 ** (-torch.arange(m, dtype=F64) / m)
        angles.append(pos[:, axis:axis + 1] * omega[None])
    ang = torch.cat(angles, -1)  # [T, c]
    xr = x[:n_tok].reshape(n_tok, n, c, 2)
    cos, sin = torch.cos(ang)[:, None], torch.sin(ang)[:, None]
    re = xr[..., 0] * cos - xr[..., 1] * sin
    im = xr[..., 0] * sin + xr[..., 1] * cos
    out = x.clone()
    out[:n_tok] = torch.stack([re, im], -1).reshape(n_tok, n, d)
    return out


def dit_forward(p, cfg, x, t, ctx, seq_len):
    """x [C,F,H,W], t float, ctx [L,text_dim] -> [out_dim,F,H,W], all float64."""
    dim, heads, eps = cfg["dim"], cfg["num_heads"], cfg["eps"]
    pt, ph, pw = cfg["patch_size"]
    C, F, H, W = x.shape
    f, h, w = F // pt, H // ph, W // pw
    # patch embedding = strided conv with kernel = stride = patch
    patches = x.reshape(C, f, pt, h, ph, w, pw).permute(1, 3, 5, 0, 2, 4, 6).reshape(f * h * w, -1)
    tokens = patches @ p["patch_embedding.weight"].reshape(dim, -1).T + p["patch_embedding.bias"]
    n_tok = tokens.shape[0]
    xs = torch.cat([tokens, torch.zeros(seq_len - n_tok, dim, dtype=F64)])
    half = cfg["freq_dim"] // 2
    omega = 10000.0 ** (-torch.arange(half, dtype=F64) / half)
    sinus = torch.cat([torch.cos(t * omega), torch.sin(t * omega)])
    e = linear(p, "time_embedding.2", torch.nn.functional.silu(linear(p, "time_embedding.0", sinus)))
    e0 = linear(p, "time_projection.1", torch.nn.functional.silu(e)).reshape(6, dim)
    ctx_p = torch.cat([ctx, torch.zeros(cfg["text_len"] - ctx.shape[0], ctx.shape[1], dtype=F64)])
    c = linear(p, "text_embedding.2", gelu_tanh(linear(p, "text_embedding.0", ctx_p)))
    d = dim // heads
    for i in range(cfg["num_layers"]):
        b = f"blocks.{i}."
        m = p[b + "modulation"][0] + e0
        y = layer_norm(xs, eps) * (1 + m[1]) + m[0]
        q = rms_norm(linear(p, b + "self_attn.q", y), p[b + "self_attn.norm_q.weight"], eps).reshape(-1, heads, d)
        k = rms_norm(linear(p, b + "self_attn.k", y), p[b + "self_attn.norm_k.weight"], eps).reshape(-1, heads, d)
        v = linear(p, b + "self_attn.v", y).reshape(-1, heads, d)
        a = attention(rope(q, (f, h, w), n_tok), rope(k, (f, h, w), n_tok), v, n_tok).reshape(-1, dim)
        xs = xs + linear(p, b + "self_attn.o", a) * m[2]
        y = layer_norm(xs, eps) * p[b + "norm3.weight"] + p[b + "norm3.bias"]
        q = rms_norm(linear(p, b + "cross_attn.q", y), p[b + "cross_attn.norm_q.weight"], eps).reshape(-1, heads, d)
        k = rms_norm(linear(p, b + "cross_attn.k", c), p[b + "cross_attn.norm_k.weight"], eps).reshape(-1, heads, d)
        v = linear(p, b + "cross_attn.v", c).reshape(-1, heads, d)
        xs = xs + linear(p, b + "cross_attn.o", attention(q, k, v).reshape(-1, dim))
        y = layer_norm(xs, eps) * (1 + m[4]) + m[3]
        xs = xs + linear(p, b + "ffn.2", gelu_tanh(linear(p, b + "ffn.0", y))) * m[5]
    hm = p["head.modulation"][0] + e
    out = linear(p, "head.head", layer_norm(xs, eps) * (1 + hm[1]) + hm[0])[:n_tok]
    co = cfg["out_dim"]
    out = out.reshape(f, h, w, pt, ph, pw, co).permute(6, 0, 3, 1, 4, 2, 5)
    return out.reshape(co, f * pt, h * ph, w * pw)


def load(path):
    with safe_open(path, "pt") as fh:
        meta = fh.metadata()
        return {k: fh.get_tensor(k) for k in fh.keys()}, meta


def check_official(shared):
    wts, wmeta = load(os.path.join(shared, "dit.weights.safetensors"))
    cfg = json.loads(wmeta["config"])
    p = {k: v.to(F64) for k, v in wts.items()}
    worst = 0.0
    for case in ("dit", "dit_shape2"):
        io, _ = load(os.path.join(shared, case + ".io.safetensors"))
        out = dit_forward(p, cfg, io["in.x"].to(F64), float(io["in.t"][0]), io["in.context"].to(F64),
                          int(io["in.seq_len"][0]))
        err = (out - io["out.x"].to(F64)).abs().max().item()
        print(f"reference vs official {case}: max abs err {err:.2e}")
        worst = max(worst, err)
    return worst


def random_weights(cfg, gen):
    dim, ffn, fd, td = cfg["dim"], cfg["ffn_dim"], cfg["freq_dim"], cfg["text_dim"]
    pt, ph, pw = cfg["patch_size"]
    shapes = {
        "patch_embedding.weight": [dim, cfg["in_dim"], pt, ph, pw], "patch_embedding.bias": [dim],
        "text_embedding.0.weight": [dim, td], "text_embedding.0.bias": [dim],
        "text_embedding.2.weight": [dim, dim], "text_embedding.2.bias": [dim],
        "time_embedding.0.weight": [dim, fd], "time_embedding.0.bias": [dim],
        "time_embedding.2.weight": [dim, dim], "time_embedding.2.bias": [dim],
        "time_projection.1.weight": [6 * dim, dim], "time_projection.1.bias": [6 * dim],
    }
    for i in range(cfg["num_layers"]):
        b = f"blocks.{i}."
        shapes[b + "modulation"] = [1, 6, dim]
        for att in ("self_attn", "cross_attn"):
            for n in "qkvo":
                shapes[f"{b}{att}.{n}.weight"] = [dim, dim]
                shapes[f"{b}{att}.{n}.bias"] = [dim]
            shapes[f"{b}{att}.norm_q.weight"] = [dim]
            shapes[f"{b}{att}.norm_k.weight"] = [dim]
        shapes[b + "norm3.weight"] = [dim]
        shapes[b + "norm3.bias"] = [dim]
        shapes[b + "ffn.0.weight"] = [ffn, dim]
        shapes[b + "ffn.0.bias"] = [ffn]
        shapes[b + "ffn.2.weight"] = [dim, ffn]
        shapes[b + "ffn.2.bias"] = [dim]
    out_feat = pt * ph * pw * cfg["out_dim"]
    shapes.update({"head.modulation": [1, 2, dim], "head.head.weight": [out_feat, dim], "head.head.bias": [out_feat]})
    weights = {}
    for k, s in shapes.items():
        scale = 0.2 if k.endswith("weight") and len(s) == 2 else 0.05
        base = 1.0 if "norm" in k else 0.0
        weights[k] = (base + scale * torch.randn(s, generator=gen, dtype=F64)).float()
    return weights


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared/testdata/wan21"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "../data/custom"))
    args = ap.parse_args()
    torch.set_num_threads(2)
    worst = check_official(args.shared)
    if worst > 2e-6:
        sys.exit(f"the float64 reference does not reproduce the official vectors ({worst:.2e}); not writing")

    # Other sizes than the shipped config: 2 heads of 24 (RoPE sections 4/4/4 pairs), 3 layers,
    # in_dim != out_dim (as a mask-channel model has), different text_len/text_dim/freq_dim.
    cfg = {"model_type": "t2v", "patch_size": [1, 2, 2], "text_len": 12, "in_dim": 6, "dim": 48, "ffn_dim": 96,
           "freq_dim": 16, "text_dim": 24, "out_dim": 5, "num_heads": 2, "num_layers": 3,
           "window_size": [-1, -1], "qk_norm": True, "cross_attn_norm": True, "eps": 1e-6}
    gen = torch.Generator().manual_seed(2024)
    weights = random_weights(cfg, gen)
    x = torch.randn(6, 3, 6, 8, generator=gen, dtype=F64).float()
    ctx = torch.randn(5, 24, generator=gen, dtype=F64).float()
    t, seq_len = 437.0, 40  # 36 real tokens + 4 padding
    out = dit_forward({k: v.to(F64) for k, v in weights.items()}, cfg, x.to(F64), t, ctx.to(F64), seq_len)
    os.makedirs(args.out, exist_ok=True)
    source = "tests/tools/make_custom_dit_case.py: float64 reference from the golden README, random weights"
    save_file(weights, os.path.join(args.out, "dit_custom.weights.safetensors"),
              {"kind": "wan21.dit.weights", "config": json.dumps(cfg), "source": source})
    io = {"in.x": x, "in.t": torch.tensor([t], dtype=torch.float32), "in.context": ctx,
          "in.seq_len": torch.tensor([seq_len], dtype=torch.int64), "out.x": out.float()}
    case = {"x_shape": list(x.shape), "t": t, "context_len": 5, "seq_len": seq_len, "num_tokens": 36}
    save_file(io, os.path.join(args.out, "dit_custom.io.safetensors"),
              {"kind": "wan21.dit.io", "config": json.dumps(cfg), "weights": "dit_custom.weights.safetensors",
               "case": json.dumps(case), "source": source})
    print(f"wrote {args.out}/dit_custom.{{weights,io}}.safetensors (max|out| {out.abs().max().item():.3f})")


if __name__ == "__main__":
    main()
