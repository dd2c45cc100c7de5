'use strict';

const http = require('node:http');
const { DEFAULTS, mergeOptions } = require('./options');
const { createClock } = require('./clock');
const { getSigningKeys, copyJwks } = require('./signing-keys');
const { createService } = require('./service');
const { createFaults, cannedAnswer } = require('./faults');
const { ApiError } = require('./errors');
const { readBody, loggedBody, send, json } = require('./http-io');
const { answer } = require('./router');
const { maskRecipient } = require('./identifiers');

// Captured at load, so that jest fake timers in a test do not freeze the server's delay faults.
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}

function lowerCaseHeaders(headers) {
  const out = {};
  for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = value;
  return out;
}

/**
 * Starts a mock EIAM IDaaS on loopback. See testing/README.md and testing/index.d.ts.
 */
async function startMockIdaas(userOptions = {}) {
  let options = mergeOptions(DEFAULTS, userOptions);
  const keys = await getSigningKeys();
  const clock = createClock();
  const faults = createFaults();
  const requests = [];
  const sockets = new Set();
  const timers = new Set();
  let closing = null;

  const log = (line) => {
    if (!options.quiet) console.log(line);
  };
  const onDeliver = (m) => log(`[outbox] ${m.channel} ${maskRecipient(m.to)} ${m.type} ${m.code}`);
  const errorEnvelope = (msg) => new ApiError('BUSY', msg).envelope(options.errorScheme);

  const server = http.createServer();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const port = await listen(server, options.port, options.host);
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${hostPart}:${port}`;
  const issuer = `${url}/api/v1/oauth2`;
  const svc = createService({ clock, getOptions: () => options, keys, issuer, onDeliver });

  function sleep(ms) {
    return new Promise((resolve) => {
      const timer = realSetTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  async function answerFor(request) {
    try {
      return await answer(request, svc);
    } catch (err) {
      console.error('[mock-idaas] internal error', err);
      return json(500, errorEnvelope());
    }
  }

  async function onRequest(req, res) {
    res.setHeader('Date', new Date(clock.now()).toUTCString()); // the mock clock, as advanceTime() moved it
    const parsed = new URL(req.url, 'http://mock.invalid');
    const { raw, tooLarge } = await readBody(req);
    const request = {
      method: req.method,
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      headers: lowerCaseHeaders(req.headers),
      raw,
    };
    requests.push({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: loggedBody(raw),
      at: clock.now(),
    });
    if (tooLarge) {
      send(res, json(413, new ApiError('FORMAT', 'request body').envelope(options.errorScheme)));
      return;
    }
    const fault = faults.take(request.method, request.path);
    if (fault) log(`[mock-idaas] ${request.method} ${request.path} -> fault ${faults.describe(fault)}`);
    const kind = fault && fault.kind;
    if (kind === 'hang') return;
    if (kind === 'reset') {
      if (!req.socket.destroyed) req.socket.resetAndDestroy();
      return;
    }
    const canned = fault && cannedAnswer(fault, errorEnvelope);
    if (canned) {
      if (fault.delayMs) await sleep(fault.delayMs); // a late canned answer (html, status, badJson, ...)
      send(res, canned);
      return;
    }
    if (kind === 'delay') await sleep(fault.ms);
    const result = await answerFor(request);
    if (kind === 'handleThenHang') return;
    if (kind === 'handleThenReset') {
      if (!req.socket.destroyed) req.socket.resetAndDestroy();
      return;
    }
    log(`[mock-idaas] ${request.method} ${request.path} -> ${result.status}`);
    send(res, result);
  }

  server.on('request', (req, res) => {
    onRequest(req, res).catch((err) => {
      if (err && err.code === 'ECONNRESET') return; // the client went away mid-request: nothing to answer
      console.error('[mock-idaas] request failed', err);
      if (!res.headersSent) send(res, json(500, errorEnvelope()));
    });
  });

  const mock = {
    url,
    port,
    issuer,
    get clientId() {
      return options.clientId;
    },
    get options() {
      return { ...options };
    },
    outbox: svc.codes.outbox,
    requests,
    users: svc.users.list,
    get publicJwks() {
      return copyJwks(keys);
    },

    setOptions(partial) {
      const next = mergeOptions(options, partial);
      next.port = options.port;
      next.host = options.host;
      options = next;
    },
    now: () => clock.now(),
    advanceTime: (ms) => clock.advance(ms),
    lastCode: (to) => svc.codes.lastCode(to),
    requestsTo(pathSuffix) {
      return requests.filter((r) =>
        pathSuffix instanceof RegExp ? pathSuffix.test(r.path) : r.path.endsWith(pathSuffix),
      );
    },
    addUser: (spec) => svc.users.add(spec),
    bindOpenid: (openid, userId) => {
      svc.users.bind(openid, userId);
    },
    issuePhoneCode: (mobile) => svc.codes.issuePhoneCode(mobile),
    captchaAnswer: (token) => svc.captchas.answer(token),
    fault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    reset() {
      svc.clear();
      faults.clear();
      requests.length = 0;
      clock.reset();
    },
    close() {
      if (!closing) {
        closing = new Promise((resolve) => {
          for (const timer of timers) realClearTimeout(timer);
          timers.clear();
          server.close(() => resolve());
          for (const socket of sockets) socket.destroy();
          server.closeAllConnections();
        });
      }
      return closing;
    },
  };
  return mock;
}

module.exports = { startMockIdaas };
