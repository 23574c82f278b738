/** Writing task sets and corpora as JSON Lines (one record per line, UTF-8). */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
export function toJsonl(records) {
    let s = "";
    for (const r of records)
        s += JSON.stringify(r) + "\n";
    return s;
}
/** Streams records to `path` (creating its folder), respecting back-pressure. */
export async function writeJsonl(path, records) {
    await mkdir(dirname(path), { recursive: true });
    const out = createWriteStream(path, { encoding: "utf8" });
    let n = 0;
    try {
        for await (const r of records) {
            if (!out.write(JSON.stringify(r) + "\n"))
                await once(out, "drain");
            n++;
        }
    }
    finally {
        out.end();
        await once(out, "close");
    }
    return n;
}
//# sourceMappingURL=jsonl.js.map