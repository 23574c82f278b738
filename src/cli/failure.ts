/**
 * How a failed command ends: one line on stderr naming the command and what failed, exit code 1.
 * The stack is for whoever debugs swirl itself, so it shows only with `--debug` or SWIRL_DEBUG=1.
 */
let debug = false;

/** Set by the global `--debug` flag. */
export function setDebug(on: boolean): void {
  debug = on;
}

export function debugging(): boolean {
  return debug || (process.env.SWIRL_DEBUG !== undefined && process.env.SWIRL_DEBUG !== "" && process.env.SWIRL_DEBUG !== "0");
}

/** A file system error said plainly, with the path it was about. */
function fsMessage(e: NodeJS.ErrnoException): string | undefined {
  if (!e.path) return undefined;
  if (e.code === "ENOENT") return `no such file or folder: ${e.path}`;
  if (e.code === "EACCES" || e.code === "EPERM") return `permission denied: ${e.path}`;
  if (e.code === "EISDIR") return `a folder, not a file: ${e.path}`;
  if (e.code === "ENOTDIR") return `not a folder: ${e.path}`;
  return undefined;
}

export function reportFailure(command: string | undefined, e: unknown): void {
  const message = e instanceof Error ? (fsMessage(e) ?? e.message) : String(e);
  const prefix = command ? `swirl ${command}: ` : "swirl: ";
  // many messages already start with the command's name: say it once
  const text = command && message.startsWith(`${command}: `) ? message.slice(command.length + 2) : message;
  process.stderr.write(`${prefix}${text}\n`);
  if (debugging() && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
}
