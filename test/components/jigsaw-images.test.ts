// The mock's slider puzzles: a jigsaw-shaped piece and the hole it fits, as PNGs with alpha at AJ-Captcha's sizes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const images = require('../../testing/mock-idaas/captcha-images') as {
  renderCaptcha(gapX: number): { originalImageBase64: string; jigsawImageBase64: string };
  WIDTH: number;
  HEIGHT: number;
  PIECE: number;
  PIECE_TOP: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { decodePng } = require('../../testing/mock-idaas/png') as {
  decodePng(buf: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] };
};

const decode = (base64: string) => decodePng(Buffer.from(base64, 'base64'));
const GAP = 120;
const puzzle = images.renderCaptcha(GAP);
const bg = decode(puzzle.originalImageBase64);
const piece = decode(puzzle.jigsawImageBase64);
/** The same landscape with the hole far away: what the background looks like where the hole is not. */
const plain = decode(images.renderCaptcha(250).originalImageBase64);
const alpha = (x: number, y: number): number => piece.pixel(x, images.PIECE_TOP + y)[3]!;

describe('the mock captcha images', () => {
  it('are a 310 × 155 background and a 47 × 155 strip', () => {
    expect([bg.width, bg.height, piece.width, piece.height]).toEqual([310, 155, 47, 155]);
  });

  it('cut a jigsaw piece, not a square: two round tabs, a round blank, transparent around it', () => {
    expect(alpha(19, 28)).toBe(255); // the body
    expect(alpha(19, 6)).toBe(255); // the tab on top
    expect(alpha(41, 28)).toBe(255); // the tab on the right
    expect(alpha(4, 28)).toBe(0); // the blank cut into the left side
    expect(alpha(34, 6)).toBe(0); // the body's top right corner, beside the top tab
    expect(piece.pixel(23, 120)[3]).toBe(0); // below the piece
    expect(piece.pixel(0, 0)[3]).toBe(0);
    // Anti-aliased: some edge pixels are partly transparent.
    let partial = 0;
    for (let y = 0; y < 47; y++)
      for (let x = 0; x < 47; x++) if (alpha(x, y) > 0 && alpha(x, y) < 255) partial++;
    expect(partial).toBeGreaterThan(40);
  });

  it('make the piece fit the hole: it carries the landscape cut out there, and only there is the background changed', () => {
    let inside = 0;
    const wrong: string[] = [];
    const sum = (p: number[]) => p[0]! + p[1]! + p[2]!;
    for (let y = 0; y < images.HEIGHT; y++) {
      for (let x = 0; x < images.PIECE; x++) {
        const [r, g, b, a] = piece.pixel(x, y);
        const hole = bg.pixel(GAP + x, y);
        const landscape = plain.pixel(GAP + x, y);
        if (a === 0) {
          if (hole.join() !== landscape.join()) wrong.push(`changed outside the piece at ${x},${y}`);
        } else if (a === 255 && [r, g, b].join() === landscape.slice(0, 3).join()) {
          // Inside the piece, off its rim: the piece shows the landscape, the hole is darker.
          inside++;
          if (sum(hole) > sum(landscape) - 100) wrong.push(`no hole under the piece at ${x},${y}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(inside).toBeGreaterThan(900);
    // Outside the strip the two backgrounds are the same landscape.
    for (const [x, y] of [
      [GAP - 1, 20],
      [GAP + images.PIECE, 20],
      [10, 10],
    ] as const)
      expect(bg.pixel(x, y)).toEqual(plain.pixel(x, y));
  });
});
