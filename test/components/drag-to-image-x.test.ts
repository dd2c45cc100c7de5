import { dragToImageX } from '../../src/components/eiam-captcha/drag-to-image-x';

describe('dragToImageX: slider drag on screen to the piece x in the image', () => {
  it('scales by natural width over rendered width', () => {
    expect(dragToImageX(120, 155, 310, 47)).toBe(240); // shown at half size
    expect(dragToImageX(100, 310, 310, 47)).toBe(100); // shown at natural size
    expect(dragToImageX(100, 620, 310, 47)).toBe(50); // shown at double size (a wide screen)
  });

  it('rounds to 2 decimals', () => {
    expect(dragToImageX(100, 300, 310, 47)).toBe(103.33);
  });

  it('never passes the last position where the piece still fits', () => {
    expect(dragToImageX(1000, 155, 310, 47)).toBe(263);
    expect(dragToImageX(1000, 155, 310, 0)).toBe(310);
  });

  it('answers 0 for no drag, a backwards drag, or a size not yet known', () => {
    expect(dragToImageX(0, 155, 310, 47)).toBe(0);
    expect(dragToImageX(-20, 155, 310, 47)).toBe(0);
    expect(dragToImageX(50, 0, 310, 47)).toBe(0);
    expect(dragToImageX(50, 155, 0, 47)).toBe(0);
    expect(dragToImageX(NaN, 155, 310, 47)).toBe(0);
  });
});
