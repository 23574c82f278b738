/** The example as a process judge may see it: without the answer key. */
export function hideAnswers(e) {
    const { answers: _answers, ...rest } = e;
    return rest;
}
//# sourceMappingURL=judge.js.map