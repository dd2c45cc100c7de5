'use strict';

const { ApiError } = require('./errors');
const { json, springError } = require('./http-io');
const { copyJwks } = require('./signing-keys');

const ROUTES = [
  ...require('./routes-login'),
  ...require('./routes-bind'),
  ...require('./routes-codes'),
  ...require('./routes-mfa'),
];
const SDK_PREFIX = '/api/v2/sdk/';
const DEVICE_HEADERS = ['x-device-fingerprint', 'x-operating-sys-version', 'x-agent'];

function present(value) {
  return typeof value === 'string' && value.trim() !== '';
}

/** The checks every /api/v2/sdk call goes through, in the order a gateway would make them. */
function checkCommon(request, route, svc) {
  const { headers } = request;
  if (!DEVICE_HEADERS.every((h) => present(headers[h]))) throw new ApiError('DEVICE');
  if (headers['x-client-id'] !== svc.options().clientId) throw new ApiError('CLIENT');
  if (route.method !== 'POST') return {};
  const type = String(headers['content-type'] || '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') throw new ApiError('FORMAT', 'content-type');
  if (request.raw.trim() === '') return {};
  let body;
  try {
    body = JSON.parse(request.raw);
  } catch {
    throw new ApiError('FORMAT', 'request body');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError('FORMAT', 'request body');
  return body;
}

function authenticate(request, route, svc) {
  if (route.auth === 'bind' || route.auth === 'mfa') {
    const token = request.headers['x-state-token'];
    if (!present(token)) throw new ApiError('BLANK', 'X-state-token');
    return { state: svc.stateTokens.verify(token, route.auth) };
  }
  if (route.auth === 'session') {
    const token = request.headers['x-session-token'];
    if (!present(token)) throw new ApiError('BLANK', 'X-session-token');
    const session = svc.sessions.get(token);
    if (!session) throw new ApiError('SESSION_TOKEN');
    return { session };
  }
  return {};
}

/**
 * Answers one request: { method, path, query, headers (lower-case), raw (body text) } ->
 * { status, headers, body (string | undefined) }.
 */
async function answer(request, svc) {
  const { method, path } = request;
  if (path === '/api/v1/oauth2/keys') {
    if (method !== 'GET') return springError(405, 'Method Not Allowed', path, svc.clock.now());
    return json(200, copyJwks(svc.keys));
  }
  const candidates = path.startsWith(SDK_PREFIX) ? ROUTES.filter((r) => r.path === path) : [];
  if (candidates.length === 0) return springError(404, 'Not Found', path, svc.clock.now());
  const route = candidates.find((r) => r.method === method);
  if (!route) return springError(405, 'Method Not Allowed', path, svc.clock.now());
  try {
    const body = checkCommon(request, route, svc);
    const auth = authenticate(request, route, svc);
    const result = await route.handle({ body, headers: request.headers, query: request.query, svc, ...auth });
    if (result === undefined) return { status: 200, headers: {}, body: undefined };
    return json(200, result);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return json(err.status, err.envelope(svc.options().errorScheme, request.headers['x-l']));
  }
}

module.exports = { answer, ROUTES };
