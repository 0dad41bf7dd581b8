// A contract record's layers as annotations for annotate(): entities, places, times, quotes (with their
// speaker and cue), and events (their evidence). Each carries what the details panel needs through its id.

export const KINDS = ["event", "quote", "entity", "place", "time"];

/** Annotations of a record, and an index from "kind:id" to the object they stand for. */
export function layers(record) {
  const anns = [];
  const index = new Map();
  for (const e of record.entities || []) {
    index.set(`entity:${e.id}`, e);
    for (const m of e.mentions || []) {
      anns.push({ start: m.start, end: m.end, kind: "entity", id: e.id, cls: `type-${e.type}`,
        attrs: { "data-type": e.type, title: `${e.name} (${e.type})` } });
    }
  }
  for (const p of record.places || []) {
    index.set(`place:${p.id}`, p);
    for (const m of p.mentions || []) {
      anns.push({ start: m.start, end: m.end, kind: "place", id: p.id,
        attrs: { title: p.lat != null ? `${p.name} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : p.name } });
    }
  }
  (record.times || []).forEach((t, i) => {
    const id = `T${i + 1}`;
    index.set(`time:${id}`, t);
    anns.push({ start: t.start, end: t.end, kind: "time", id, attrs: { title: `${t.type}: ${t.value}` } });
  });
  for (const q of record.quotes || []) {
    index.set(`quote:${q.id}`, q);
    const speaker = speakerName(record, q);
    anns.push({ start: q.start, end: q.end, kind: "quote", id: q.id,
      attrs: { "data-speaker": speaker, title: `Speaker: ${speaker}` } });
    const s = q.speaker || {};
    if (Number.isInteger(s.start)) anns.push({ start: s.start, end: s.end, kind: "speaker", id: q.id });
    if (q.cue && Number.isInteger(q.cue.start)) anns.push({ start: q.cue.start, end: q.cue.end, kind: "cue", id: q.id });
  }
  for (const v of record.events || []) {
    index.set(`event:${v.id}`, v);
    if (v.evidence) {
      anns.push({ start: v.evidence.start, end: v.evidence.end, kind: "event", id: v.id, cls: `etype-${v.type}`,
        attrs: { "data-type": v.type, "data-label": v.type } });
    }
  }
  return { anns, index };
}

/** The name of a quote's speaker: its name, its entity's name, its local mention, or "unknown". */
export function speakerName(record, q) {
  const s = q.speaker || {};
  if (s.name) return s.name;
  const ent = (record.entities || []).find((e) => e.id === s.entity);
  return (ent && ent.name) || s.text || "unknown";
}

/** Name of an entity id in a record (the id itself when unknown). */
export function entityName(record, id) {
  const e = (record.entities || []).find((x) => x.id === id);
  return e ? e.name : id;
}
