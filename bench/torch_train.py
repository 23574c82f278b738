"""PyTorch CPU reference for `npm run bench -- engine`: the same LLaMA-layout decoder as swirl
(RMSNorm, rotary on adjacent pairs, SwiGLU, tied embeddings), AdamW, same batch and context.
Prints one JSON line: tokens/s over the timed steps and peak RSS. Run with Debian's python3-torch."""
import json, math, resource, sys, time
import torch
import torch.nn as nn
import torch.nn.functional as F

cfg = json.loads(sys.argv[1])
torch.set_num_threads(cfg["threads"])
torch.manual_seed(0)
V, C, L, H, FF, T, B = cfg["vocabSize"], cfg["dim"], cfg["layers"], cfg["heads"], cfg["ffnDim"], cfg["T"], cfg["B"]
D = C // H

class RMSNorm(nn.Module):
    def __init__(self, n, eps=1e-5):
        super().__init__(); self.w = nn.Parameter(torch.ones(n)); self.eps = eps
    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.w

inv = 10000 ** (-torch.arange(0, D, 2).float() / D)
ang = torch.arange(T).float()[:, None] * inv[None, :]
COS, SIN = ang.cos(), ang.sin()  # (T, D/2)
MASK = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)

def rope(x):  # x (B, T, H, D), adjacent pairs rotate
    x0, x1 = x[..., 0::2], x[..., 1::2]
    c, s = COS[None, :, None, :], SIN[None, :, None, :]
    return torch.stack([x0 * c - x1 * s, x0 * s + x1 * c], dim=-1).flatten(-2)

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.n1, self.n2 = RMSNorm(C), RMSNorm(C)
        self.q, self.k, self.v, self.o = (nn.Linear(C, C, bias=False) for _ in range(4))
        self.gate, self.up = nn.Linear(C, FF, bias=False), nn.Linear(C, FF, bias=False)
        self.down = nn.Linear(FF, C, bias=False)
    def forward(self, x):
        h = self.n1(x)
        q, k, v = (m(h).view(B, T, H, D) for m in (self.q, self.k, self.v))
        q, k = rope(q), rope(k)
        q, k, v = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)  # (B, H, T, D)
        att = (q @ k.transpose(-2, -1)) / math.sqrt(D)  # Debian's torch 1.13 has no fused SDPA
        att = F.softmax(att.masked_fill(MASK, float("-inf")), dim=-1)
        a = att @ v
        x = x + self.o(a.transpose(1, 2).reshape(B, T, C))
        h = self.n2(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h))

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, C); self.blocks = nn.ModuleList(Block() for _ in range(L)); self.norm = RMSNorm(C)
    def forward(self, ids):
        x = self.emb(ids)
        for b in self.blocks: x = b(x)
        return self.norm(x) @ self.emb.weight.T

model = Model()
opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.95), weight_decay=0.1)
ids = torch.randint(0, V, (B, T + 1))
def step():
    opt.zero_grad(set_to_none=True)
    logits = model(ids[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, V), ids[:, 1:].reshape(-1))
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
for _ in range(cfg["warmup"]): step()
t0 = time.perf_counter()
for _ in range(cfg["steps"]): step()
dt = time.perf_counter() - t0
print(json.dumps({"tok_s": B * T * cfg["steps"] / dt, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "params": sum(p.numel() for p in model.parameters()), "torch": torch.__version__}))
