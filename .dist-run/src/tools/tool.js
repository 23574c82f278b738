/** Identity helper so a tool literal is checked against `Tool` and keeps its own type. */
export function defineTool(tool) {
    return tool;
}
//# sourceMappingURL=tool.js.map