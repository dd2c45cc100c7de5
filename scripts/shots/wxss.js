// A component's WXSS as the browser page needs it: @import inlined, rpx converted by WeChat's rule, class selectors
// scoped the way miniprogram-simulate scopes the rendered class names (`prefix--name`), built-in tag selectors as the
// `wx-*` elements WeChat's renderer draws, `:host` as the component's host element.
'use strict';
const fs = require('fs');
const path = require('path');
const { rpxToPx } = require('./rpx');

const BUILT_IN = [
  'view',
  'text',
  'button',
  'input',
  'image',
  'checkbox',
  'checkbox-group',
  'label',
  'navigator',
  'icon',
  'scroll-view',
  'swiper',
  'picker',
  'switch',
  'radio',
  'radio-group',
  'form',
  'textarea',
  'rich-text',
];
const TAG_RE = new RegExp(`(^|[\\s>+~,(])(${BUILT_IN.join('|')})(?=$|[\\s.:#[,>+~)])`, 'g');

/** The selector list of one rule, scoped to `prefix` and with `:host` as `host`. */
function scopeSelector(selector, prefix, host) {
  return selector
    .split(',')
    .map((one) =>
      one
        .replace(/:host(\(([^)]*)\))?/g, (_, __, inner) => (inner ? `${host}${inner}` : host))
        .replace(/\.(-?[_a-zA-Z][\w-]*)/g, (_, name) => `.${prefix}--${name}`)
        .replace(TAG_RE, (_, before, tag) => `${before}wx-${tag}`),
    )
    .join(',');
}

/** Splits CSS text into top-level blocks: `{ prelude, body }` (body undefined for a statement such as @import). */
function blocks(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open < 0 && semi < 0) break;
    if (semi >= 0 && (open < 0 || semi < open) && /^\s*@/.test(css.slice(i, semi))) {
      out.push({ prelude: css.slice(i, semi).trim(), body: undefined });
      i = semi + 1;
      continue;
    }
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

/**
 * WXSS source → CSS for a page `width` px wide.
 *
 * @param {string} source the WXSS text
 * @param {object} o
 * @param {number} o.width the screen width in px (for rpx)
 * @param {string} o.prefix the scope simulate gave this component's class names ('main' for the rendered root)
 * @param {string} o.host the selector of the component's host element (`:host`)
 * @param {string} [o.file] the WXSS file, to resolve @import
 * @returns {string}
 */
function convertWxss(source, o) {
  const css = String(source).replace(/\/\*[\s\S]*?\*\//g, '');
  return blocks(css)
    .map(({ prelude, body }) => {
      if (body === undefined) {
        const imported = /^@import\s+["']([^"']+)["']/.exec(prelude);
        if (imported && o.file) {
          const file = path.resolve(path.dirname(o.file), imported[1]);
          return convertWxss(fs.readFileSync(file, 'utf8'), { ...o, file });
        }
        return '';
      }
      if (/^@(media|supports)/.test(prelude)) return `${rpxToPx(prelude, o.width)}{${convertWxss(body, o)}}`;
      if (/^@(-webkit-)?keyframes/.test(prelude)) return `${prelude}{${rpxToPx(body, o.width)}}`;
      if (/^@font-face/.test(prelude)) return `${prelude}{${body}}`;
      return `${scopeSelector(prelude, o.prefix, o.host)}{${rpxToPx(body, o.width)}}`;
    })
    .join('\n');
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * The CSS of a component and, depth first, of every component it uses, scoped as miniprogram-simulate scopes them
 * (`simulate.load(componentPath, { rootPath, usingComponents })`: the root's prefix is 'main', each used component's
 * its usingComponents key, a component used twice keeps the key it was first met under).
 *
 * @param {string} componentPath the component without extension (as given to simulate.load)
 * @param {object} o
 * @param {number} o.width the screen width in px
 * @param {string} [o.rootPath] the mini program root, for absolute usingComponents ('/…')
 * @param {Record<string, string>} [o.usingComponents] overrides merged into every component's, as simulate does
 * @param {boolean} [o.page] the root is a page: app.wxss under rootPath applies to it
 * @returns {string}
 */
function componentCss(componentPath, o) {
  const seen = new Set();
  const parts = [];
  if (o.page && o.rootPath && fs.existsSync(path.join(o.rootPath, 'app.wxss'))) {
    const file = path.join(o.rootPath, 'app.wxss');
    parts.push(
      convertWxss(fs.readFileSync(file, 'utf8'), { width: o.width, prefix: 'main', host: 'main', file }),
    );
  }
  (function visit(file, tag) {
    if (seen.has(file)) return;
    seen.add(file);
    const json = readJson(`${file}.json`);
    const using = Object.assign(json.usingComponents || {}, o.usingComponents || {});
    for (const [key, ref] of Object.entries(using)) {
      const target = ref.startsWith('/')
        ? path.join(o.rootPath || '', ref)
        : path.join(path.dirname(file), ref);
      if (fs.existsSync(`${target}.json`)) visit(target, key);
    }
    if (fs.existsSync(`${file}.wxss`)) {
      const css = fs.readFileSync(`${file}.wxss`, 'utf8');
      parts.push(convertWxss(css, { width: o.width, prefix: tag, host: tag, file: `${file}.wxss` }));
    }
  })(componentPath, 'main');
  return parts.join('\n');
}

module.exports = { convertWxss, componentCss, scopeSelector };
