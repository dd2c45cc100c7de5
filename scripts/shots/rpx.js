// WeChat's rpx rule, as the WXSS compiler (wcsc) emits it into every page: 750rpx is the screen's width.
'use strict';

const BASE_DEVICE_WIDTH = 750;
const EPS = 1e-4;

/**
 * Converts an rpx length to px for a screen `width` px wide, as WeChat does: scaled, rounded down (with WeChat's
 * 1e-4 tolerance); a non-zero length that rounds to 0 becomes 1px — the Android (and DevTools / Chromium) behaviour;
 * iOS with a 2x or 3x screen gives 0.5px there instead (pass `ios: true`).
 *
 * @example
 * rpx(88, 375); // 44
 * rpx(88, 320); // 37 (37.546… rounded down)
 * rpx(1, 375); // 1 (0.5 rounded down is 0; Android draws 1px)
 *
 * @param {number} value the length in rpx
 * @param {number} width the screen width in px
 * @param {{ ios?: boolean }} [options]
 * @returns {number} px
 */
function rpx(value, width, options) {
  if (value === 0) return 0;
  const px = Math.floor((value / BASE_DEVICE_WIDTH) * width + EPS);
  if (px === 0) return options && options.ios ? 0.5 : 1;
  return px;
}

/** Replaces every `<number>rpx` in CSS text (a declaration block or an inline style) with its px value. */
function rpxToPx(css, width, options) {
  return String(css).replace(
    /(-?(?:\d+\.?\d*|\.\d+))rpx\b/g,
    (_, n) => `${rpx(Number(n), width, options)}px`,
  );
}

module.exports = { rpx, rpxToPx };
