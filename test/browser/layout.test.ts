/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
/// <reference lib="dom" />
// The shipped components (miniprogram_dist/components) in a real Chromium, as WeChat's renderer draws them (wx-*
// elements, WXSS with the rpx rule), at 320 and 375 px, in Chinese and English. The browser is the one the project's
// global setup started (test/browser/global-setup.js). EIAM_LAYOUT_DIST=<dir> measures another build (the figures
// before the redesign); EIAM_LAYOUT_REPORT=1 prints the figures.
import path from 'path';
import { clearImmediate, setImmediate } from 'timers';
import { TextDecoder, TextEncoder } from 'util';

// jsdom has none of these; puppeteer's WebSocket (ws) and the SDK's node code need them.
Object.assign(globalThis, { setImmediate, clearImmediate, TextEncoder, TextDecoder });
/* eslint-disable @typescript-eslint/no-require-imports */
const testing = require('eiam-miniprogram-sdk/testing') as typeof import('eiam-miniprogram-sdk/testing');
(globalThis as unknown as { wx: unknown }).wx = testing.createWxFake().wx; // before simulate, which keeps it
const simulate = require('miniprogram-simulate') as typeof import('miniprogram-simulate');
const shots = require('../../scripts/shots/states') as typeof import('../../scripts/shots/states');
const { Screen } = require('../../scripts/shots/screen') as typeof import('../../scripts/shots/screen');
const { connectBrowser } =
  require('../../scripts/shots/browser') as typeof import('../../scripts/shots/browser');
/* eslint-enable @typescript-eslint/no-require-imports */
import type { Browser } from 'puppeteer-core';

const { SEL, MOBILE, tap, type, turn, settle, captchaOf, layOutCaptcha, dragKnob, releaseKnob } = shots;
const DIST = process.env.EIAM_LAYOUT_DIST
  ? path.resolve(process.env.EIAM_LAYOUT_DIST)
  : path.join(__dirname, '../../miniprogram_dist');
const states = shots.createStates({ simulate, isolate: (fn) => jest.isolateModules(fn), dist: DIST });

const MIN_TAP = 44;
const MIN_CONTRAST = 4.5;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
type Measured = Awaited<ReturnType<InstanceType<typeof Screen>['measure']>>;
interface Seen extends Measured {
  state: string;
}

let browser: Browser;
beforeAll(async () => {
  const ws = process.env.EIAM_BROWSER_WS;
  if (!ws)
    throw new Error('EIAM_BROWSER_WS is not set: run this test through jest.config.js (its browser project)');
  browser = (await connectBrowser(ws)) as Browser;
});
/** One screen (one browser tab, the font loaded once) per width, for every block of this file. */
const screens = new Map<number, InstanceType<typeof Screen>>();
function screenOf(width: number): InstanceType<typeof Screen> {
  if (!screens.has(width)) screens.set(width, new Screen(browser, { width }));
  return screens.get(width)!;
}
afterAll(async () => {
  await states.closeAll();
  for (const screen of screens.values()) await screen.close();
  if (browser) await browser.disconnect();
});

/** Whether the built form has this part (a feature of the redesign a build may not have). */
function has(comp: Any, selector: string): boolean {
  return !!comp.querySelector(selector);
}

/** Every state of the form a user meets, drawn and measured. */
async function measureStates(screen: InstanceType<typeof Screen>, lang: 'zh' | 'en'): Promise<Seen[]> {
  const seen: Seen[] = [];
  const look = async (state: string, form: Any) => {
    await screen.show(form.comp, { componentPath: form.componentPath });
    seen.push({ state, ...(await screen.measure()) });
  };
  const form: Any = await states.form({ lang, properties: { wechatPhone: true } });
  await look('phone tab', form);
  await tap(form.comp, SEL.submit);
  await look('errors', form);
  if (has(form.comp, SEL.agree)) await tap(form.comp, SEL.agree);
  await type(form.comp, SEL.value, MOBILE);
  await tap(form.comp, SEL.send);
  const captcha = await captchaOf(form.comp);
  await layOutCaptcha(screen, form, captcha);
  seen.push({ state: 'captcha', ...(await screen.measure()) });
  const answer = form.mock.captchaAnswer(captcha.instance.puzzle.token);
  await dragToImageX(screen, form, captcha, answer);
  await releaseKnob(captcha);
  await settle(() => !form.comp.querySelector(SEL.captcha), 'the captcha to close');
  await settle(() => form.comp.data.wait > 0, 'the countdown');
  await look('countdown', form);
  const tabs = form.comp.querySelectorAll(SEL.tab);
  if (tabs.length > 1) {
    tabs[1].dispatchEvent('tap');
    await turn();
    await look('email tab', form);
  }
  return seen;
}

