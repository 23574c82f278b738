export interface F1Score {
    readonly f1: number;
    readonly precision: number;
    readonly recall: number;
}
export declare function hotpotExactMatch(prediction: string, gold: string): number;
export declare function hotpotF1(prediction: string, gold: string): F1Score;
/** EM and F1 of one prediction against one gold answer. */
export declare function hotpotScore(prediction: string, gold: string): {
    em: number;
} & F1Score;
