// Page-level pieces every view shares: the details panel, the hover tooltip, the error toast, loading states.
import { h, replace } from "./dom.js";

const panel = () => document.getElementById("details");

/** Show content in the details panel. */
export function showDetails(...children) {
  const p = panel();
  replace(document.getElementById("details-body"), ...children);
  p.hidden = false;
}

export function hideDetails() {
  panel().hidden = true;
}

/** Show a message (an error by default) for a few seconds. */
export function toast(message, kind = "error") {
  const t = document.getElementById("toast");
  t.textContent = message;
  t.className = kind;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
}

/** Position the tooltip near an element with the given text. */
export function showTooltip(target, text) {
  const tip = document.getElementById("tooltip");
  tip.textContent = text;
  tip.hidden = false;
  const r = target.getBoundingClientRect();
  const top = r.bottom + window.scrollY + 6;
  const left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 320);
  tip.style.top = `${top}px`;
  tip.style.left = `${Math.max(4, left)}px`;
}

export function hideTooltip() {
  document.getElementById("tooltip").hidden = true;
}

/** A placeholder shown while a view loads. */
export function loading(what) {
  return h("p", { class: "muted loading" }, `Loading ${what}…`);
}

/** An error box for a view that could not load. */
export function failure(err) {
  return h("div", { class: "failure" }, h("strong", {}, err.code || "Error"), " ", err.message || String(err));
}
