// A miniprogram-simulate rendering as HTML of the `wx-*` elements WeChat's renderer draws. simulate's DOM has the
// scoped class names and the composed tree, but not the attributes the WXML binds (type, size, disabled, src,
// placeholder, value, checked…): those come from the exparser node behind each element.
'use strict';
const { rpxToPx } = require('./rpx');
const { imageSize } = require('./png-size');

const TAPPABLE_EVENTS = ['tap', 'longpress', 'longtap', 'touchstart', 'touchend'];

function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escAttr(text) {
  return esc(text).replace(/"/g, '&quot;');
}

/** DOM element → its exparser node, for the whole composed tree under `root` (a j-component's _exparserNode). */
function exparserIndex(root) {
  const map = new Map();
  (function walk(node) {
    if (!node) return;
    if (node.$$ && node.$$.nodeType === 1) map.set(node.$$, node);
    if (node.shadowRoot) walk(node.shadowRoot);
    (node.childNodes || []).forEach(walk);
  })(root);
  return map;
}

/** The bound attributes of an exparser node, by name (camelCase as the exparser keeps them). */
function boundAttrs(node) {
  const out = {};
  for (const a of (node && node._vt && node._vt.attrs) || []) out[a.name] = a.value;
  return out;
}

function isTrue(value) {
  return value === true || value === 'true' || value === '';
}

/** `mode` of <image> → CSS for the picture layer. */
function imageLayer(src, mode) {
  const url = `background-image:url(&quot;${escAttr(src)}&quot;);`;
  const fit = {
    aspectFit: 'background-size:contain;background-position:center',
    aspectFill: 'background-size:cover;background-position:center',
    center: 'background-size:auto;background-position:center',
  }[mode];
  return url + (fit || 'background-size:100% 100%');
}

/**
 * Serializes a rendered component or page as HTML (`wx-view`, `wx-button`, …), for a screen `width` px wide.
 * Elements listening to tap or touch get `data-tap`; WXML attributes WeChat reflects (type, size, disabled, plain,
 * open-type, aria-*) become HTML attributes; inputs show their value or placeholder; images draw their src.
 *
 * @param {{ _exparserNode: object, dom: Element }} comp what simulate.render returned
 * @param {{ width: number, elements?: Element[] }} o with `elements`, each element gets a `data-shot-id`: its index
 *   in that array
 * @returns {string}
 */
function serialize(comp, o) {
  const index = exparserIndex(comp._exparserNode);

  function children(el) {
    return Array.from(el.childNodes).map(node).join('');
  }

  function node(n) {
    if (n.nodeType === 3) return esc(n.textContent);
    if (n.nodeType !== 1) return '';
    const tag = n.tagName.toLowerCase();
    if (tag === 'virtual' || tag === 'wx-block') return children(n);
    const ex = index.get(n);
    const bound = boundAttrs(ex);
    const attrs = [];
    if (o.elements) attrs.push(`data-shot-id="${o.elements.push(n) - 1}"`);
    const cls = n.getAttribute('class');
    if (cls) attrs.push(`class="${escAttr(cls)}"`);
    const style = typeof bound.style === 'string' ? bound.style : n.getAttribute('style');
    let inlineStyle = style ? rpxToPx(style, o.width) : '';
    for (const a of Array.from(n.attributes)) {
      if (a.name.startsWith('data-')) attrs.push(`${a.name}="${escAttr(a.value)}"`);
    }
    if (isTrue(bound.hidden)) attrs.push('hidden');
    const events = (ex && ex._vt && ex._vt.event) || {};
    if (TAPPABLE_EVENTS.some((e) => events[e])) attrs.push('data-tap');
    for (const [name, value] of Object.entries(bound)) {
      if (!/^aria[A-Z]/.test(name) || value === undefined || value === '') continue;
      const aria = name.slice(4).toLowerCase();
      attrs.push(aria === 'role' ? `role="${escAttr(value)}"` : `aria-${aria}="${escAttr(value)}"`);
    }
    let inner = children(n);
    if (tag === 'wx-button') {
      for (const name of ['type', 'size', 'openType', 'formType']) {
        if (bound[name])
          attrs.push(`${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escAttr(bound[name])}"`);
      }
      for (const name of ['disabled', 'plain', 'loading']) if (isTrue(bound[name])) attrs.push(name);
    } else if (tag === 'wx-input' || tag === 'wx-textarea') {
      if (isTrue(bound.disabled)) attrs.push('disabled');
      const value = bound.value === undefined || bound.value === null ? '' : String(bound.value);
      const shown = bound.password || bound.type === 'password' ? '•'.repeat(value.length) : value;
      if (shown) inner = `<div class="wx-input-value">${esc(shown)}</div>`;
      else if (bound.placeholder) {
        const pc = bound.placeholderClass
          ? ` ${cls ? cls.split(' ')[0].replace(/--.*$/, '') : 'main'}--${bound.placeholderClass}`
          : '';
        const ps = bound.placeholderStyle
          ? ` style="${escAttr(rpxToPx(bound.placeholderStyle, o.width))}"`
          : '';
        inner = `<div class="wx-input-placeholder${pc}"${ps}>${esc(bound.placeholder)}</div>`;
      } else inner = '';
    } else if (tag === 'wx-image') {
      const src = bound.src || '';
      const size = src ? imageSize(src) : null;
      if (size && bound.mode === 'widthFix')
        inlineStyle = `height:auto;aspect-ratio:${size.width}/${size.height};${inlineStyle}`;
      if (size && bound.mode === 'heightFix')
        inlineStyle = `width:auto;aspect-ratio:${size.width}/${size.height};${inlineStyle}`;
      if (bound.mode) attrs.push(`mode="${escAttr(bound.mode)}"`);
      inner = src ? `<div style="${imageLayer(src, bound.mode)}"></div>` : '<div></div>';
    } else if (tag === 'wx-checkbox' || tag === 'wx-radio') {
      if (isTrue(bound.checked)) attrs.push('checked');
      if (isTrue(bound.disabled)) attrs.push('disabled');
      const color = bound.color ? ` style="color:${escAttr(bound.color)}"` : '';
      inner = `<div class="${tag}-input"${color}></div>${inner}`;
    } else if (tag === 'wx-switch') {
      if (isTrue(bound.checked)) attrs.push('checked');
      inner = '<div class="wx-switch-input"></div>';
    }
    if (inlineStyle) attrs.push(`style="${escAttr(inlineStyle)}"`);
    return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${inner}</${tag}>`;
  }

  return node(comp.dom);
}

module.exports = { serialize, exparserIndex };
