// The slider captcha's one piece of maths, kept pure so that it can be tested on its own.
'use strict';

/**
 * Maps how far the slider was dragged (rendered px) to the piece's left edge in the image's own pixels.
 *
 * @example
 * dragToImageX(120, 155, 310, 47); // 240: the image is shown at half its natural width
 *
 * @param {number} dragPx the drag distance on screen
 * @param {number} renderedWidth the width the image is shown at
 * @param {number} naturalWidth the image's own width (the `load` event's `detail.width`)
 * @param {number} pieceWidth the piece's own width; the answer never passes `naturalWidth - pieceWidth`
 * @returns {number} 0 when a width is unknown, else the x rounded to 2 decimals
 */
function dragToImageX(dragPx, renderedWidth, naturalWidth, pieceWidth) {
  if (!(renderedWidth > 0) || !(naturalWidth > 0) || !(dragPx > 0)) return 0;
  const x = Math.min((dragPx * naturalWidth) / renderedWidth, Math.max(0, naturalWidth - (pieceWidth || 0)));
  return Math.round(x * 100) / 100;
}

module.exports = { dragToImageX };
