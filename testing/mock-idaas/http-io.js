'use strict';

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole request body; resolves { raw (string), tooLarge (boolean) }. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ raw: Buffer.concat(chunks).toString('utf8'), tooLarge }));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(Object.assign(new Error('client went away'), { code: 'ECONNRESET' }));
    });
  });
}

/** The logged form of a body: parsed JSON when it parses, else the raw string. */
function loggedBody(raw) {
  if (raw === '') return '';
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Writes { status, headers, body (string | undefined) } unless the socket is gone. */
function send(res, { status, headers = {}, body }) {
  if (res.destroyed || res.writableEnded) return;
  const payload = body === undefined ? '' : body;
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

function json(status, value) {
  return {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    body: JSON.stringify(value),
  };
}

/** Spring Boot's default error body, for paths and methods the API does not have. */
function springError(status, error, path, nowMs) {
  return json(status, { timestamp: new Date(nowMs).toISOString(), status, error, path });
}

module.exports = { readBody, loggedBody, send, json, springError, MAX_BODY_BYTES };
