// The browser project's global setup: ONE headless Chromium for the whole jest run (jest runs it only when a test of
// this project runs). Test files connect to it through EIAM_BROWSER_WS; @sparticuz/chromium unpacks its binary on
// first use, which parallel workers must not do at once.
'use strict';
const { launchBrowser } = require('../../scripts/shots/browser');

module.exports = async function globalSetup() {
  const browser = await launchBrowser();
  globalThis.__EIAM_BROWSER__ = browser;
  process.env.EIAM_BROWSER_WS = browser.wsEndpoint();
};
