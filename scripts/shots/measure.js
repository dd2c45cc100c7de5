// What the layout test checks, measured inside the page (these functions run in Chromium via page.evaluate, so they
// use nothing from outside their own body).
'use strict';

/**
 * Tap targets, text fitting inside buttons, and the contrast of every piece of text that is visible and not covered
 * (text under a modal mask is not measured; neither is the text of a disabled control, which WCAG exempts).
 *
 * @returns {{
 *   taps: Array<{ label: string, width: number, height: number }>,
 *   overlaps: string[],
 *   buttons: Array<{ label: string, overflows: boolean, lines: number }>,
 *   texts: Array<{ text: string, color: string, background: string, ratio: number | null, fontSize: number,
 *                  disabled: boolean }>,
 * }}
 */
function measurePage() {
  const round = (n) => Math.round(n * 100) / 100;
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (!a) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = (c) => {
    const lin = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const hex = (c) =>
    '#' +
    c
      .slice(0, 3)
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('');
  const visibleRect = (el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return null;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) return null;
    return r;
  };
  // Not under a mask or sheet: the element (or one inside it) is what a tap at its centre reaches.
  const reachable = (el, r) => {
    const x = Math.min(Math.max(r.left + r.width / 2, 0), document.documentElement.clientWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), document.documentElement.clientHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return !!hit && (el.contains(hit) || hit.contains(el));
  };
  const labelOf = (el) =>
    (el.getAttribute('aria-label') || el.textContent || el.className || el.tagName)
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 40);
  const disabled = (el) => !!el.closest('[disabled], [aria-disabled="true"]');

  const TAPS =
    '[data-tap], wx-button, wx-input, wx-textarea, wx-checkbox, wx-radio, wx-switch, wx-navigator, ' +
    '[role="button"], [role="checkbox"], [role="tab"], [role="slider"], [role="link"]';
  const taps = [];
  const tapEls = [];
  for (const el of Array.from(document.querySelectorAll(TAPS))) {
    // A checkbox in a tappable row or label is tapped through the row.
    if (/^WX-(CHECKBOX|RADIO)$/.test(el.tagName) && el.parentElement.closest('wx-label, [data-tap]'))
      continue;
    if (
      el.getAttribute('role') === 'checkbox' &&
      !el.hasAttribute('data-tap') &&
      el.parentElement.closest('[data-tap]')
    )
      continue;
    const r = visibleRect(el);
    if (!r || !reachable(el, r)) continue;
    taps.push({ label: labelOf(el), width: round(r.width), height: round(r.height) });
    tapEls.push({ el, r });
  }
  // Two targets, neither inside the other, whose boxes cross: a tap there may reach the wrong one.
  const overlaps = [];
  for (let i = 0; i < tapEls.length; i++) {
    for (let j = i + 1; j < tapEls.length; j++) {
      const a = tapEls[i];
      const b = tapEls[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5)
        overlaps.push(`"${labelOf(a.el)}" and "${labelOf(b.el)}" by ${round(w)} × ${round(h)}`);
    }
  }

  const lineCount = (el) => {
    const tops = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width && !tops.some((t) => Math.abs(t - rect.top) < rect.height / 2)) tops.push(rect.top);
      }
    }
    return tops.length;
  };
  const buttons = [];
  for (const el of Array.from(document.querySelectorAll('wx-button, [role="button"], [role="tab"]'))) {
    const r = visibleRect(el);
    if (!r || !el.textContent.trim()) continue;
    let overflows = el.scrollWidth > el.clientWidth + 1;
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    if (text.width && (text.left < r.left - 0.5 || text.right > r.right + 0.5)) overflows = true;
    buttons.push({ label: labelOf(el), overflows, lines: lineCount(el) });
  }

  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || el.closest('style, script')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (!r.width || !r.height || !visibleRect(el) || !reachable(el, r)) continue;
    const cs = getComputedStyle(el);
    let fg = parse(cs.color);
    let opacity = 1;
    let bg = [0, 0, 0, 0];
    let unknown = false;
    for (let a = el; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      opacity *= Number(s.opacity);
      if (bg[3] < 1) {
        if (s.backgroundImage !== 'none') unknown = true;
        bg = over(bg, parse(s.backgroundColor));
      }
    }
    bg = over(bg, [255, 255, 255, 1]);
    fg = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    texts.push({
      text: n.textContent.trim().slice(0, 30),
      color: hex(fg),
      background: hex(bg),
      ratio: unknown ? null : round((hi + 0.05) / (lo + 0.05)),
      fontSize: parseFloat(cs.fontSize),
      disabled: disabled(el),
    });
  }
  return { taps, overlaps, buttons, texts };
}

/** The rectangles of every element matching each selector, as the page lays them out. */
function rectsOf(selectors) {
  const out = {};
  for (const s of selectors) {
    out[s] = Array.from(document.querySelectorAll(s)).map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height, right: r.right, bottom: r.bottom };
    });
  }
  return out;
}

/** Every element's layout rectangle, by its data-shot-id (to hand the browser's layout back to jsdom). */
function allRects() {
  const out = {};
  for (const el of Array.from(document.querySelectorAll('[data-shot-id]'))) {
    const r = el.getBoundingClientRect();
    out[el.getAttribute('data-shot-id')] = [r.left, r.top, r.width, r.height];
  }
  return out;
}

module.exports = { measurePage, rectsOf, allRects };
