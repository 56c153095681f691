"""Python twin of bench/dit_forward.cpp: the same Wan 2.1 DiT architecture written in plain PyTorch
eager from the golden README (not from the Wan code), the same configs, shapes and thread count,
printing the same figures (median milliseconds per forward, float32, CPU, random weights).

Usage: ~/.local/share/tessera/deps/bin/python bench/peer/dit_forward.py [tiny|mid1k|mid4k ...]  (default: all)
"""
import json
import math
import os
import struct
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

TESTDATA = os.environ.get("TESSERA_TESTDATA_DIR", "/work/shared/testdata/wan21")


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class Attention(nn.Module):
    def __init__(self, dim, heads, eps):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(dim, dim) for _ in range(4))
        self.norm_q, self.norm_k = RMSNorm(dim, eps), RMSNorm(dim, eps)

    def forward(self, x, source, cos=None, sin=None):
        b, n = x.shape[:2]
        q = self.norm_q(self.q(x)).view(b, n, self.heads, -1)
        k = self.norm_k(self.k(source)).view(b, source.shape[1], self.heads, -1)
        v = self.v(source).view(b, source.shape[1], self.heads, -1)
        if cos is not None:
            q, k = rope(q, cos, sin), rope(k, cos, sin)
        y = F.scaled_dot_product_attention(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2))
        return self.o(y.transpose(1, 2).flatten(2))


def rope(x, cos, sin):
    # adjacent pairs (2i, 2i+1) rotated by the angles whose cos/sin are [L, 1, d/2]
    pairs = x.unflatten(-1, (-1, 2))
    re, im = pairs[..., 0], pairs[..., 1]
    return torch.stack([re * cos - im * sin, re * sin + im * cos], -1).flatten(-2)


class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        dim, eps = c["dim"], c["eps"]
        self.eps = eps
        self.modulation = nn.Parameter(torch.randn(1, 6, dim) / dim**0.5)
        self.self_attn = Attention(dim, c["num_heads"], eps)
        self.norm3 = nn.LayerNorm(dim, eps=eps)
        self.cross_attn = Attention(dim, c["num_heads"], eps)
        self.ffn = nn.Sequential(nn.Linear(dim, c["ffn_dim"]), nn.GELU(approximate="tanh"),
                                 nn.Linear(c["ffn_dim"], dim))

    def forward(self, x, e0, ctx, cos, sin):
        e = (self.modulation + e0).chunk(6, dim=1)
        ln = lambda t: F.layer_norm(t, t.shape[-1:], eps=self.eps)
        h = ln(x) * (1 + e[1]) + e[0]
        x = x + self.self_attn(h, h, cos, sin) * e[2]
        x = x + self.cross_attn(self.norm3(x), ctx)
        return x + self.ffn(ln(x) * (1 + e[4]) + e[3]) * e[5]


