/**
 * `npm run bench -- generate [--quick]`: generation throughput of one GGUF model in swirl and in
 * llama.cpp (node-llama-cpp), side by side in one run, for configs S and M at batch 1 and 16.
 *
 * Both engines read the SAME file: a model with random weights (throughput does not depend on
 * training) and a trained BPE vocab of ~700 tokens is exported as f32 GGUF, llama.cpp loads it,
 * and swirl loads its weights back from it (loadGgufWeights). Both decode greedily.
 *   swirl      src/model/generate.ts, GEMM threads = SWIRL_THREADS or all cores
 *   llama.cpp  prebuilt CPU binary on 1 thread (gen_ratio) and on all cores (gen_ratio_all_cores),
 *              default context options otherwise (F16 KV cache); batch 16 = 16 sequences of one
 *              context, each with its own evaluate() generator, which node-llama-cpp packs into
 *              one batch per step
 * Prefill tok/s = prompt tokens / time to run the prompts; generated tok/s = new tokens / time
 * of the decode steps (for swirl: generate(n) - generate(1), so prefill and set-up cancel).
 * Each figure is the best of `repeats` runs after a warm-up run (the machine is shared).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { Llama, LlamaModel, Token } from "node-llama-cpp";
import { kernels } from "../src/engine/backend.js";
import { presetConfig } from "../src/model/config.js";
import { exportGguf, loadGgufWeights } from "../src/model/export-gguf.js";
import { generate } from "../src/model/generate.js";
import { KVCache, forwardChunks } from "../src/model/infer.js";
import { Model } from "../src/model/model.js";
import { Tokenizer } from "../src/model/tokenizer.js";
import { syntheticCorpus } from "../src/model/tokenizer.fixture.js";

interface Row {
  config: "S" | "M";
  batch: number;
  prompt: number;
  new: number;
  swirl_prefill: number;
  llama_prefill: number;
  swirl_gen: number;
  llama_gen: number;
  gen_ratio: number;
  llama_gen_all_cores: number;
  gen_ratio_all_cores: number;
}

const now = (): number => performance.now() / 1000;

async function bestAsync(repeats: number, run: () => Promise<number>): Promise<number> {
  let b = 0;
  for (let i = 0; i < repeats; i++) b = Math.max(b, await run());
  return b;
}

/**
 * swirl: [prefill tok/s, generated tok/s] for greedy decoding of `prompts`. The decode time is
 * generate(n tokens) - generate(1 token): both include the same prefill and set-up. One warm-up
 * run first (JIT, buffers).
 */
function swirlRates(model: Model, tok: Tokenizer, prompts: number[][], n: number, repeats: number): [number, number] {
  const B = prompts.length;
  const L = prompts[0].length;
  const time = (fn: () => void): number => {
    let t = Infinity;
    for (let i = 0; i < repeats; i++) {
      const t0 = now();
      fn();
      t = Math.min(t, now() - t0);
    }
    return t;
  };
  generate(model, tok, prompts, { maxNewTokens: n, temperature: 0 }); // warm-up
  const tPrefill = time(() => forwardChunks(model, prompts.map((ids) => ({ cache: new KVCache(model), ids })), "last"));
  const tOne = time(() => generate(model, tok, prompts, { maxNewTokens: 1, temperature: 0 }));
  const tAll = time(() => generate(model, tok, prompts, { maxNewTokens: n, temperature: 0 }));
  return [(B * L) / tPrefill, (B * (n - 1)) / (tAll - tOne)];
}

/** llama.cpp: [prefill tok/s, generated tok/s] with one context holding one sequence per prompt. */
async function llamaRates(m: LlamaModel, prompts: number[][], n: number, repeats: number, threads: number): Promise<[number, number]> {
  const B = prompts.length;
  const L = prompts[0].length;
  let prefill = 0;
  const gen = await bestAsync(repeats + 1, async () => { // the first run warms up
    const ctx = await m.createContext({ contextSize: 512 * B, sequences: B, batchSize: Math.max(512, B * L), threads });
    try {
      const seqs = prompts.map(() => ctx.getSequence());
      const t0 = now();
      await Promise.all(seqs.map((s, i) => s.evaluateWithoutGeneratingNewTokens(prompts[i].slice(0, -1) as Token[])));
      const t1 = now();
      prefill = Math.max(prefill, (B * (L - 1)) / (t1 - t0));
      const counts = await Promise.all(seqs.map(async (s, i) => {
        let k = 0;
        for await (const id of s.evaluate(prompts[i].slice(-1) as Token[], { temperature: 0, yieldEogToken: true })) {
          void id;
          if (++k === n) break;
        }
        return k;
      }));
      return counts.reduce((a, b) => a + b, 0) / (now() - t1);
    } finally {
      await ctx.dispose();
    }
  });
  return [prefill, gen];
}

