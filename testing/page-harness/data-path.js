'use strict';

/**
 * setData's keys: 'a', 'a.b', 'list[0]', 'list[0].name' → ['a'], ['a', 'b'], ['list', 0], ['list', 0, 'name'].
 * @param {string} key
 * @returns {Array<string | number>}
 */
function parseDataPath(key) {
  const parts = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m;
  while ((m = re.exec(key))) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  if (!parts.length) throw new Error(`setData: an empty key (${JSON.stringify(key)})`);
  return parts;
}

/** A copy as WeChat makes it between the logic and the view layer: JSON values only (a function is dropped). */
function copyValue(value) {
  const json = JSON.stringify(value);
  return json === undefined ? undefined : JSON.parse(json);
}

/** Sets `value` at `key` (a setData key) in `data`, creating objects and arrays on the way as WeChat does. */
function setAtPath(data, key, value) {
  const parts = parseDataPath(key);
  let node = data;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (node[part] === null || typeof node[part] !== 'object')
      node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    node = node[part];
  }
  node[parts[parts.length - 1]] = copyValue(value);
}

module.exports = { parseDataPath, setAtPath, copyValue };
