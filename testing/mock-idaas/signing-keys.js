'use strict';

const nodeCrypto = require('node:crypto');
const { promisify } = require('node:util');

// node:crypto only, so that the published test kit (eiam-miniprogram-sdk/testing) needs no dependency.
// One RSA key per process: generating it takes tens of milliseconds, and tests start many mocks.
let keysPromise = null;

const b64url = (value) => Buffer.from(value).toString('base64url');

function getSigningKeys() {
  if (!keysPromise) {
    keysPromise = (async () => {
      const { privateKey, publicKey } = await promisify(nodeCrypto.generateKeyPair)('rsa', {
        modulusLength: 2048,
      });
      const jwk = publicKey.export({ format: 'jwk' });
      // RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order.
      const kid = b64url(
        nodeCrypto
          .createHash('sha256')
          .update(JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n }))
          .digest(),
      );
      const publicJwk = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
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

/** Signs an id_token for a user (RS256), claims as the EIAM examples show them. */
async function signIdToken(keys, { issuer, audience, user, nowMs, ttlSec }) {
  const iat = Math.floor(nowMs / 1000);
  const claims = { id: user.id, name: user.name, userName: user.userName };
  if (user.mobile) claims.mobile = user.mobile;
  if (user.email) claims.email = user.email;
  Object.assign(claims, {
    iss: issuer,
    aud: audience,
    sub: user.id,
    iat,
    nbf: iat,
    exp: iat + ttlSec,
    jti: nodeCrypto.randomUUID(),
  });
  const input = `${b64url(JSON.stringify({ alg: 'RS256', kid: keys.kid, typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(nodeCrypto.sign('sha256', Buffer.from(input), keys.privateKey))}`;
}

module.exports = { getSigningKeys, copyJwks, signIdToken };
