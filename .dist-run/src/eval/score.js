/**
 * Scoring a final answer against a task's answer key with the task's own metric: exact match
 * after the official HotPotQA normalisation (best over aliases, as MuSiQue), token F1 where it
 * applies, and a tolerant numeric match for math ("$18", "18.00" and "18 dollars" equal 18).
 */
import { beerqaScore, hotpotScore, musiqueScore, numericMatch } from "../metrics/index.js";
export function scoreAnswer(example, answer) {
    if (answer === undefined)
        return { correct: 0, em: 0, f1: 0 };
    if (example.kind === "math") {
        const ok = Math.max(...example.answers.map((g) => numericMatch(answer, g)));
        return { correct: ok, em: ok, f1: ok };
    }
    if (example.dataset === "beerqa") {
        const s = beerqaScore(answer, example.answers);
        return { correct: s.em, em: s.em, f1: s.f1 };
    }
    if (example.dataset === "hotpotqa") {
        const s = hotpotScore(answer, example.answers[0]);
        return { correct: s.em, em: s.em, f1: s.f1 };
    }
    const s = musiqueScore(answer, example.answers);
    return { correct: s.em, em: s.em, f1: s.f1 };
}
//# sourceMappingURL=score.js.map