export function toContents(p) {
    return `"${p.title}"\n${p.text}`;
}
/** Splits `"Title"\ntext` back into title and text; contents without that layout are all text. */
export function fromDocument(doc) {
    const m = /^"([^\n]*)"\n([\s\S]*)$/.exec(doc.contents);
    return m ? { id: String(doc.id), title: m[1], text: m[2] } : { id: String(doc.id), title: "", text: doc.contents };
}
//# sourceMappingURL=search-r1-protocol.js.map