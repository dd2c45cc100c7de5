'use strict';

const v8 = require('node:v8');

/** A structured clone, as storage keeps values (in the caller's realm when it has structuredClone). */
function clone(value) {
  if (typeof structuredClone === 'function') return structuredClone(value);
  return v8.deserialize(v8.serialize(value));
}

module.exports = { clone };
