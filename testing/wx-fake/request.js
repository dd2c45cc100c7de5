'use strict';

const http = require('node:http');
const https = require('node:https');
const { later, callUser, realSetTimeout, realClearTimeout } = require('./callbacks');

const METHODS = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']);
const DEFAULT_TIMEOUT = 60000;

// Node's error codes as the Chromium `net::ERR_*` names of the cronet stack that WeChat's network errors come from.
const NET_ERRORS = {
  ECONNREFUSED: 'ERR_CONNECTION_REFUSED',
  ENOTFOUND: 'ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'ERR_NAME_NOT_RESOLVED',
  ECONNRESET: 'ERR_CONNECTION_RESET', // also Node's "socket hang up"
  EPIPE: 'ERR_CONNECTION_RESET',
  EHOSTUNREACH: 'ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'ERR_ADDRESS_UNREACHABLE',
  ENETDOWN: 'ERR_INTERNET_DISCONNECTED',
  ECONNABORTED: 'ERR_CONNECTION_ABORTED',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'ERR_CERT_AUTHORITY_INVALID',
  SELF_SIGNED_CERT_IN_CHAIN: 'ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'ERR_CERT_AUTHORITY_INVALID',
  ERR_TLS_CERT_ALTNAME_INVALID: 'ERR_CERT_COMMON_NAME_INVALID',
  CERT_HAS_EXPIRED: 'ERR_CERT_DATE_INVALID',
  CERT_NOT_YET_VALID: 'ERR_CERT_DATE_INVALID',
};

/** The errMsg of a transport failure: `request:fail net::ERR_…` (ERR_FAILED for an error it has no name for). */
function netFailure(err) {
  const code = err && err.code;
  let name = NET_ERRORS[code] || 'ERR_FAILED';
  if (code === 'ETIMEDOUT') name = err.syscall === 'connect' ? 'ERR_CONNECTION_TIMED_OUT' : 'ERR_TIMED_OUT';
  return `request:fail net::${name}`;
}

function encodeQuery(data) {
  return Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const text = v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
      return `${encodeURIComponent(k)}=${encodeURIComponent(text)}`;
    })
    .join('&');
}

function isBinary(data) {
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data);
}

