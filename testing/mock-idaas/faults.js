'use strict';

const KINDS = new Set([
  'delay',
  'hang',
  'reset',
  'html',
  'status',
  'badJson',
  'oversize',
  'rateLimit',
  'handleThenHang',
  'handleThenReset',
]);

function describeMatcher(path) {
  return path instanceof RegExp ? path : String(path);
}

/** The queue of injected faults. Each request takes the first live fault that matches it. */
function createFaults() {
  const list = [];

  return {
    list,

    add(spec) {
      if (!spec || typeof spec !== 'object') throw new TypeError('fault(spec) takes an object');
      if (!KINDS.has(spec.kind)) throw new TypeError(`unknown fault kind ${String(spec.kind)}`);
      if (spec.path !== undefined && typeof spec.path !== 'string' && !(spec.path instanceof RegExp)) {
        throw new TypeError('fault path must be a string (suffix) or a RegExp');
      }
      const times = spec.times === undefined ? 1 : spec.times;
      if (typeof times !== 'number' || !(times >= 1))
        throw new TypeError('fault times must be >= 1 (or Infinity)');
      if (spec.delayMs !== undefined && !(typeof spec.delayMs === 'number' && spec.delayMs >= 0)) {
        throw new TypeError('a fault delayMs must be >= 0');
      }
      if (spec.kind === 'delay' && !(typeof spec.ms === 'number' && spec.ms >= 0)) {
        throw new TypeError('a delay fault needs ms >= 0');
      }
      if (
        spec.kind === 'status' &&
        !(Number.isInteger(spec.status) && spec.status >= 100 && spec.status <= 599)
      ) {
        throw new TypeError('a status fault needs an HTTP status');
      }
      list.push({ ...spec, remaining: times });
    },

    /** Finds, uses up once, and returns the fault for this request, or undefined. */
    take(method, path) {
      const index = list.findIndex((f) => {
        if (f.method && f.method.toUpperCase() !== method) return false;
        if (f.path === undefined) return true;
        if (f.path instanceof RegExp) {
          f.path.lastIndex = 0;
          return f.path.test(path);
        }
        return path.endsWith(f.path);
      });
      if (index < 0) return undefined;
      const fault = list[index];
      fault.remaining -= 1;
      if (fault.remaining <= 0) list.splice(index, 1);
      return fault;
    },

    clear() {
      list.length = 0;
    },

    describe: (fault) => `${fault.kind} ${fault.path === undefined ? '*' : describeMatcher(fault.path)}`,
  };
}

function htmlPage(status) {
  return (
    `<!DOCTYPE html>\n<html><head><title>${status} Bad Gateway</title></head>\n` +
    `<body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n`
  );
}

/**
 * The canned answer of a fault that answers (html, status, badJson, oversize, rateLimit):
 * { status, headers, body (string) }.
 */
function cannedAnswer(fault, errorEnvelope) {
  switch (fault.kind) {
    case 'html': {
      const status = fault.status || 502;
      return { status, headers: { 'Content-Type': 'text/html' }, body: htmlPage(status) };
    }
    case 'status': {
      const headers = { ...(fault.headers || {}) };
      const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
      let body = '';
      if (typeof fault.body === 'string') {
        body = fault.body;
        if (!hasType) headers['Content-Type'] = 'text/plain';
      } else if (fault.body !== undefined) {
        body = JSON.stringify(fault.body);
        if (!hasType) headers['Content-Type'] = 'application/json;charset=UTF-8';
      }
      return { status: fault.status, headers, body };
    }
    case 'badJson':
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json;charset=UTF-8' },
        body: '{"session_token":"btsiBjx85prcZu6I6Ki057Tmw3nSF2VO","expire":4320',
      };
    case 'oversize': {
      const bytes = Math.max(2, fault.bytes === undefined ? 2 * 1024 * 1024 : fault.bytes);
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json;charset=UTF-8' },
        body: `"${'a'.repeat(bytes - 2)}"`,
      };
    }
    case 'rateLimit': {
      const retryAfter = fault.retryAfter === undefined ? 30 : fault.retryAfter;
      return {
        status: 429,
        headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Retry-After': String(retryAfter) },
        body: JSON.stringify(errorEnvelope(`too many requests, retry after ${retryAfter} s`)),
      };
    }
    default:
      return undefined;
  }
}

module.exports = { createFaults, cannedAnswer, KINDS };
