const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function fmt(x) {
    return Number.isInteger(x) ? String(x) : x.toFixed(3);
}
/** "m [lo, hi]" when the object looks like an estimate with a 95% interval. */
export function formatInterval(v) {
    const mean = [v.mean, v.value, v.estimate, v.accuracy].find((x) => typeof x === "number");
    const lo = [v.lo, v.lower, v.low].find((x) => typeof x === "number");
    const hi = [v.hi, v.upper, v.high].find((x) => typeof x === "number");
    if (typeof mean !== "number" || typeof lo !== "number" || typeof hi !== "number")
        return undefined;
    return `${fmt(mean)} [${fmt(lo)}, ${fmt(hi)}]`;
}
function isTable(v) {
    return isObject(v) && typeof v.title === "string" && Array.isArray(v.columns) && Array.isArray(v.rows);
}
export function summaryTable(title, summary) {
    if (isTable(summary))
        return summary;
    const rows = [];
    const walk = (prefix, v, depth) => {
        if (v === null || v === undefined)
            rows.push([prefix, null]);
        else if (typeof v === "number")
            rows.push([prefix, Number.isFinite(v) ? Number(fmt(v)) : String(v)]);
        else if (typeof v === "string" || typeof v === "boolean")
            rows.push([prefix, String(v)]);
        else if (Array.isArray(v))
            rows.push([prefix, v.length <= 6 && v.every((x) => typeof x !== "object") ? v.join(", ") : `${v.length} items`]);
        else if (isObject(v)) {
            const interval = formatInterval(v);
            if (interval !== undefined)
                rows.push([prefix, interval]);
            else if (depth >= 3)
                rows.push([prefix, JSON.stringify(v).slice(0, 120)]);
            else
                for (const [k, x] of Object.entries(v))
                    walk(prefix ? `${prefix}.${k}` : k, x, depth + 1);
        }
    };
    walk("", summary, 0);
    return { title, columns: ["metric", "value"], rows };
}
//# sourceMappingURL=summary-table.js.map