export function createWorldLookup(world) {
    const byName = new Map();
    for (const e of world.entities)
        byName.set(e.name.toLowerCase(), e);
    const bySubject = new Map();
    const reverse = new Map();
    for (const f of world.facts) {
        const key = f.subject.toLowerCase();
        const list = bySubject.get(key);
        if (list)
            list.push(f);
        else
            bySubject.set(key, [f]);
        const rkey = `${f.relation}\u0000${f.object.toLowerCase()}`;
        const rlist = reverse.get(rkey);
        if (rlist)
            rlist.push(f.subject);
        else
            reverse.set(rkey, [f.subject]);
    }
    const factsAbout = (title) => bySubject.get(title.trim().toLowerCase()) ?? [];
    return {
        world,
        entity: (name) => byName.get(name.trim().toLowerCase()),
        factsAbout,
        object: (subject, relation) => factsAbout(subject).find((f) => f.relation === relation)?.object,
        mentions: (title) => factsAbout(title).filter((f) => byName.has(f.object.toLowerCase())).map((f) => f.object),
        subjectsOf: (relation, object) => reverse.get(`${relation}\u0000${object.trim().toLowerCase()}`) ?? [],
    };
}
//# sourceMappingURL=world-lookup.js.map