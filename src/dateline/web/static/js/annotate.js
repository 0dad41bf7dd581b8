// Renders a text with overlapping annotations as nested spans. Properly nested annotations nest; one that
// crosses another's end is split into pieces sharing its data-id, so the DOM stays a tree and the text the
// page shows is exactly the article text (labels come from CSS, never from inserted text).

// Outer layers first when two annotations start and end at the same places.
const DEPTH = { event: 0, quote: 1, speaker: 2, entity: 3, place: 3, time: 3, cue: 4 };

/** Whether a sorts outside b: earlier start, then later end, then shallower layer. */
function outer(a, b) {
  return a.start - b.start || b.end - a.end || (DEPTH[a.kind] ?? 9) - (DEPTH[b.kind] ?? 9);
}

/**
 * Build a fragment for text with annotations [{start, end, kind, id, cls, attrs}].
 * Annotations outside the text or empty are ignored.
 */
export function annotate(text, annotations) {
  const anns = annotations
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end && a.start >= 0
      && a.end <= text.length)
    .sort(outer);
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);

  const root = document.createDocumentFragment();
  const stack = []; // [{ann, el}]
  const pieces = new Map(); // ann -> number of pieces opened so far
  let i = 0; // annotations with start < current segment start have been considered
  const active = [];
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p], to = points[p + 1];
    while (i < anns.length && anns[i].start <= from) active.push(anns[i++]);
    const covering = active.filter((a) => a.start <= from && a.end >= to).sort(outer);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep].ann === covering[keep]) keep++;
    stack.length = keep;
    for (const ann of covering.slice(keep)) {
      const n = pieces.get(ann) || 0;
      pieces.set(ann, n + 1);
      const el = element(ann, n === 0);
      (stack.length ? stack[stack.length - 1].el : root).append(el);
      stack.push({ ann, el });
    }
    (stack.length ? stack[stack.length - 1].el : root).append(document.createTextNode(text.slice(from, to)));
    for (const s of stack) if (s.ann.end === to) s.el.classList.add("ann-last");
  }
  return root;
}

function element(ann, first) {
  const el = document.createElement("span");
  el.className = `ann ann-${ann.kind}${ann.cls ? ` ${ann.cls}` : ""}${first ? " ann-first" : " ann-cont"}`;
  el.dataset.kind = ann.kind;
  el.dataset.id = ann.id;
  for (const [k, v] of Object.entries(ann.attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  if (["entity", "place", "time", "quote", "event"].includes(ann.kind)) el.tabIndex = 0;
  return el;
}
