/** One retrievable article of a search corpus (one JSONL line of a corpus file). */
export interface Passage {
    /** Unique within the corpus. */
    readonly id: string;
    readonly title: string;
    readonly text: string;
}
