'use strict';

const { randomUUID } = require('node:crypto');
const jose = require('jose');

// One RSA key per process: generating it takes tens of milliseconds, and tests start many mocks.
let keysPromise = null;

function getSigningKeys() {
  if (!keysPromise) {
    keysPromise = (async () => {
      const { privateKey, publicKey } = await jose.generateKeyPair('RS256', { modulusLength: 2048 });
      const jwk = await jose.exportJWK(publicKey);
      const kid = await jose.calculateJwkThumbprint(jwk);
      const publicJwk = { kty: jwk.kty, kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
      return { privateKey, kid, jwks: { keys: [publicJwk] } };
    })();
    keysPromise.catch(() => {
      keysPromise = null;
    });
  }
  return keysPromise;
}

/** A fresh JWKS object (callers may mutate it freely). */
function copyJwks(keys) {
  return JSON.parse(JSON.stringify(keys.jwks));
}

/** Signs an id_token for a user, claims as the EIAM examples show them. */
async function signIdToken(keys, { issuer, audience, user, nowMs, ttlSec }) {
  const iat = Math.floor(nowMs / 1000);
  const claims = { id: user.id, name: user.name, userName: user.userName };
  if (user.mobile) claims.mobile = user.mobile;
  if (user.email) claims.email = user.email;
  return new jose.SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(user.id)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + ttlSec)
    .setJti(randomUUID())
    .sign(keys.privateKey);
}

module.exports = { getSigningKeys, copyJwks, signIdToken };