class DiT(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        dim, p = c["dim"], c["patch_size"]
        self.patch_embedding = nn.Conv3d(c["in_dim"], dim, p, stride=p)
        self.text_embedding = nn.Sequential(nn.Linear(c["text_dim"], dim), nn.GELU(approximate="tanh"),
                                            nn.Linear(dim, dim))
        self.time_embedding = nn.Sequential(nn.Linear(c["freq_dim"], dim), nn.SiLU(), nn.Linear(dim, dim))
        self.time_projection = nn.Sequential(nn.SiLU(), nn.Linear(dim, 6 * dim))
        self.blocks = nn.ModuleList(Block(c) for _ in range(c["num_layers"]))
        self.head_modulation = nn.Parameter(torch.randn(1, 2, dim) / dim**0.5)
        self.head = nn.Linear(dim, math.prod(p) * c["out_dim"])

    def grid_rope(self, f, h, w):
        c = self.c["dim"] // self.c["num_heads"] // 2
        widths = [c - 2 * (c // 3), c // 3, c // 3]
        parts = []
        for axis, (m, n) in enumerate(zip(widths, (f, h, w))):
            omega = 1.0 / torch.pow(10000.0, torch.arange(m, dtype=torch.float64) / m)
            ang = torch.outer(torch.arange(n, dtype=torch.float64), omega)
            shape = [1, 1, 1, m]
            shape[axis] = n
            parts.append(ang.view(shape).expand(f, h, w, m))
        ang = torch.cat(parts, -1).reshape(f * h * w, 1, c)
        return ang.cos().float(), ang.sin().float()

    def forward(self, x, t, ctx):
        # x: [C, F, H, W] (one sample, no padding), t: scalar timestep, ctx: [L, text_dim]
        c = self.c
        y = self.patch_embedding(x[None])  # [1, dim, f, h, w]
        f, h, w = y.shape[2:]
        tokens = y.flatten(2).transpose(1, 2)
        cos, sin = self.grid_rope(f, h, w)
        half = c["freq_dim"] // 2
        omega = torch.pow(10000.0, -torch.arange(half, dtype=torch.float64) / half)
        ph = torch.tensor([float(t)], dtype=torch.float64)[:, None] * omega[None]
        e = self.time_embedding(torch.cat([ph.cos(), ph.sin()], 1).float())
        e0 = self.time_projection(e).unflatten(1, (6, c["dim"]))
        ctx = F.pad(ctx, (0, 0, 0, c["text_len"] - ctx.shape[0]))[None]
        ctx = self.text_embedding(ctx)
        for block in self.blocks:
            tokens = block(tokens, e0, ctx, cos, sin)
        m = (self.head_modulation + e[:, None]).chunk(2, dim=1)
        out = self.head(F.layer_norm(tokens, tokens.shape[-1:], eps=c["eps"]) * (1 + m[1]) + m[0])[0]
        pt, phh, pw = c["patch_size"]
        u = out.view(f, h, w, pt, phh, pw, c["out_dim"]).permute(6, 0, 3, 1, 4, 2, 5)
        return u.reshape(c["out_dim"], f * pt, h * phh, w * pw)


def golden_config():
    with open(os.path.join(TESTDATA, "dit.weights.safetensors"), "rb") as fh:
        n = struct.unpack("<Q", fh.read(8))[0]
        return json.loads(json.loads(fh.read(n))["__metadata__"]["config"])


def median_ms(config, latent, context_len, warmup, runs):
    torch.manual_seed(0)
    model = DiT(config).eval()
    x = torch.randn(latent)
    ctx = torch.randn(context_len, config["text_dim"])
    with torch.no_grad():
        for _ in range(warmup):
            model(x, 725, ctx)
        ms = []
        for _ in range(runs):
            t0 = time.perf_counter()
            model(x, 725, ctx)
            ms.append((time.perf_counter() - t0) * 1e3)
    return sorted(ms)[len(ms) // 2]


def main():
    torch.set_num_threads(2)
    tiny = golden_config()
    mid = dict(model_type="t2v", patch_size=[1, 2, 2], text_len=64, in_dim=16, dim=512, ffn_dim=2048,
               freq_dim=256, text_dim=512, out_dim=16, num_heads=8, num_layers=8, window_size=[-1, -1],
               qk_norm=True, cross_attn_norm=True, eps=1e-6)
    cases = [
        ("tiny", "tiny golden config, [4,3,8,12] latent", tiny, [4, 3, 8, 12], 7, 5, 50),
        ("mid1k", "mid config, [16,4,32,32] latent", mid, [16, 4, 32, 32], 20, 1, 5),
        ("mid4k", "mid config, [16,4,64,64] latent", mid, [16, 4, 64, 64], 20, 1, 3),
    ]
    wanted = sys.argv[1:]
    unknown = set(wanted) - {c[0] for c in cases}
    if unknown:
        sys.exit(f"unknown case {sorted(unknown)} (expected tiny, mid1k or mid4k)")
    for key, name, config, latent, context_len, warmup, runs in cases:
        if wanted and key not in wanted:
            continue
        p = config["patch_size"]
        tokens = (latent[1] // p[0]) * (latent[2] // p[1]) * (latent[3] // p[2])
        print(f"dit_forward {name}, {tokens} tokens: {median_ms(config, latent, context_len, warmup, runs):.2f} "
              "ms per forward", flush=True)


if __name__ == "__main__":
    main()
