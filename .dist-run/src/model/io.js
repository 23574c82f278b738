/** Saving and loading a whole embedded model (weights, config, tokenizer) as a checkpoint folder. */
import { loadCheckpoint, saveCheckpoint } from "./checkpoint.js";
import { ModelConfigSchema } from "./config.js";
import { Model } from "./model.js";
export function weightsOf(model) {
    const m = new Map();
    for (const [name, t] of model.namedParameters())
        m.set(name, { shape: [...t.shape], data: t.data });
    return m;
}
export async function saveModel(dir, model, tokenizer, extra = {}) {
    await saveCheckpoint(dir, { config: model.config, tokenizer, weights: weightsOf(model), ...extra });
}
export async function loadModel(dir) {
    const ck = await loadCheckpoint(dir, { parseConfig: (raw) => ModelConfigSchema.parse(raw) });
    const model = new Model(ck.config);
    for (const [name, t] of model.namedParameters()) {
        const w = ck.weights.get(name);
        if (!w)
            throw new Error(`${dir}: checkpoint has no tensor "${name}"`);
        if (w.shape.join() !== t.shape.join())
            throw new Error(`${dir}: tensor "${name}" has shape [${w.shape.join(", ")}], the config needs [${t.shape.join(", ")}]`);
        t.data.set(w.data);
    }
    return { model, tokenizer: ck.tokenizer, optimizer: ck.optimizer, trainState: ck.trainState };
}
/** A frozen copy (the reference policy of the KL term). */
export function cloneModel(model) {
    const copy = new Model(model.config);
    const src = model.namedParameters();
    for (const [name, t] of copy.namedParameters()) {
        t.data.set(src.get(name).data);
        t.requiresGrad = false;
    }
    return copy;
}
//# sourceMappingURL=io.js.map