'use strict';

// The slider captcha's two images, at the sizes of the common AJ-Captcha "blockPuzzle" implementation whose answer
// shape ({originalImageBase64, jigsawImageBase64, token, secretKey}, point_json {x, y}) the vendor's pages show: a
// 310 × 155 background with a jigsaw-shaped hole, and a 47 × 155 strip, transparent but for the matching piece. The
// vendor documents no sizes; the component reads the natural sizes from the images, so others work too.

const { randomInt } = require('node:crypto');
const { encodeRgba } = require('./png');

const WIDTH = 310;
const HEIGHT = 155;
const PIECE = 47;
/** The top of the piece's 47 × 47 box in both images (the vendor's examples send a fixed y of 5.0). */
const PIECE_TOP = 5;

/** Signed distance (px, negative inside) from (x, y), relative to the piece's box, to the jigsaw outline. */
function jigsawDistance(x, y) {
  const circle = (cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
  // A 34 px square body from (2, 11) to (36, 45)...
  const qx = Math.abs(x - 19) - 17;
  const qy = Math.abs(y - 28) - 17;
  const body = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
  // ...with a round tab on top and one on the right, and a round blank cut into the left side.
  const tabs = Math.min(body, circle(19, 11, 7), circle(36, 28, 7));
  return Math.max(tabs, -circle(2, 28, 6));
}

/** How much of the pixel (x, y) of the piece's box the piece covers, 0 to 1 (edges anti-aliased). */
function coverage(d) {
  return Math.min(1, Math.max(0, 0.5 - d));
}

/** The light outline drawn along the edge, 0 to 1. */
function outline(d) {
  return Math.min(1, Math.max(0, 1.5 - Math.abs(d)));
}

/** The hills' heights by column, computed once. */
const NEAR = Array.from({ length: WIDTH }, (_, x) => 92 + 14 * Math.sin(x / 31));
const FAR = Array.from({ length: WIDTH }, (_, x) => 70 + 18 * Math.sin(x / 47 + 1));

/** A smooth landscape: sky, sun, two rows of hills. Smooth, so that the PNGs stay small. */
function background(x, y) {
  if (y > NEAR[x]) return [46 + (y >> 2), 125 + (x % 40 < 20 ? 8 : 0), 70, 255];
  if (y > FAR[x]) return [92, 150 + (y >> 3), 120, 255];
  if ((x - 250) * (x - 250) + (y - 36) * (y - 36) < 324) return [255, 214, 102, 255];
  return [110 + (y >> 1), 160 + (y >> 2), 230, 255];
}

/** The landscape's pixels, drawn once: each puzzle only changes the 47 × 47 box of its piece. */
const LANDSCAPE = Buffer.alloc(WIDTH * HEIGHT * 4);
for (let y = 0; y < HEIGHT; y += 1) {
  for (let x = 0; x < WIDTH; x += 1) LANDSCAPE.set(background(x, y), (y * WIDTH + x) * 4);
}

const mix = (a, b, t) => Math.round(a + (b - a) * t);

/**
 * The two slider images for a hole whose 47 px strip starts at `gapX`: base64 PNGs with alpha.
 *
 * @example
 * renderCaptcha(120); // { originalImageBase64: 'iVBOR…', jigsawImageBase64: 'iVBOR…' }
 */
function renderCaptcha(gapX) {
  const original = Buffer.from(LANDSCAPE);
  const jigsaw = Buffer.alloc(PIECE * HEIGHT * 4); // transparent
  for (let y = 0; y < PIECE; y += 1) {
    for (let x = 0; x < PIECE; x += 1) {
      const d = jigsawDistance(x, y);
      const cover = coverage(d);
      const rim = outline(d);
      if (cover === 0 && rim === 0) continue;
      const at = ((PIECE_TOP + y) * WIDTH + gapX + x) * 4;
      const piece = ((PIECE_TOP + y) * PIECE + x) * 4;
      for (let i = 0; i < 3; i += 1) {
        const v = LANDSCAPE[at + i];
        // The hole: the piece's place darkened, with a light rim; the piece: the landscape there, with a brighter rim.
        original[at + i] = mix(mix(v, 0, 0.55 * cover), 255, 0.6 * rim);
        jigsaw[piece + i] = mix(v, 255, 0.8 * rim);
      }
      jigsaw[piece + 3] = Math.round(Math.max(cover, rim) * 255);
    }
  }
  return {
    originalImageBase64: encodeRgba(WIDTH, HEIGHT, original).toString('base64'),
    jigsawImageBase64: encodeRgba(PIECE, HEIGHT, jigsaw).toString('base64'),
  };
}

/** A random hidden x in [40, 250]. */
function randomGapX() {
  return randomInt(40, 251);
}

module.exports = { renderCaptcha, randomGapX, jigsawDistance, WIDTH, HEIGHT, PIECE, PIECE_TOP };
