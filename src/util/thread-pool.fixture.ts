/** A worker for thread-pool.test.ts: squares numbers, fails on "fail", dies on "exit". */
import { parentPort, threadId } from "node:worker_threads";

parentPort!.on("message", (m: { id: number; job: number | "fail" | "exit" }) => {
  if (m.job === "exit") process.exit(3);
  if (m.job === "fail") parentPort!.postMessage({ id: m.id, error: { message: "job failed on purpose" } });
  else parentPort!.postMessage({ id: m.id, result: { square: m.job * m.job, thread: threadId } });
});
