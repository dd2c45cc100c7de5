'use strict';

const { createHash } = require('node:crypto');
const { asyncCall, typeName } = require('./callbacks');
const { clone } = require('./clone');

const MB = 1024 * 1024;
const ENTRY_LIMIT = MB;
const TOTAL_LIMIT = 10 * MB;
// wx.setStorage's doc: encrypted data grows about 1.4 times, so with encrypt one key holds at most 0.7 MB and all
// the data 7.1 MB. An encrypted entry counts 10/7.1 of its size against the 10 MB.
const ENCRYPTED_ENTRY_LIMIT = 0.7 * MB;
const ENCRYPTED_WEIGHT = 10 / 7.1;

function sizeOf(key, data) {
  let text;
  try {
    text = JSON.stringify(data);
  } catch {
    text = '';
  }
  return Buffer.byteLength(key) + Buffer.byteLength(text === undefined ? '' : text);
}

/** What a synchronous read of an encrypted item gives: a base64 string that looks like ciphertext. */
function ciphertextOf(key, data) {
  const want = Math.max(32, sizeOf(key, data) + 16);
  const blocks = [];
  for (let i = 0; blocks.length * 32 < want; i += 1) {
    blocks.push(
      createHash('sha256')
        .update(`${i}|${key}|${sizeOf('', data)}`)
        .digest(),
    );
  }
  return Buffer.concat(blocks).subarray(0, want).toString('base64');
}

/**
 * One in-memory storage area: key -> { data, encrypt }. `encryptSupported` is false below base library 2.21.3,
 * which ignores the `encrypt` flag (stores and reads plain).
 */
function createStorage(fake, encryptSupported) {
  const map = new Map();

  /** What an entry takes of the 10 MB: its size, grown by the encryption when encrypted. */
  function storedSize(size, encrypted) {
    return encrypted ? Math.ceil(size * ENCRYPTED_WEIGHT) : size;
  }

  function totalSize(exceptKey) {
    let total = 0;
    for (const [key, entry] of map) {
      if (key !== exceptKey) total += storedSize(sizeOf(key, entry.data), entry.encrypt);
    }
    return total;
  }

  function info() {
    return {
      keys: [...map.keys()],
      currentSize: Math.ceil(totalSize() / 1024),
      limitSize: TOTAL_LIMIT / 1024,
    };
  }

  function keyError(api, key) {
    if (typeof key === 'string') return null;
    return `${api}:fail parameter error: parameter.key should be String instead of ${typeName(key)};`;
  }

  /** Writes an entry, or returns why it cannot be written (without the `api:fail ` prefix). */
  function write(key, data, encrypt) {
    let copy;
    try {
      copy = clone(data);
    } catch {
      return 'parameter error: data should be serializable';
    }
    const encrypted = encryptSupported && encrypt === true;
    const size = sizeOf(key, copy);
    if (size > (encrypted ? ENCRYPTED_ENTRY_LIMIT : ENTRY_LIMIT)) return 'entry size limit reached';
    if (totalSize(key) + storedSize(size, encrypted) > TOTAL_LIMIT) return 'exceed storage max size 10MB';
    map.set(key, { data: copy, encrypt: encrypted });
    return null;
  }

  const apis = {
    setStorage(option) {
      const opt = option || {};
      return asyncCall(fake, opt, ({ ok, fail }) => {
        const bad = keyError('setStorage', opt.key);
        if (bad) return fail(bad);
        if (fake.faults.setStorage === 'hang') return undefined;
        if (fake.faults.setStorage === 'quota') return fail('setStorage:fail exceed storage max size 10MB');
        const why = write(opt.key, opt.data, opt.encrypt);
        if (why) return fail(`setStorage:fail ${why}`);
        return ok({ errMsg: 'setStorage:ok' });
      });
    },

    getStorage(option) {
      const opt = option || {};
      return asyncCall(fake, opt, ({ ok, fail }) => {
        const bad = keyError('getStorage', opt.key);
        if (bad) return fail(bad);
        if (fake.faults.getStorage === 'hang') return undefined;
        const entry = map.get(opt.key);
        if (!entry) return fail('getStorage:fail data not found');
        const wantEncrypted = encryptSupported && opt.encrypt === true;
        if (entry.encrypt && !wantEncrypted)
          return fail('getStorage:fail data is encrypted, read it with encrypt: true');
        if (!entry.encrypt && wantEncrypted)
          return fail('getStorage:fail decrypt fail, data is not encrypted');
        return ok({ data: clone(entry.data), errMsg: 'getStorage:ok' });
      });
    },

    removeStorage(option) {
      const opt = option || {};
      return asyncCall(fake, opt, ({ ok, fail }) => {
        const bad = keyError('removeStorage', opt.key);
        if (bad) return fail(bad);
        if (fake.faults.removeStorage === 'hang') return undefined;
        if (fake.faults.removeStorage === 'fail') return fail('removeStorage:fail system error');
        map.delete(opt.key);
        return ok({ errMsg: 'removeStorage:ok' });
      });
    },

    clearStorage(option) {
      return asyncCall(fake, option, ({ ok }) => {
        map.clear();
        ok({ errMsg: 'clearStorage:ok' });
      });
    },

    getStorageInfo(option) {
      return asyncCall(fake, option, ({ ok }) => ok({ ...info(), errMsg: 'getStorageInfo:ok' }));
    },

    getStorageSync(key) {
      const bad = keyError('getStorageSync', key);
      if (bad) throw new Error(bad);
      const entry = map.get(key);
      if (!entry) return '';
      return entry.encrypt ? ciphertextOf(key, entry.data) : clone(entry.data);
    },

    setStorageSync(key, data) {
      const bad = keyError('setStorageSync', key);
      if (bad) throw new Error(bad);
      const why = write(key, data, false);
      if (why) throw new Error(`setStorageSync:fail ${why}`);
    },

    removeStorageSync(key) {
      const bad = keyError('removeStorageSync', key);
      if (bad) throw new Error(bad);
      map.delete(key);
    },

    clearStorageSync() {
      map.clear();
    },

    getStorageInfoSync: info,
  };

  const controls = {
    raw(key) {
      const entry = map.get(key);
      return entry ? { data: clone(entry.data), encrypt: entry.encrypt } : undefined;
    },
    setRaw(key, data, { encrypt = false } = {}) {
      map.set(key, { data: clone(data), encrypt: Boolean(encrypt) });
    },
    keys: () => [...map.keys()],
    clear: () => map.clear(),
  };

  return { apis, controls };
}

module.exports = { createStorage };
