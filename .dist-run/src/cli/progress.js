/**
 * Progress of a long stage on stderr: a live bar (done/total, rate, ETA, failures) when stderr
 * is a terminal, else a plain line every `everyMs` and at the end, so logs of CI or `nohup` runs
 * stay readable. Rate and ETA count only this run's items (a resumed run starts from its skipped
 * ones).
 */
import cliProgress from "cli-progress";
function eta(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return "?";
    const s = Math.round(seconds);
    return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
export function progressReporter(label, opts = {}) {
    const stream = opts.stream ?? process.stderr;
    const t0 = Date.now();
    let start; // done count when this run began
    let last;
    const stats = (p) => {
        const secs = Math.max(1e-3, (Date.now() - t0) / 1000);
        const rate = (p.done - (start ?? p.done)) / secs;
        return { rate: rate.toFixed(1), eta: rate > 0 ? eta((p.total - p.done) / rate) : "?" };
    };
    if (stream.isTTY) {
        const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_h} | failures {failures}`, stream, hideCursor: true, barsize: 30 }, cliProgress.Presets.shades_classic);
        let started = false;
        return {
            onProgress(p) {
                start ??= p.done;
                last = p;
                const s = stats(p);
                const payload = { rate: s.rate, eta_h: s.eta, failures: p.failures };
                if (!started) {
                    bar.start(p.total, p.done, payload);
                    started = true;
                }
                else
                    bar.update(p.done, payload);
            },
            stop() {
                if (started)
                    bar.stop();
                started = false;
            },
        };
    }
    const every = opts.everyMs ?? 10_000;
    let printed = 0;
    const line = (p) => {
        const s = stats(p);
        stream.write(`${label}: ${p.done}/${p.total} (${s.rate}/s, ETA ${s.eta}, failures ${p.failures})\n`);
        printed = Date.now();
    };
    return {
        onProgress(p) {
            start ??= p.done;
            last = p;
            if (Date.now() - printed >= every)
                line(p);
        },
        stop() {
            if (last)
                line(last);
            last = undefined;
        },
    };
}
//# sourceMappingURL=progress.js.map