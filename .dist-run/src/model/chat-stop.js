export class StopStringMatcher {
    tok;
    decoder = new TextDecoder();
    stops;
    longest;
    pushed = 0;
    hit = null;
    /** The text decoded so far (a trailing partial character is held back until complete). */
    text = "";
    constructor(tok, stops) {
        this.tok = tok;
        this.stops = stops.filter((s) => s.length > 0);
        this.longest = Math.max(0, ...this.stops.map((s) => s.length));
    }
    /** Adds one generated id; returns the hit once a stop string is complete (and keeps returning it). */
    push(id) {
        if (this.hit)
            return this.hit;
        this.pushed++;
        const before = this.text.length;
        this.text += this.decoder.decode(this.tok.tokenBytes(id), { stream: true });
        if (this.text.length === before)
            return null;
        // earliest-ending match wins; a match must end inside the newly added text
        const from = Math.max(0, before - this.longest + 1);
        let best = null;
        for (const stop of this.stops) {
            const at = this.text.indexOf(stop, from);
            if (at >= 0 && (!best || at + stop.length < best.end))
                best = { stop, end: at + stop.length };
        }
        if (!best)
            return null;
        this.hit = { stop: best.stop, text: this.text.slice(0, best.end), tokens: this.pushed };
        return this.hit;
    }
}
/** One-shot form: the first stop among `ids`, or null. */
export function findStop(tok, ids, stops) {
    const m = new StopStringMatcher(tok, stops);
    for (let i = 0; i < ids.length; i++) {
        const hit = m.push(ids[i]);
        if (hit)
            return hit;
    }
    return null;
}
//# sourceMappingURL=chat-stop.js.map