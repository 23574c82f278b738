/** Runs `work` on every item with at most `concurrency` in flight, pulling items lazily. */
export async function forEachConcurrent<T>(items: Iterable<T>, concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const it = items[Symbol.iterator]();
  const worker = async (): Promise<void> => {
    for (let r = it.next(); !r.done; r = it.next()) await work(r.value);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
