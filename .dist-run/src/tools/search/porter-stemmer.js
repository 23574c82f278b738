/**
 * The Porter (1980) suffix-stripping stemmer for English, written from the published algorithm:
 * five steps of suffix rules guarded by the "measure" m of the stem ([C](VC)^m[V]).
 * Within a step the longest matching suffix is chosen and, if its condition fails, nothing
 * shorter is tried — as in the reference implementation.
 */
function isConsonant(w, i) {
    const c = w[i];
    if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u")
        return false;
    if (c === "y")
        return i === 0 ? true : !isConsonant(w, i - 1);
    return true;
}
/** m: the number of vowel-consonant sequences in `stem`. */
function measure(stem) {
    let m = 0;
    let i = 0;
    const n = stem.length;
    while (i < n && isConsonant(stem, i))
        i++;
    while (i < n) {
        while (i < n && !isConsonant(stem, i))
            i++;
        if (i >= n)
            break;
        while (i < n && isConsonant(stem, i))
            i++;
        m++;
    }
    return m;
}
function hasVowel(stem) {
    for (let i = 0; i < stem.length; i++)
        if (!isConsonant(stem, i))
            return true;
    return false;
}
function endsDoubleConsonant(w) {
    const n = w.length;
    return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}
/** *o: ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(w) {
    const n = w.length;
    if (n < 3)
        return false;
    const last = w[n - 1];
    return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !"wxy".includes(last);
}
/** Applies the longest matching rule if the stem left by it has measure > minM. */
function applyRules(w, rules, minM, extra) {
    for (const [suffix, replacement] of rules) {
        if (!w.endsWith(suffix))
            continue;
        const stem = w.slice(0, w.length - suffix.length);
        return measure(stem) > minM && (!extra || extra(stem)) ? stem + replacement : w;
    }
    return w;
}
const byLength = (rules) => rules.sort((a, b) => b[0].length - a[0].length);
const STEP2 = byLength([
    ["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"], ["abli", "able"],
    ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"], ["ization", "ize"], ["ation", "ate"],
    ["ator", "ate"], ["alism", "al"], ["iveness", "ive"], ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"],
    ["iviti", "ive"], ["biliti", "ble"],
]);
const STEP3 = byLength([
    ["icate", "ic"], ["ative", ""], ["alize", "al"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""], ["ness", ""],
]);
const STEP4 = byLength(["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"]
    .map((s) => [s, ""]));
export function porterStem(word) {
    let w = word;
    if (w.length <= 2)
        return w;
    // step 1a: plurals
    if (w.endsWith("sses"))
        w = w.slice(0, -2);
    else if (w.endsWith("ies"))
        w = w.slice(0, -2);
    else if (!w.endsWith("ss") && w.endsWith("s"))
        w = w.slice(0, -1);
    // step 1b: -eed, -ed, -ing
    if (w.endsWith("eed")) {
        if (measure(w.slice(0, -3)) > 0)
            w = w.slice(0, -1);
    }
    else {
        const suffix = w.endsWith("ed") ? "ed" : w.endsWith("ing") ? "ing" : "";
        if (suffix && hasVowel(w.slice(0, -suffix.length))) {
            w = w.slice(0, -suffix.length);
            if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz"))
                w += "e";
            else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w))
                w = w.slice(0, -1);
            else if (measure(w) === 1 && endsCvc(w))
                w += "e";
        }
    }
    // step 1c: y -> i after a vowel-containing stem
    if (w.endsWith("y") && hasVowel(w.slice(0, -1)))
        w = w.slice(0, -1) + "i";
    w = applyRules(w, STEP2, 0);
    w = applyRules(w, STEP3, 0);
    // step 4: -ion only after s or t
    w = w.endsWith("ion") ? applyRules(w, [["ion", ""]], 1, (s) => /[st]$/.test(s)) : applyRules(w, STEP4, 1);
    // step 5a: final -e
    if (w.endsWith("e")) {
        const stem = w.slice(0, -1);
        const m = measure(stem);
        if (m > 1 || (m === 1 && !endsCvc(stem)))
            w = stem;
    }
    // step 5b: -ll -> -l
    if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith("l"))
        w = w.slice(0, -1);
    return w;
}
//# sourceMappingURL=porter-stemmer.js.map