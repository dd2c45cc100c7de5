'use strict';

// Section 5: worst-case timings the reliability catalogue states and tests must not time.
// J1: decodeIdToken over 20,000 random and mutated tokens, each call under 5 ms.
// V4: parseMobile / parseEmail / parseVerifyCode on adversarial inputs up to 1 MB, each call under 1 ms.

const path = require('path');
const { quantile, max, seeded, nowMs } = require('./stats');

const BUNDLE = path.resolve(__dirname, '../../miniprogram_dist/index.js');
const TOKENS = 20000;
const SEED = 0x5eed1;
const MB = 1024 * 1024;
const V4_REPEATS = 5;
const RETIME_REPEATS = 5;

const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
const b64json = (value) => b64url(Buffer.from(JSON.stringify(value), 'utf8'));

/** 20,000 tokens from a fixed seed: the J1 families, random strings, mutations of a real-looking token, long ones. */
function tokenCorpus() {
  const rnd = seeded(SEED);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (list) => list[int(list.length)];
  const chars =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=. %\u00e9\u4e2d\ud83d\ude00';
  const randomString = (n) => Array.from({ length: n }, () => chars[int(chars.length)]).join('');
  const header = b64json({ alg: 'RS256', kid: 'k1', typ: 'JWT' });
  const claims = {
    iss: 'https://tenant.example.com/api/v1/oauth2',
    aud: 'client',
    sub: 'u000001',
    name: '张三 😀',
    mobile: '+86-13800138000',
    iat: 1764000000,
    exp: 1764000300,
  };
  const payload = b64json(claims);
  const signature = b64url(Buffer.alloc(256, 7));
  const valid = `${header}.${payload}.${signature}`;
  const oddJson = [
    '"str"',
    '123',
    'null',
    '[]',
    'true',
    '{',
    'not json',
    '{"a":',
    '{"__proto__":{"x":1}}',
  ].map((t) => b64url(Buffer.from(t, 'utf8')));
  const badUtf8 = [
    [0xff, 0xfe],
    [0xc0, 0x80],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0x7b, 0x22, 0xe4, 0xb8],
  ].map((bytes) => b64url(Buffer.from(bytes)));
  const deep = (depth) => b64url(Buffer.from('['.repeat(depth) + ']'.repeat(depth)));
  const families = [
    ['random string', () => randomString(int(600))],
    [
      '0-5 parts, empty parts',
      () => Array.from({ length: int(6) }, () => (rnd() < 0.3 ? '' : randomString(int(80)))).join('.'),
    ],
    ['payload not a JSON object', () => `${header}.${pick(oddJson)}.${signature}`],
    ['header not a JSON object', () => `${pick(oddJson)}.${payload}.${signature}`],
    ['invalid UTF-8', () => `${header}.${pick(badUtf8)}.${signature}`],
    ['length % 4 == 1', () => `${header}.${payload.slice(0, 4 * int(payload.length / 4) + 1)}.${signature}`],
    [
      'mutated (+/= spaces dots NUL)',
      () => {
        const s = valid.split('');
        for (let k = 1 + int(8); k > 0; k--)
          s[int(s.length)] = pick(['+', '/', '=', ' ', '.', '', '\u0000', 'A']);
        return s.join('');
      },
    ],
    ['truncated', () => valid.slice(0, int(valid.length + 1))],
    ['nested arrays up to depth 5000', () => `${header}.${deep(1 + int(5000))}.${signature}`],
    [
      // Close to the 16 KiB limit: a large, valid payload of CJK text (the most decoding work).
      'valid, ~15 KiB CJK payload',
      () => `${header}.${b64json({ ...claims, name: '中'.repeat(3600 + int(400)) })}.${signature}`,
    ],
    ['just over 16 KiB', () => `${header}.${'A'.repeat(16 * 1024 + int(64))}.${signature}`],
    ['valid, or 1 MB (1 in 100)', () => (rnd() < 0.01 ? 'a'.repeat(MB) : valid)],
  ];
  const out = [];
  for (let i = 0; i < TOKENS; i++) {
    const [family, make] = families[i % families.length];
    out.push({ family, token: make() });
  }
  return out;
}