/** Rectangles, by selector as rendered (simulate's scopes: `main--` for the form, `eiam-captcha--` inside it). */
async function rectOf(screen: InstanceType<typeof Screen>, selector: string) {
  const scoped = selector.startsWith('.eiam-captcha')
    ? `.eiam-captcha--${selector.slice(1)}`
    : `.main--${selector.slice(1)}`;
  type Rect = { left: number; top: number; width: number; height: number; right: number; bottom: number };
  const rects = ((await screen.rects([scoped])) as Record<string, Rect[]>)[scoped]!;
  if (!rects.length) throw new Error(`${selector} is not drawn`);
  return rects[0]!;
}

/**
 * Drags the knob until the piece's left edge is where image x `x` is drawn, by the component's own mapping from
 * finger to piece (measured at two drags: it is linear); leaves the finger down. Returns that drawn x.
 */
async function dragToImageX(screen: InstanceType<typeof Screen>, form: Any, captcha: Any, x: number) {
  const bg = await rectOf(screen, SEL.bg);
  const natural = captcha.instance.natural as number;
  const target = bg.left + (x * bg.width) / natural;
  const pieceLeftAt = async (dx: number) => {
    await dragKnob(captcha, dx);
    await screen.show(form.comp, { componentPath: form.componentPath });
    const left = (await rectOf(screen, SEL.piece)).left;
    await releaseCancel(captcha);
    return left;
  };
  const a = await pieceLeftAt(20);
  const b = await pieceLeftAt(60);
  const dx = 20 + ((target - a) * 40) / (b - a);
  await dragKnob(captcha, dx);
  await screen.show(form.comp, { componentPath: form.componentPath });
  return target;
}

/** Lets go of a probe drag without verifying it (as the system cancelling the touch does). */
async function releaseCancel(captcha: Any) {
  captcha.querySelector(SEL.knob).dispatchEvent('touchcancel', {});
  await turn();
}

const smallest = (seen: Seen[]) =>
  seen
    .flatMap((s) => s.taps.map((t) => ({ state: s.state, ...t, side: Math.min(t.width, t.height) })))
    .sort((x, y) => x.side - y.side)[0];
const lowest = (seen: Seen[]) =>
  seen
    .flatMap((s) =>
      s.texts.filter((t) => !t.disabled && t.ratio !== null).map((t) => ({ state: s.state, ...t })),
    )
    .sort((x, y) => x.ratio! - y.ratio!)[0];

