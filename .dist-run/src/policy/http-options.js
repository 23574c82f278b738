export function resolveEndpoints(opts, env = process.env) {
    const key = opts.apiKey ?? env.SWIRL_API_KEY ?? env.OPENAI_API_KEY ?? "EMPTY"; // local servers ignore it; the client insists on one
    const fromEnv = env.SWIRL_BASE_URL ?? env.OPENAI_BASE_URL;
    const list = opts.endpoints
        ? [...opts.endpoints]
        : opts.baseURL
            ? [opts.baseURL]
            : fromEnv
                ? fromEnv.split(",").map((s) => s.trim()).filter(Boolean)
                : [];
    if (list.length === 0)
        throw new Error("http policy: no endpoint; pass baseURL/endpoints or set SWIRL_BASE_URL or OPENAI_BASE_URL");
    return list.map((e) => {
        const ep = typeof e === "string" ? { baseURL: e } : e;
        const limit = ep.maxConcurrency ?? Infinity;
        if (!(limit >= 1))
            throw new Error(`http policy: endpoint ${ep.baseURL}: maxConcurrency must be at least 1`);
        return { baseURL: ep.baseURL.replace(/\/+$/, ""), apiKey: ep.apiKey ?? key, model: ep.model ?? opts.model ?? env.SWIRL_MODEL, maxInFlight: limit };
    });
}
//# sourceMappingURL=http-options.js.map