function table(rows: readonly Row[]): string {
  const head = Object.keys(rows[0]) as (keyof Row)[];
  const cell = (v: unknown): string => (typeof v === "number" && !Number.isInteger(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(0)) : String(v));
  const body = rows.map((r) => head.map((h) => cell(r[h])));
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  return [head, ...body].map((c) => c.map((s, i) => s.padStart(w[i])).join("  ")).join("\n");
}

export async function benchGenerate(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const { getLlama, LlamaLogLevel } = await import("node-llama-cpp");
  const llama: Llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error, maxThreads: cpus().length });
  const k = kernels();
  const n = opts.quick ? 32 : 128; // new tokens per sequence
  const L = 32; // prompt tokens
  const repeats = opts.quick ? 1 : 3;
  const tok = Tokenizer.train(syntheticCorpus("bench-generate", 4000), { merges: 440 });
  const texts = syntheticCorpus("bench-generate-prompts", 64).join(" ");
  const all = tok.encode(texts);
  const prompts = Array.from({ length: 16 }, (_, i) => [tok.bos, ...all.slice(i * 40, i * 40 + L - 1)]);
  const swirlThreads = `${k.info().gemm} GEMM, ${k.info().threads ?? "?"} threads (SWIRL_THREADS ${process.env.SWIRL_THREADS ?? "unset"}), backend ${k.name}`;
  const cores = cpus().length;
  console.log(`bench generate${opts.quick ? " (quick)" : ""}: vocab ${tok.vocabSize}, prompts of ${L} tokens, ${n} new tokens, greedy, best of ${repeats}`);
  console.log(`  swirl: ${swirlThreads}; llama.cpp: node-llama-cpp CPU build, 1 thread and ${cores}, F16 KV cache\n`);

  const dir = await mkdtemp(join(tmpdir(), "swirl-bench-gen-"));
  const rows: Row[] = [];
  try {
    for (const name of ["S", "M"] as const) {
      const config = presetConfig(name, tok.vocabSize);
      const path = join(dir, `${name}.gguf`);
      await exportGguf(new Model(config, 1), tok, path, "f32");
      const model = new Model(config, 2);
      await loadGgufWeights(model, path); // swirl runs the very weights llama.cpp reads
      const m = await llama.loadModel({ modelPath: path });
      try {
        for (const B of [1, 16]) {
          const ps = prompts.slice(0, B);
          const [sp, sg] = swirlRates(model, tok, ps, n, repeats);
          const [lp, lg] = await llamaRates(m, ps, n, repeats, 1);
          const [, lgAll] = await llamaRates(m, ps, n, repeats, cores);
          rows.push({ config: name, batch: B, prompt: L, new: n, swirl_prefill: sp, llama_prefill: lp, swirl_gen: sg, llama_gen: lg, gen_ratio: sg / lg, llama_gen_all_cores: lgAll, gen_ratio_all_cores: sg / lgAll });
          console.log(`  ${name} batch ${B}: swirl ${sg.toFixed(0)} tok/s, llama.cpp ${lg.toFixed(0)} tok/s on 1 thread, ${lgAll.toFixed(0)} on ${cores}`);
        }
      } finally {
        await m.dispose();
      }
    }
  } finally {
    await llama.dispose();
    await rm(dir, { recursive: true, force: true });
  }
  console.log("\ntokens/s (prefill and generated), gen_ratio = swirl / llama.cpp (targets: >= 1.0 at batch 1, >= 3.0 at batch 16)\n");
  console.log(table(rows));
  const ratio = (c: string, b: number): number | null => rows.find((r) => r.config === c && r.batch === b)?.gen_ratio ?? null;
  return {
    gen_ratio_b1_S: ratio("S", 1),
    gen_ratio_b16_S: ratio("S", 16),
    gen_ratio_b1_M: ratio("M", 1),
    gen_ratio_b16_M: ratio("M", 16),
    quick: opts.quick,
    date: new Date().toISOString(),
    gen_ratio_all_cores_b16_S: rows.find((r) => r.config === "S" && r.batch === 16)?.gen_ratio_all_cores ?? null,
    threads: { swirl: swirlThreads, llama: `node-llama-cpp CPU build, context threads 1 (gen_ratio) and ${cores} (gen_ratio_all_cores), default KV cache (F16)` },
    machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, ...k.info() },
    settings: { promptTokens: L, newTokens: n, repeats, vocab: tok.vocabSize, dtype: "f32", sampling: "greedy" },
    rows,
  };
}
