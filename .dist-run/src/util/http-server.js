export async function listen(server, host = "127.0.0.1", port = 0) {
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
    });
    const a = server.address();
    const h = a.family === "IPv6" ? `[${a.address}]` : a.address;
    return {
        url: `http://${h}:${a.port}`,
        port: a.port,
        close: () => new Promise((resolve, reject) => {
            server.closeAllConnections();
            server.close((e) => (e ? reject(e) : resolve()));
        }),
    };
}
/** The request body as text, or undefined when it is over `max` bytes (the rest is drained, not kept). */
export function readBody(req, max) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on("data", (c) => {
            size += c.length;
            if (size <= max)
                chunks.push(c);
        });
        req.on("end", () => resolve(size > max ? undefined : Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
    });
}
export function sendJson(res, status, body) {
    if (res.headersSent)
        return;
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
}
//# sourceMappingURL=http-server.js.map