export declare function squadExactMatch(prediction: string, gold: string): number;
export declare function squadF1(prediction: string, gold: string): number;
/** Best EM and best F1 (taken separately) over `answers` (gold first, then aliases). */
export declare function musiqueScore(prediction: string, answers: readonly string[]): {
    em: number;
    f1: number;
};