describe.each([
  [320, 'zh'],
  [320, 'en'],
  [375, 'zh'],
  [375, 'en'],
] as const)('the bind form at %i px in %s', (width, lang) => {
  let seen: Seen[] = [];
  beforeAll(async () => {
    try {
      seen = await measureStates(screenOf(width), lang);
    } finally {
      await states.closeAll();
    }
    if (process.env.EIAM_LAYOUT_REPORT) {
      const taps = seen[0]!.taps.map((t) => `${t.label} ${t.width}×${t.height}`).join('; ');
      console.log(
        `${width} ${lang}`,
        JSON.stringify({ smallest: smallest(seen), lowest: lowest(seen) }),
        taps,
      );
    }
  }, 60000);

  it('draws every state', () => {
    expect(seen.map((s) => s.state)).toEqual(['phone tab', 'errors', 'captcha', 'countdown', 'email tab']);
  });

  it(`makes every tap target at least ${MIN_TAP} × ${MIN_TAP} px`, () => {
    const small = seen.flatMap((s) =>
      s.taps
        .filter((t) => t.width < MIN_TAP - 0.01 || t.height < MIN_TAP - 0.01)
        .map((t) => `${s.state}: "${t.label}" ${t.width} × ${t.height}`),
    );
    expect(seen.flatMap((s) => s.taps).length).toBeGreaterThan(0);
    expect(small).toEqual([]);
  });

  it('keeps tap targets apart: none overlaps another it is not part of', () => {
    expect(seen.flatMap((s) => s.overlaps.map((o) => `${s.state}: ${o}`))).toEqual([]);
  });

  it('keeps the text of every button on one line inside it', () => {
    const bad = seen.flatMap((s) =>
      s.buttons
        .filter((b) => b.overflows || b.lines > 1)
        .map((b) => `${s.state}: "${b.label}" ${b.overflows ? 'overflows' : `wraps to ${b.lines} lines`}`),
    );
    expect(seen.flatMap((s) => s.buttons).length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it(`draws all text at a contrast of at least ${MIN_CONTRAST}:1`, () => {
    const texts = seen.flatMap((s) =>
      s.texts.filter((t) => !t.disabled).map((t) => ({ state: s.state, ...t })),
    );
    const unknown = texts.filter((t) => t.ratio === null).map((t) => `${t.state}: "${t.text}"`);
    const low = texts
      .filter((t) => t.ratio !== null && t.ratio < MIN_CONTRAST)
      .map((t) => `${t.state}: "${t.text}" ${t.color} on ${t.background} = ${t.ratio}:1`);
    expect(texts.length).toBeGreaterThan(0);
    expect({ low, unknown }).toEqual({ low: [], unknown: [] });
  });
});

describe.each([320, 375])('the captcha sheet at %i px', (width) => {
  let screen: InstanceType<typeof Screen>;
  let form: Any;
  let captcha: Any;
  beforeEach(async () => {
    screen = screenOf(width);
    form = await states.form({ lang: 'zh' });
    if (has(form.comp, SEL.agree)) await tap(form.comp, SEL.agree);
    await type(form.comp, SEL.value, MOBILE);
    await tap(form.comp, SEL.send);
    captcha = await captchaOf(form.comp);
    await layOutCaptcha(screen, form, captcha);
  }, 30000);
  afterEach(() => states.closeAll());

  it('puts the piece within 1 px of the hole when dragged to the right answer, and the mock accepts it', async () => {
    const answer = form.mock.captchaAnswer(captcha.instance.puzzle.token);
    const hole = await dragToImageX(screen, form, captcha, answer);
    const piece = await rectOf(screen, SEL.piece);
    expect(Math.abs(piece.left - hole)).toBeLessThanOrEqual(1);
    await releaseKnob(captcha);
    await settle(() => !form.comp.querySelector(SEL.captcha), 'the captcha to be solved');
    expect(form.mock.requests.filter((r: Any) => /captcha\/verify/.test(r.path)).length).toBe(1);
  });

  it('keeps the knob inside the track at full drag', async () => {
    await dragKnob(captcha, 2000);
    await screen.show(form.comp, { componentPath: form.componentPath });
    const track = await rectOf(screen, SEL.track);
    const knob = await rectOf(screen, SEL.knob);
    expect(knob.left).toBeGreaterThan(track.left + track.width / 2); // it did move
    expect(knob.right).toBeLessThanOrEqual(track.right + 0.5);
    expect(knob.left).toBeGreaterThanOrEqual(track.left - 0.5);
  });
});

describe('consent', () => {
  it('sends no request while the agreement is unticked: send, submit and the phone-number button', async () => {
    const form: Any = await states.form({ lang: 'zh', properties: { wechatPhone: true } });
    expect(has(form.comp, SEL.agree)).toBe(true);
    const before = form.mock.requests.length;
    await type(form.comp, SEL.value, MOBILE);
    await type(form.comp, SEL.code, '123456');
    await tap(form.comp, SEL.send);
    await tap(form.comp, SEL.submit);
    await tap(form.comp, SEL.phone);
    await turn(50);
    expect(form.mock.requests.slice(before).map((r: Any) => r.path)).toEqual([]);
    expect(form.comp.querySelector(SEL.captcha)).toBeFalsy();
    expect(form.events).toEqual([]);
    // WeChat's own number dialog cannot open before the tick: the button has no getPhoneNumber open-type yet.
    const openType = form.comp
      .querySelector(SEL.phone)
      .toJSON()
      .attrs.find((a: Any) => a.name === 'openType');
    expect(openType && openType.value).not.toBe('getPhoneNumber');
    // Ticked, the same taps do send.
    await tap(form.comp, SEL.agree);
    await tap(form.comp, SEL.send);
    await settle(() => !!form.comp.querySelector(SEL.captcha), 'the captcha after ticking');
  });
});

describe("the page's WXSS, as WeChat's renderer applies it", () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { rpx, rpxToPx } = require('../../scripts/shots/rpx') as typeof import('../../scripts/shots/rpx');
  const { convertWxss } = require('../../scripts/shots/wxss') as typeof import('../../scripts/shots/wxss');
  /* eslint-enable @typescript-eslint/no-require-imports */

  it('converts rpx by the screen width, rounded down, a hairline to 1 px (0.5 px on iOS)', () => {
    expect([rpx(88, 375), rpx(88, 320), rpx(88, 414), rpx(750, 360), rpx(0, 375)]).toEqual([
      44, 37, 48, 360, 0,
    ]);
    expect([rpx(1, 375), rpx(1, 375, { ios: true }), rpx(-15, 375)]).toEqual([1, 0.5, -8]);
    expect(rpxToPx('margin: 0 32rpx -16rpx .5rpx', 375)).toBe('margin: 0 16px -8px 1px');
  });

  it('scopes class names as simulate renders them, and names built-in tags and :host as drawn', () => {
    const css = convertWxss('/* c */ :host { --x: 1 } .a .b--on, view > .c { width: 32rpx }', {
      width: 375,
      prefix: 'eiam-captcha',
      host: 'eiam-captcha',
    });
    expect(css).toBe(
      'eiam-captcha{ --x: 1 }\n.eiam-captcha--a .eiam-captcha--b--on, wx-view > .eiam-captcha--c{ width: 16px }',
    );
  });
});
