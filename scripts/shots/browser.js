// A real headless Chromium from npm alone: @sparticuz/chromium ships the binary inside its package (unpacked to
// <tmpdir>/chromium on first use), puppeteer-core drives it. No download, no apt.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const LOCK = path.join(os.tmpdir(), 'eiam-shots-chromium.lock');

/**
 * The Chromium binary's path. The first call on a machine unpacks it; that unpack is not safe to run twice at once
 * (the file exists while it is still being written), so concurrent processes take turns through a lock directory.
 */
async function executablePath() {
  const { default: chromium } = await import('@sparticuz/chromium');
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // A lock older than two minutes belongs to a process that died while unpacking.
      const age = Date.now() - fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 120000) fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() - started > 180000) throw new Error(`waited 3 minutes for ${LOCK}`, { cause: e });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return { path: await chromium.executablePath(), args: chromium.args };
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Launches one headless Chromium (a puppeteer Browser). Close it with `browser.close()`. */
async function launchBrowser() {
  const puppeteer = require('puppeteer-core');
  const exe = await executablePath();
  return puppeteer.launch({ executablePath: exe.path, args: exe.args, headless: true });
}

/** Connects to a Chromium launched elsewhere (jest's global setup) by its DevTools WebSocket endpoint. */
async function connectBrowser(browserWSEndpoint) {
  const puppeteer = require('puppeteer-core');
  return puppeteer.connect({ browserWSEndpoint });
}

module.exports = { launchBrowser, connectBrowser, executablePath };
