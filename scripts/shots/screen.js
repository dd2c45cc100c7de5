// A phone screen in Chromium showing what miniprogram-simulate rendered: serializes the rendering, adds the WXSS,
// loads it, and hands Chromium's layout back to jsdom, so that a component measuring itself (createSelectorQuery)
// sees the sizes the browser drew. Runs in jest's jsdom environment (simulate's), talking to one Chromium.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { serialize } = require('./serialize');
const { componentCss } = require('./wxss');
const { documentHtml, bodyHtml, pageCss } = require('./document');
const { measurePage, rectsOf, allRects } = require('./measure');

/** jsdom element → the rectangle Chromium gave it in the last show(). */
const layout = new WeakMap();
let bridged = false;

/** jsdom lays nothing out: its getBoundingClientRect answers from the browser's layout where it has one. */
function bridgeLayout() {
  if (bridged) return;
  bridged = true;
  const proto = window.HTMLElement.prototype;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function getBoundingClientRect() {
    const r = layout.get(this);
    if (!r) return original.call(this);
    const [left, top, width, height] = r;
    return { x: left, y: top, left, top, width, height, right: left + width, bottom: top + height };
  };
}

/** Phone screen sizes (CSS px) used for the pictures and the layout test. */
const PHONES = { 320: 568, 360: 740, 375: 667, 414: 736 };

class PhoneScreen {
  /**
   * @param {import('puppeteer-core').Browser} browser
   * @param {object} o
   * @param {number} o.width CSS px
   * @param {number} [o.height] CSS px; default the phone's of that width
   * @param {number} [o.scale] device pixel ratio of the pictures; default 1
   */
  constructor(browser, o) {
    this.browser = browser;
    this.width = o.width;
    this.height = o.height || PHONES[o.width] || 667;
    this.scale = o.scale || 1;
    this.page = null;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eiam-shot-'));
    bridgeLayout();
  }

  /**
   * Draws a rendered component or page.
   *
   * @param {object} comp what simulate.render returned (or a page from the demo's DevTools stand-in)
   * @param {object} o
   * @param {string} o.componentPath the component or page loaded (without extension), for its WXSS
   * @param {string} [o.rootPath] the mini program root (pages: app.wxss, absolute usingComponents)
   * @param {Record<string, string>} [o.usingComponents] as given to simulate.load
   * @param {boolean} [o.page] a page: app.wxss applies, a navigation bar shows `title`
   * @param {string} [o.title] the navigation bar's title
   */
  async show(comp, o) {
    const elements = [];
    const body = serialize(comp, { width: this.width, elements });
    const css = componentCss(o.componentPath, {
      width: this.width,
      rootPath: o.rootPath,
      usingComponents: o.usingComponents,
      page: o.page,
    });
    const doc = { body, css, width: this.width, title: o.title, background: o.background };
    const t0 = Date.now();
    if (!this.page) {
      this.page = await this.browser.newPage();
      await this.page.setViewport({ width: this.width, height: this.height, deviceScaleFactor: this.scale });
      const file = path.join(this.dir, 'screen.html');
      fs.writeFileSync(file, documentHtml(doc));
      await this.page.goto(`file://${file}`, { waitUntil: 'load' });
    } else {
      await this.page.evaluate(
        (css, html) => {
          document.getElementById('shot-css').textContent = css;
          document.body.innerHTML = html;
        },
        pageCss(doc),
        bodyHtml(doc),
      );
    }
    // Every glyph on the page in the npm font, before anything is measured or drawn.
    await this.page.evaluate(() => {
      const text = document.body.innerText;
      const loads = ['400', '500', '700'].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, text));
      return Promise.all(loads)
        .then(() => document.fonts.ready)
        .then(() => undefined);
    });
    if (process.env.EIAM_SHOTS_TIMING) process.stdout.write(`show ${Date.now() - t0} ms\n`);
    const rects = await this.page.evaluate(allRects);
    elements.forEach((el, i) => rects[i] && layout.set(el, rects[i]));
    return this;
  }

  /** Tap targets, text in buttons, text contrast (measure.measurePage). */
  measure() {
    return this.page.evaluate(measurePage);
  }

  /** The rectangles of the elements matching each selector (class selectors as rendered: `.main--x`). */
  rects(selectors) {
    return this.page.evaluate(rectsOf, selectors);
  }

  /** A PNG of the screen (the whole page when it is taller than the screen). */
  async screenshot(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const full = await this.page.evaluate(() => document.documentElement.scrollHeight);
    await this.page.screenshot({ path: file, fullPage: full > this.height });
  }

  async close() {
    if (this.page) await this.page.close();
    this.page = null;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

module.exports = { Screen: PhoneScreen, PHONES };
