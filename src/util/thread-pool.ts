/**
 * A fixed pool of worker threads running jobs one at a time each, in submission order. The
 * worker script answers `{ id, job }` messages with `{ id, result }` or `{ id, error }` (see
 * demo/job-worker.ts). A job's error rejects that job only; a worker that dies rejects its
 * current job and leaves the pool, and jobs still queued fail once no worker is left.
 */
import { Worker } from "node:worker_threads";

interface Pending<J, R> {
  readonly id: number;
  readonly job: J;
  readonly resolve: (r: R) => void;
  readonly reject: (e: Error) => void;
}

interface Slot<J, R> {
  readonly worker: Worker;
  current?: Pending<J, R>;
}

export interface JobReply<R> {
  readonly id: number;
  readonly result?: R;
  readonly error?: { readonly message: string; readonly stack?: string };
}

export class ThreadPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private readonly queue: Pending<J, R>[] = [];
  private nextId = 0;
  private closing = false;

  constructor(script: URL, workerData: unknown, size: number) {
    for (let i = 0; i < size; i++) {
      const slot: Slot<J, R> = { worker: new Worker(script, { workerData }) };
      slot.worker.on("message", (reply: JobReply<R>) => {
        const p = slot.current;
        if (!p || p.id !== reply.id) return;
        slot.current = undefined;
        if (reply.error) p.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
        else p.resolve(reply.result as R);
        this.dispatch();
      });
      const lost = (e: Error) => {
        const at = this.slots.indexOf(slot);
        if (at < 0) return;
        this.slots.splice(at, 1);
        slot.current?.reject(e);
        slot.current = undefined;
        if (this.slots.length === 0) for (const p of this.queue.splice(0)) p.reject(new Error(`no worker thread left: ${e.message}`));
      };
      slot.worker.on("error", lost);
      slot.worker.on("exit", (code) => {
        if (!this.closing) lost(new Error(`worker thread exited (code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  run(job: J): Promise<R> {
    if (this.slots.length === 0) return Promise.reject(new Error("thread pool: no worker thread left"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue;
      slot.current = this.queue.shift()!;
      slot.worker.postMessage({ id: slot.current.id, job: slot.current.job });
    }
  }
}
