// Tiny DOM helpers. Text always goes in through textContent, never innerHTML: article text cannot inject markup.

/** Create an element: h("a", {href: "#/x", class: "y"}, "text", child, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

/** Append children (strings, nodes, arrays, null) to a parent. */
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Replace a node's children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A definition list from [label, value] pairs, leaving out empty values. */
export function facts(pairs) {
  const dl = h("dl", { class: "facts" });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) continue;
    dl.append(h("dt", {}, label), h("dd", {}, value));
  }
  return dl;
}

/** A coloured badge for an event type or entity type. */
export function badge(text, kind = "") {
  return h("span", { class: `badge ${kind}`, dataset: { value: text } }, text);
}

/** "2024-03-01" style date of an event row (its own date, else when first reported). */
export function eventDate(e) {
  return e.date_start || e.date || e.first_reported || e.published || null;
}
