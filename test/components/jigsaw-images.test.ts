// The mock's slider puzzles, as its captcha route serves them: a jigsaw-shaped piece and the hole it fits, PNGs with
// alpha at AJ-Captcha's sizes (310 × 155 and 47 × 155).
import { decodePng, type Decoded } from './decode-png';
import { closeWorlds, world, type World } from '../support/harness';

afterAll(closeWorlds);

/** The piece's 47 × 47 box starts this far down in both images (the vendor's examples send y 5.0). */
const TOP = 5;
const PIECE = 47;

interface Puzzle {
  gap: number;
  bg: Decoded;
  piece: Decoded;
}

async function puzzle(w: World): Promise<Puzzle> {
  const p = await w.eiam.getCaptcha();
  return {
    gap: w.mock.captchaAnswer(p.token),
    bg: decodePng(p.originalImageBase64),
    piece: decodePng(p.jigsawImageBase64),
  };
}

let one: Puzzle;
/** Another puzzle whose hole is far from the first one's: there it shows the plain landscape. */
let other: Puzzle;
beforeAll(async () => {
  const w = await world();
  one = await puzzle(w);
  do other = await puzzle(w);
  while (Math.abs(other.gap - one.gap) < PIECE + 2);
});
const alpha = (x: number, y: number): number => one.piece.pixel(x, TOP + y)[3]!;

describe('the mock captcha images', () => {
  it('are a 310 × 155 background and a 47 × 155 strip', () => {
    expect([one.bg.width, one.bg.height, one.piece.width, one.piece.height]).toEqual([310, 155, 47, 155]);
  });

  it('cut a jigsaw piece, not a square: two round tabs, a round blank, transparent around it', () => {
    expect(alpha(19, 28)).toBe(255); // the body
    expect(alpha(19, 6)).toBe(255); // the tab on top
    expect(alpha(41, 28)).toBe(255); // the tab on the right
    expect(alpha(4, 28)).toBe(0); // the blank cut into the left side
    expect(alpha(34, 6)).toBe(0); // the body's top right corner, beside the top tab
    expect(one.piece.pixel(23, 120)[3]).toBe(0); // below the piece
    expect(one.piece.pixel(0, 0)[3]).toBe(0);
    // Anti-aliased: some edge pixels are partly transparent.
    let partial = 0;
    for (let y = 0; y < PIECE; y++)
      for (let x = 0; x < PIECE; x++) if (alpha(x, y) > 0 && alpha(x, y) < 255) partial++;
    expect(partial).toBeGreaterThan(40);
  });

  it('make the piece fit the hole: it carries the landscape cut out there, and only there is the background changed', () => {
    const { gap, bg, piece } = one;
    let inside = 0;
    const wrong: string[] = [];
    const sum = (p: number[]) => p[0]! + p[1]! + p[2]!;
    for (let y = 0; y < bg.height; y++) {
      for (let x = 0; x < PIECE; x++) {
        const [r, g, b, a] = piece.pixel(x, y);
        const hole = bg.pixel(gap + x, y);
        const landscape = other.bg.pixel(gap + x, y);
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
      [gap - 1, 20],
      [gap + PIECE, 20],
      [0, 154],
    ] as const)
      expect(bg.pixel(x, y)).toEqual(other.bg.pixel(x, y));
  });
});