function toBuffer(data) {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function headerValue(headers, name) {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** The outgoing headers (strings, case kept) with WeChat's default content-type. */
function outgoingHeaders(header) {
  const headers = {};
  for (const [key, value] of Object.entries(header || {})) {
    if (value !== undefined && value !== null) headers[key] = String(value);
  }
  if (headerValue(headers, 'content-type') === undefined) headers['content-type'] = 'application/json';
  return headers;
}

/** The URL with GET data as a query string, and the body to send for other methods. */
function prepare(url, method, data, headers) {
  if (data === undefined || data === null) return { url, body: undefined };
  if (method === 'GET') {
    const query = typeof data === 'string' ? data : isBinary(data) ? '' : encodeQuery(data);
    if (!query) return { url, body: undefined };
    return { url: `${url}${url.includes('?') ? '&' : '?'}${query}`, body: undefined };
  }
  if (typeof data === 'string') return { url, body: data };
  if (isBinary(data)) return { url, body: toBuffer(data) };
  const type = String(headerValue(headers, 'content-type')).toLowerCase();
  return { url, body: type.includes('x-www-form-urlencoded') ? encodeQuery(data) : JSON.stringify(data) };
}

/** Response headers with the server's case (from rawHeaders), plus the Set-Cookie values. */
function responseHeaders(rawHeaders) {
  const header = {};
  const cookies = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const [name, value] = [rawHeaders[i], rawHeaders[i + 1]];
    if (name.toLowerCase() === 'set-cookie') cookies.push(value);
    header[name] = header[name] === undefined ? value : `${header[name]}, ${value}`;
  }
  return { header, cookies };
}

function decode(buffer, dataType, responseType) {
  if (responseType === 'arraybuffer') {
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  }
  const text = buffer.toString('utf8');
  if (dataType !== 'json' || text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function createTask() {
  const headerListeners = new Set();
  const chunkListeners = new Set();
  const task = {
    abort() {},
    onHeadersReceived: (fn) => headerListeners.add(fn),
    offHeadersReceived: (fn) => (fn ? headerListeners.delete(fn) : headerListeners.clear()),
    onChunkReceived: (fn) => chunkListeners.add(fn),
    offChunkReceived: (fn) => (fn ? chunkListeners.delete(fn) : chunkListeners.clear()),
  };
  return { task, headerListeners, chunkListeners };
}

/**
 * wx.request over real HTTP. success fires for every HTTP status; fail only for transport failures
 * ('request:fail timeout' | 'request:fail abort' | 'request:fail net::ERR_…'), then complete. Never a promise.
 */
function requestApi(fake) {
  return function request(option) {
    const opt = option || {};
    const { task, headerListeners, chunkListeners } = createTask();
    let settled = false;
    let aborted = false;
    let req;
    let timer;
    const settle = (succeeded, result) => {
      if (settled) return;
      settled = true;
      if (timer) realClearTimeout(timer);
      if (!succeeded && req) req.destroy();
      callUser(fake, succeeded ? opt.success : opt.fail, result);
      callUser(fake, opt.complete, result);
    };
    const failLater = (errMsg) => later(() => settle(false, { errMsg }));

    const fault = fake.faults.request;
    if (fault === 'hang') return task;
    if (fault === 'offline') {
      failLater('request:fail net::ERR_INTERNET_DISCONNECTED');
      return task;
    }
    const method = String(opt.method || 'GET').toUpperCase();
    if (!METHODS.has(method)) {
      failLater(`request:fail parameter error: parameter.method should be one of ${[...METHODS].join(', ')}`);
      return task;
    }
    let target;
    try {
      target = new URL(String(opt.url));
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new TypeError('protocol');
    } catch {
      failLater('request:fail invalid url');
      return task;
    }
    const headers = outgoingHeaders(opt.header);
    const { url, body } = prepare(target.href, method, opt.data, headers);
    const dataType = opt.dataType === undefined ? 'json' : opt.dataType;
    const responseType = opt.responseType || 'text';
    const timeout = typeof opt.timeout === 'number' && opt.timeout > 0 ? opt.timeout : DEFAULT_TIMEOUT;

    task.abort = () => {
      if (settled || aborted) return;
      aborted = true;
      if (req) req.destroy();
      later(() => settle(false, { errMsg: 'request:fail abort' }));
    };
    timer = realSetTimeout(() => settle(false, { errMsg: 'request:fail timeout' }), timeout);

    const transport = target.protocol === 'https:' ? https : http;
    try {
      req = transport.request(url, { method, headers, agent: false });
    } catch (err) {
      failLater(`request:fail ${err.code || err.message}`);
      return task;
    }
    req.on('response', (res) => {
      if (settled || aborted) {
        res.destroy();
        return;
      }
      if (fake.faults.request === 'interrupted') {
        res.destroy();
        settle(false, { errMsg: 'request:fail interrupted' });
        return;
      }
      const { header, cookies } = responseHeaders(res.rawHeaders);
      for (const fn of headerListeners) callUser(fake, fn, { header, statusCode: res.statusCode, cookies });
      const chunks = [];
      res.on('data', (chunk) => {
        chunks.push(chunk);
        if (opt.enableChunked) {
          const data = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength);
          for (const fn of chunkListeners) callUser(fake, fn, { data });
        }
      });
      res.on('end', () => {
        if (settled) return;
        const data = decode(Buffer.concat(chunks), dataType, responseType);
        settle(true, { data, statusCode: res.statusCode, header, cookies, errMsg: 'request:ok' });
      });
      res.on('close', () => {
        if (!aborted && !res.complete) settle(false, { errMsg: netFailure({ code: 'ECONNRESET' }) });
      });
      res.on('error', (err) => {
        if (!aborted) settle(false, { errMsg: netFailure(err) });
      });
    });
    req.on('error', (err) => {
      if (aborted) return;
      if (fake.faults.request === 'interrupted') settle(false, { errMsg: 'request:fail interrupted' });
      else settle(false, { errMsg: netFailure(err) });
    });
    req.end(body);
    return task;
  };
}

module.exports = { requestApi };
