// The HTML page a rendering is drawn on: a CJK font from npm, base styles for WeChat's built-in elements, the
// components' WXSS, the serialized tree.
'use strict';
const fs = require('fs');
const path = require('path');

/** Noto Sans SC (@fontsource) as @font-face rules with file:// URLs; only the subsets a page uses are loaded. */
function fontCss() {
  const dir = path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  return ['400', '500', '700']
    .map((w) =>
      fs
        .readFileSync(path.join(dir, `${w}.css`), 'utf8')
        .replace(/url\(\.\/files\//g, `url(file://${dir}/files/`),
    )
    .join('\n');
}

/**
 * Base styles of the built-in elements, after WeChat's renderer (base library 2.x, classic style: app.json without
 * "style": "v2", as the demo is): <button> a 46px-high block in 18px type with 8px corners, mini 13px type 2.3 lines
 * high; <input> a 1.4rem single line; <checkbox> a 24px box; <image> 320×240 unless styled. WeChat's primary green
 * of that style is #1aad19 (WeUI's later #07c160 is another green).
 */
const BASE_CSS = `
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans SC', sans-serif; -webkit-font-smoothing: antialiased; background: #fff; }
page { display: block; min-height: 100%; font-size: 16px; }
wx-view, wx-navigator, wx-form, wx-scroll-view, wx-swiper, wx-checkbox-group, wx-radio-group { display: block; }
wx-scroll-view { overflow: auto; }
wx-text { display: inline; white-space: pre-wrap; }
[hidden] { display: none !important; }
wx-image { display: inline-block; position: relative; overflow: hidden; width: 320px; height: 240px; }
wx-image > div { position: absolute; inset: 0; background-repeat: no-repeat; }
wx-button {
  position: relative; display: block; margin-left: auto; margin-right: auto; padding-left: 14px; padding-right: 14px;
  box-sizing: border-box; font-size: 18px; text-align: center; text-decoration: none; line-height: 2.55555556;
  border-radius: 8px; overflow: hidden; color: #000; background-color: #f8f8f8; cursor: pointer;
}
wx-button::after {
  content: ' '; position: absolute; top: 0; left: 0; width: 200%; height: 200%; box-sizing: border-box;
  border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 16px; transform: scale(0.5); transform-origin: 0 0;
  pointer-events: none;
}
wx-button[type='primary'] { color: #fff; background-color: #1aad19; }
wx-button[type='warn'] { color: #fff; background-color: #e64340; }
wx-button[plain] { color: #353535; background-color: transparent; border: 1px solid #353535; }
wx-button[plain]::after { border-width: 0; }
wx-button[size='mini'] { display: inline-block; line-height: 2.3; font-size: 13px; padding: 0 1.34em; }
wx-button[disabled] { color: rgba(0, 0, 0, 0.3); background-color: #f7f7f7; }
wx-button[type='primary'][disabled] { color: rgba(255, 255, 255, 0.6); background-color: #9ed99d; }
wx-button[type='warn'][disabled] { color: rgba(255, 255, 255, 0.6); background-color: #ec8b89; }
wx-input, wx-textarea { display: block; overflow: hidden; cursor: auto; }
wx-input { height: 1.4rem; min-height: 1.4rem; white-space: nowrap; text-overflow: clip; }
wx-input > div { display: flex; align-items: center; height: 100%; overflow: hidden; }
wx-textarea { width: 300px; height: 150px; }
.wx-input-placeholder { color: gray; }
wx-checkbox, wx-radio { display: inline-block; }
.wx-checkbox-input, .wx-radio-input {
  display: inline-block; position: relative; vertical-align: middle; box-sizing: border-box; width: 24px; height: 24px;
  margin-right: 5px; border: 1px solid #d1d1d1; border-radius: 3px; background: #fff; color: #09bb07;
}
.wx-radio-input { border-radius: 50%; }
wx-checkbox[checked] .wx-checkbox-input::before, wx-radio[checked] .wx-radio-input::before {
  content: '\\2713'; position: absolute; inset: 0; font-size: 20px; line-height: 22px; text-align: center;
}
wx-switch { display: inline-block; }
.wx-switch-input { width: 52px; height: 32px; border-radius: 16px; background: #dfdfdf; }
wx-switch[checked] .wx-switch-input { background: #07c160; }
.shot-navbar {
  display: flex; align-items: center; justify-content: center; height: 44px; font-size: 17px; font-weight: 500;
  color: #fff; background: #000;
}
`;

/** The body: a navigation bar when titled, then the page with the serialized tree. */
function bodyHtml(o) {
  const navbar = o.title ? `<div class="shot-navbar">${o.title.replace(/</g, '&lt;')}</div>` : '';
  return `${navbar}<page>${o.body}</page>`;
}

/** The components' CSS, with the page's background. */
function pageCss(o) {
  return (o.background ? `page { background: ${o.background}; }\n` : '') + o.css;
}

/**
 * A whole HTML document. Later renderings on the same screen replace only `#shot-css` and the body (`bodyHtml`,
 * `pageCss`), so the font is loaded once.
 *
 * @param {object} o
 * @param {string} o.body the serialized tree
 * @param {string} o.css the components' CSS (wxss.componentCss)
 * @param {number} o.width the screen width in px
 * @param {string} [o.title] a navigation bar title above the page (a page, not a component)
 * @param {string} [o.background] the page's background colour
 * @returns {string}
 */
function documentHtml(o) {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=${o.width}, initial-scale=1">
<style>${fontCss()}</style>
<style>${BASE_CSS}</style>
<style id="shot-css">${pageCss(o)}</style>
</head><body>${bodyHtml(o)}</body></html>`;
}

module.exports = { documentHtml, bodyHtml, pageCss, BASE_CSS };
