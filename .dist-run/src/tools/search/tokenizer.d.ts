export interface TokenizerOptions {
    /** Drop common English function words (default true). */
    readonly stopwords?: boolean;
    /** Porter-stem every token (default true). */
    readonly stem?: boolean;
}
export declare const STOPWORDS: ReadonlySet<string>;
export type Tokenize = (text: string) => string[];
export declare function createTokenizer(opts?: TokenizerOptions): Tokenize;
