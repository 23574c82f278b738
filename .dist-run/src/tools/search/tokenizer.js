/**
 * The search tokenizer: lower-case, split into runs of letters and digits, drop stopwords,
 * optionally Porter-stem. Its options are saved with an index so queries are tokenized exactly
 * as the documents were.
 */
import { porterStem } from "./porter-stemmer.js";
// a short English list: function words that carry no topic
export const STOPWORDS = new Set(("a about above after again against all am an and any are as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here hers " +
    "herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on " +
    "once only or other our ours ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were what when where which " +
    "while who whom why will with would you your yours yourself yourselves").split(" "));
const WORD = /[\p{L}\p{N}]+/gu;
export function createTokenizer(opts = {}) {
    const dropStopwords = opts.stopwords ?? true;
    const stem = opts.stem ?? true;
    // stemming the same word again and again dominates indexing time; memoise it
    const stemCache = new Map();
    return (text) => {
        const out = [];
        for (const m of text.toLowerCase().matchAll(WORD)) {
            const t = m[0];
            if (dropStopwords && STOPWORDS.has(t))
                continue;
            if (!stem) {
                out.push(t);
                continue;
            }
            let s = stemCache.get(t);
            if (s === undefined) {
                s = porterStem(t);
                if (stemCache.size < 500_000)
                    stemCache.set(t, s);
            }
            out.push(s);
        }
        return out;
    };
}
//# sourceMappingURL=tokenizer.js.map