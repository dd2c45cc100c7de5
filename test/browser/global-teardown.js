'use strict';

module.exports = async function globalTeardown() {
  const browser = globalThis.__EIAM_BROWSER__;
  if (browser) await browser.close();
};