/** Times every call; any throw other than INVALID_ID_TOKEN is counted as a contract breach. */
function j1() {
  const sdk = require(BUNDLE);
  const corpus = tokenCorpus();
  const run = (record) => {
    let other = 0;
    for (const { token } of corpus) {
      const t0 = nowMs();
      try {
        sdk.decodeIdToken(token);
      } catch (error) {
        if (!sdk.isEiamError(error) || error.code !== 'INVALID_ID_TOKEN') other++;
      }
      const ms = nowMs() - t0;
      if (record) record.push(ms);
    }
    return other;
  };
  run(null); // warm-up pass over the same corpus
  const times = [];
  const otherErrors = run(times);
  const worst = times.indexOf(max(times));
  // One call can hold a GC pause or lose the CPU to another process. A second timed pass, each input's faster of the
  // two ranks the inputs; the 1% slowest by that rank are timed RETIME_REPEATS more times each and keep their fastest:
  // the cost of the worst input itself.
  const again = [];
  run(again);
  const slowest = times
    .map((ms, i) => [Math.min(ms, again[i]), i])
    .sort((x, y) => y[0] - x[0])
    .slice(0, Math.ceil(corpus.length / 100));
  let worstInputMs = 0;
  let worstInput = slowest[0][1];
  for (const [, i] of slowest) {
    let best = Infinity;
    for (let r = 0; r < RETIME_REPEATS; r++) {
      const t0 = nowMs();
      try {
        sdk.decodeIdToken(corpus[i].token);
      } catch {
        // timed only
      }
      best = Math.min(best, nowMs() - t0);
    }
    if (best > worstInputMs) {
      worstInputMs = best;
      worstInput = i;
    }
  }
  return {
    calls: corpus.length,
    maxMs: times[worst],
    worstFamily: corpus[worst].family,
    worstLength: corpus[worst].token.length,
    p99Ms: quantile(times, 0.99),
    worstInputMs,
    worstInputFamily: corpus[worstInput].family,
    worstInputLength: corpus[worstInput].token.length,
    otherErrors,
  };
}

/** Adversarial inputs: long runs of what the validators' patterns accept, separators, full-width forms, near-misses. */
function validatorCorpus() {
  const sizes = [16, 32, 33, 64, 65, 254, 255, 1024, 1025, 4096, 65536, MB];
  const units = [
    '1',
    ' ',
    '-',
    '１',
    '\u3000',
    'a',
    'a.',
    'a-',
    '.',
    '@',
    'a@',
    '+86',
    '0',
    '９',
    '\ud83d\ude00',
  ];
  const fit = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const inputs = [];
  for (const size of sizes) {
    for (const unit of units) {
      inputs.push(fit(unit, size));
      inputs.push(fit(unit, size - 1) + '!');
      inputs.push('+' + fit(unit, size - 1));
      inputs.push(fit(unit, Math.max(0, size - 13)) + '@example.com');
      inputs.push('x@' + fit(unit, Math.max(0, size - 2)));
    }
    inputs.push(' '.repeat(Math.max(0, size - 11)) + '13800138000');
    inputs.push('\u3000'.repeat(Math.max(0, size - 11)) + '１３８００１３８０００');
    inputs.push(fit('a', 64) + '@' + fit('b-', Math.max(0, size - 70)) + '.com');
  }
  return inputs;
}

function v4() {
  const sdk = require(BUNDLE);
  const inputs = validatorCorpus();
  const validators = ['parseMobile', 'parseEmail', 'parseVerifyCode'];
  const result = {};
  for (const name of validators) {
    const fn = sdk[name];
    for (const input of inputs) fn(input); // warm-up
    let worst = 0;
    let worstLength = 0;
    let threw = 0;
    // Each input's fastest of the passes is its own cost; the slowest single call may hold a pause.
    const fastest = new Float64Array(inputs.length).fill(Infinity);
    for (let r = 0; r < V4_REPEATS; r++) {
      inputs.forEach((input, i) => {
        const t0 = nowMs();
        try {
          fn(input);
        } catch {
          threw++;
        }
        const ms = nowMs() - t0;
        if (ms < fastest[i]) fastest[i] = ms;
        if (ms > worst) {
          worst = ms;
          worstLength = input.length;
        }
      });
    }
    const worstInput = fastest.indexOf(max(fastest));
    result[name] = {
      calls: inputs.length * V4_REPEATS,
      maxMs: worst,
      worstLength,
      worstInputMs: fastest[worstInput],
      worstInputLength: inputs[worstInput].length,
      threw,
    };
  }
  return { inputs: inputs.length, longest: max(inputs.map((s) => s.length)), validators: result };
}

module.exports = { j1, v4, tokenCorpus, validatorCorpus, TOKENS, SEED };
