'use strict';

const { randomInt } = require('node:crypto');
const { encodePng } = require('./png');

const WIDTH = 310;
const HEIGHT = 155;
const PIECE = 47;
const PIECE_TOP = 5;
const PIECE_HEIGHT = 47;

function background(x, y) {
  return [60 + (x >> 3) * 4, 110 + (y >> 3) * 4, 190, 255];
}

/** The two slider images: the background with a dark gap at gapX, and the 47 px wide piece. */
function renderCaptcha(gapX) {
  const inPiece = (y) => y >= PIECE_TOP && y < PIECE_TOP + PIECE_HEIGHT;
  const original = encodePng(WIDTH, HEIGHT, (x, y) => {
    const px = background(x, y);
    if (x >= gapX && x < gapX + PIECE && inPiece(y)) return [px[0] >> 2, px[1] >> 2, px[2] >> 2, 255];
    return px;
  });
  const jigsaw = encodePng(PIECE, HEIGHT, (x, y) => (inPiece(y) ? background(gapX + x, y) : [0, 0, 0, 0]));
  return { originalImageBase64: original.toString('base64'), jigsawImageBase64: jigsaw.toString('base64') };
}

/** A random hidden x in [40, 250]. */
function randomGapX() {
  return randomInt(40, 251);
}

module.exports = { renderCaptcha, randomGapX, WIDTH, HEIGHT, PIECE };
