/**
 * Who may use a server, the same for `swirl serve`, `reward-server` and `search-server`: a bearer
 * token from --token, --token-file or the server's environment variable (a --token shows in
 * `ps`; a file or the environment does not), and the host names clients may use (--allow-host).
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";

export interface AccessFlags {
  token?: string;
  tokenFile?: string;
  allowHost?: string[];
}

/** The environment variable each server reads its token from. */
export const TOKEN_ENV = { serve: "SWIRL_SERVE_TOKEN", "reward-server": "SWIRL_REWARD_TOKEN", "search-server": "SWIRL_SEARCH_TOKEN" } as const;

export function addAccessOptions(command: Command, server: keyof typeof TOKEN_ENV): Command {
  return command
    .option("--token <token>", `require this bearer token (visible in \`ps\`: prefer --token-file or $${TOKEN_ENV[server]})`)
    .option("--token-file <file>", "require the bearer token this file holds (surrounding whitespace ignored)")
    .option("--allow-host <name...>", "host names clients may use besides localhost and the bound address (refused otherwise, against DNS rebinding)");
}

/** The token from --token, else --token-file, else the environment; undefined when none is set. */
export function serverToken(flags: AccessFlags, server: keyof typeof TOKEN_ENV, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (flags.token !== undefined && flags.tokenFile !== undefined) throw new Error("--token and --token-file: give one");
  let token = flags.token;
  if (flags.tokenFile !== undefined) {
    try {
      token = readFileSync(flags.tokenFile, "utf8").trim();
    } catch (e) {
      throw new Error(`--token-file: cannot read ${flags.tokenFile}: ${(e as Error).message}`);
    }
    if (token === "") throw new Error(`--token-file: ${flags.tokenFile} is empty`);
  }
  token ??= env[TOKEN_ENV[server]] || undefined;
  if (token === "") throw new Error("--token: empty");
  return token;
}
