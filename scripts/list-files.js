'use strict';

const fs = require('fs');
const path = require('path');

/** Every file below `dir`, as sorted paths relative to `base` (default `dir`). */
function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name), base)
        : [path.relative(base, path.join(dir, e.name))],
    )
    .sort();
}

module.exports = { listFiles };
