// The pixel size of a PNG given as a data: URL or a file path (what an <image>'s load event reports as detail).
'use strict';
const fs = require('fs');

/**
 * @param {string} src `data:image/png;base64,…` or a PNG file's path
 * @returns {{ width: number, height: number } | null} null when it is not a PNG this can read
 */
function imageSize(src) {
  let head;
  const data = /^data:image\/png;base64,(.*)$/s.exec(src);
  if (data) head = Buffer.from(data[1].slice(0, 64), 'base64');
  else if (fs.existsSync(src)) head = fs.readFileSync(src).subarray(0, 32);
  else return null;
  if (head.length < 24 || head.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

module.exports = { imageSize };
