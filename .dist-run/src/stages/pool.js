/** Runs `work` on every item with at most `concurrency` in flight, pulling items lazily. */
export async function forEachConcurrent(items, concurrency, work) {
    const it = items[Symbol.iterator]();
    const worker = async () => {
        for (let r = it.next(); !r.done; r = it.next())
            await work(r.value);
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
//# sourceMappingURL=pool.js.map