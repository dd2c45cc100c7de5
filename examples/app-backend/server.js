'use strict';

// An app backend that trusts the EIAM id_token the mini program sends as `Authorization: Bearer <id_token>`
// (what `eiam.request()` does): it verifies the RS256 signature against the tenant's JWKS, and `iss`, `aud` and `exp`.
//
//   TENANT=https://xxx.bccastle.com CLIENT_ID=nTo1... PORT=3000 node examples/app-backend/server.js
//
// Needs `jose` (npm i jose). Plain Node http, so it maps onto Express/Koa/Fastify handlers one to one.

const http = require('node:http');
const { createRemoteJWKSet, jwtVerify } = require('jose');

/**
 * Returns `verify(authorizationHeader) => Promise<claims>`: rejects unless the header is `Bearer <jwt>` and the jwt is
 * signed by a key of `${tenant}/api/v1/oauth2/keys`, issued by `${tenant}/api/v1/oauth2`, for `clientId`, and not
 * expired. `now` (default: the real clock) is what exp / nbf are compared with; `clockTolerance` in seconds.
 */
function createVerifier({ tenant, clientId, now, clockTolerance = 30 }) {
  const base = tenant.replace(/\/+$/, '');
  const jwks = createRemoteJWKSet(new URL(`${base}/api/v1/oauth2/keys`));
  return async function verify(authorization) {
    const match = /^Bearer ([\x21-\x7e]+)$/.exec(authorization || '');
    if (!match) throw new Error('no bearer token');
    const { payload } = await jwtVerify(match[1], jwks, {
      issuer: `${base}/api/v1/oauth2`,
      audience: clientId,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'sub'],
      clockTolerance,
      currentDate: now ? now() : undefined,
    });
    return payload;
  };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The backend: `GET /api/me` answers the verified user (`{sub, name}`), anything else 404. A missing, forged,
 * expired or foreign token gets 401 with `WWW-Authenticate: Bearer error="invalid_token"`, the answer on which
 * `eiam.request()` refreshes the id_token once and repeats an idempotent call.
 */
function createAppBackend(options) {
  const verify = createVerifier(options);
  return http.createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url !== '/api/me') return send(res, 404, { error: 'not_found' });
    let claims;
    try {
      claims = await verify(req.headers.authorization);
    } catch {
      // Never echo the token or the reason to the caller; log the reason server-side if you need it.
      return send(
        res,
        401,
        { error: 'invalid_token' },
        { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      );
    }
    return send(res, 200, { sub: claims.sub, name: claims.name });
  });
}

if (require.main === module) {
  const { TENANT, CLIENT_ID, PORT = '3000' } = process.env;
  if (!TENANT || !CLIENT_ID) {
    console.error('set TENANT (https://xxx.bccastle.com) and CLIENT_ID');
    process.exit(1);
  }
  createAppBackend({ tenant: TENANT, clientId: CLIENT_ID }).listen(Number(PORT), () =>
    console.log(`app backend on http://127.0.0.1:${PORT}/api/me`),
  );
}

module.exports = { createVerifier, createAppBackend };
