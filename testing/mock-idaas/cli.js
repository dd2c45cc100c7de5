#!/usr/bin/env node
'use strict';

// `npm run mock-server`: the mock IDaaS on http://127.0.0.1:8787 for the demo mini program and manual checks.
// Options: --port N (or env PORT), --client-id ID (or env CLIENT_ID), --scheme idaas|plain (or env ERROR_SCHEME),
// --no-captcha (sends without a captcha_token are taken; by default the captcha is required, as the vendor's send
// pages say; --captcha is still accepted). Seeds no user: every WeChat login starts unbound.
// Prints its URL; stops on SIGINT / SIGTERM, and when the process that started it goes away (killed, even with
// SIGKILL: this process is then handed to another parent) or, when started with an IPC channel, disconnects.

const { startMockIdaas } = require('./index');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--port') args.port = value();
    else if (flag === '--client-id') args.clientId = value();
    else if (flag === '--scheme') args.errorScheme = value();
    else if (flag === '--captcha') args.captchaRequired = true;
    else if (flag === '--no-captcha') args.captchaRequired = false;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** Calls `gone` once the parent process is gone: the parent pid changes (re-parented), or the IPC channel closes. */
function watchParent(gone, everyMs = 500) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) gone();
  }, everyMs);
  timer.unref();
  if (process.send) process.once('disconnect', gone);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      'usage: node testing/mock-idaas/cli.js [--port 8787] [--client-id ID] [--scheme idaas|plain] [--no-captcha]',
    );
    return;
  }
  const port = Number(args.port || process.env.PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`bad port ${args.port || process.env.PORT}`);

  // Handlers first, so a signal that comes while the server starts still stops it cleanly.
  let mock = null;
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    (mock ? mock.close() : Promise.resolve()).then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  watchParent(() => stop('parent gone'));

  mock = await startMockIdaas({
    port,
    host: '127.0.0.1',
    clientId: args.clientId || process.env.CLIENT_ID || undefined,
    errorScheme: args.errorScheme || process.env.ERROR_SCHEME || undefined,
    captchaRequired: args.captchaRequired,
    quiet: false,
  });
  if (stopping) {
    await mock.close();
    return;
  }
  console.log(`mock IDaaS listening on ${mock.url}`);
  console.log(`client id: ${mock.clientId}`);
  console.log(`issuer:    ${mock.issuer} (JWKS at ${mock.issuer}/keys)`);
  console.log('codes sent by SMS or email are printed as [outbox] lines. Ctrl+C stops (so does ending npm).');
}

main().catch((err) => {
  console.error(`mock-server: ${err.message}`);
  process.exit(1);
});
