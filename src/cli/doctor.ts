/** `swirl doctor`: what this machine gives swirl (Node, compute backend, GEMM kernel, threads). */
import { cpus } from "node:os";
import { kernels, nativeFallbackReason } from "../engine/backend.js";

export function doctorReport(): Record<string, string | number> {
  const k = kernels();
  const why = nativeFallbackReason();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cores: cpus().length,
    backend: k.name === "native" ? "native (C addon)" : "js (pure TypeScript)",
    ...(why ? { native_unavailable: why } : {}),
    ...k.info(),
  };
}

export function doctor(): void {
  for (const [key, value] of Object.entries(doctorReport())) console.log(`${key.padEnd(20)} ${value}`);
}
