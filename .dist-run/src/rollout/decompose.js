/** The context before step i, as chat messages. */
export function contextBefore(t, i) {
    const messages = [...t.prompt];
    for (let k = 0; k < i; k++) {
        const s = t.steps[k];
        messages.push({ role: "assistant", content: s.text });
        if (s.toolResult !== undefined)
            messages.push({ role: "user", content: s.toolResult });
    }
    return messages;
}
export function decompose(t) {
    return t.steps.map((s, i) => ({
        id: `${t.id}@${i}`,
        trajectoryId: t.id,
        exampleId: t.exampleId,
        stepIndex: i,
        messages: contextBefore(t, i),
        action: s.text,
    }));
}
/** The whole conversation of a trajectory (prompt, actions, tool results). */
export function conversation(t) {
    return contextBefore(t, t.steps.length);
}
//# sourceMappingURL=decompose.js.map