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

/**
 * Signs an id_token for a user (RS256), claims as the EIAM examples show them: `nbf` 120 s before `iat`; the user's
 * fields flat, or (claimStyle 'api', as the MFA pages' example) inside an `api` claim holding them as a JSON string.
 */
async function signIdToken(keys, { issuer, audience, user, nowMs, ttlSec, claimStyle = 'flat' }) {
  const iat = Math.floor(nowMs / 1000);
  const fields = { id: user.id, name: user.name, userName: user.userName };
  if (user.mobile) fields.mobile = user.mobile;
  if (user.email) fields.email = user.email;
  const claims = claimStyle === 'api' ? { api: JSON.stringify(fields) } : fields;
  Object.assign(claims, {
    iss: issuer,
    aud: audience,
    sub: user.id,
    iat,
    nbf: iat - 120,
    exp: iat + ttlSec,
    jti: nodeCrypto.randomUUID(),
  });
  const input = `${b64url(JSON.stringify({ alg: 'RS256', kid: keys.kid, typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(nodeCrypto.sign('sha256', Buffer.from(input), keys.privateKey))}`;
}

module.exports = { getSigningKeys, copyJwks, signIdToken };
