/** `swirl serve`: an embedded checkpoint behind an OpenAI-compatible API (see src/serve/server.ts). */
import { basename, resolve } from "node:path";
import type { Command } from "commander";
import { loadModel } from "../model/io.js";
import { startServer } from "../serve/server.js";
import { addAccessOptions, serverToken, type AccessFlags } from "./server-access.js";

export interface ServeFlags extends AccessFlags {
  checkpoint: string;
  host: string;
  port: string;
  maxBatch: string;
  name?: string;
}

export async function serve(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${flags.port}`);
  const maxBatch = Number(flags.maxBatch);
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`--max-batch: not a positive integer: ${flags.maxBatch}`);
  const token = serverToken(flags, "serve");
  const { model, tokenizer } = await loadModel(flags.checkpoint);
  const server = await startServer({
    model,
    tokenizer,
    host: flags.host,
    port,
    token,
    allowedHosts: flags.allowHost,
    maxBatch,
    modelName: flags.name ?? basename(resolve(flags.checkpoint)),
  });
  console.log(`serving ${server.modelName} at ${server.baseURL} (POST /chat/completions, GET /models${token ? ", bearer token required" : ""}; Ctrl-C to stop)`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

export function registerServe(program: Command): void {
  const command = program
    .command("serve")
    .description("serve an embedded checkpoint with an OpenAI-compatible API (POST /v1/chat/completions, GET /v1/models)")
    .requiredOption("--checkpoint <dir>", "checkpoint folder (weights, config, tokenizer)")
    .option("--host <host>", "interface to listen on (0.0.0.0 exposes it beyond this machine)", "127.0.0.1")
    .option("--port <port>", "port (0 = any free port)", "8000")
    .option("--max-batch <n>", "most sequences decoded together", "64")
    .option("--name <id>", "model id to list and answer with (default: the checkpoint folder's name)");
  addAccessOptions(command, "serve").action(serve);
}
