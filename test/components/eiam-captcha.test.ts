/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import simulate, {
  layoutWidth,
  load,
  render,
  sdkComponent,
  settle,
  textOf,
  turn,
  type Rendered,
} from './simulate';
import { errorMessage } from '../../src';
import { MOBILE } from '../support/fixtures';
import { closeWorlds, requestsTo, world, type World } from '../support/harness';

afterEach(closeWorlds);

/** The image's own width and the piece's, as the mock draws them. */
const NATURAL = 310;
const PIECE = 47;
/** The width the test "screen" shows the image at: half its natural width. */
const RENDERED = 155;
let rendered = RENDERED;
layoutWidth('eiam-captcha__bg', () => rendered);
afterEach(() => {
  rendered = RENDERED;
});

interface Events {
  success: Array<{ captchaToken: string }>;
  fail: Array<{ error: { code: string } }>;
}

async function shown(w: World, language?: string): Promise<{ comp: Rendered; events: Events }> {
  const eiam = language ? w.restart({ language }) : w.eiam;
  const comp = render(load(sdkComponent('eiam-captcha')), { sender: MOBILE });
  const events: Events = { success: [], fail: [] };
  comp.addEventListener('success', (e) => events.success.push(e.detail));
  comp.addEventListener('fail', (e) => events.fail.push(e.detail));
  comp.instance.setClient(eiam);
  await loaded(comp);
  return { comp, events };
}

/** Waits for a puzzle, then fires the images' load events as WeChat would, with their natural sizes. */
async function loaded(comp: Rendered): Promise<void> {
  await settle(() => !!comp.querySelector('.eiam-captcha__bg'), 'a puzzle');
  comp.querySelector('.eiam-captcha__bg')!.dispatchEvent('load', { detail: { width: NATURAL, height: 155 } });
  comp
    .querySelector('.eiam-captcha__piece')!
    .dispatchEvent('load', { detail: { width: PIECE, height: 155 } });
  await settle(() => comp.data.pieceWidth > 0, 'the layout');
}

async function drag(comp: Rendered, px: number): Promise<void> {
  const knob = comp.querySelector('.eiam-captcha__knob')!;
  knob.dispatchEvent('touchstart', { touches: [{ x: 20, y: 10 }] });
  knob.dispatchEvent('touchmove', { touches: [{ x: 20 + px / 2, y: 12 }] });
  knob.dispatchEvent('touchmove', { touches: [{ x: 20 + px, y: 14 }] });
  knob.dispatchEvent('touchend', { changedTouches: [{ x: 20 + px, y: 14 }] });
  await simulate.sleep(0);
}

function answerOf(w: World, comp: Rendered): number {
  return w.mock.captchaAnswer(comp.instance.puzzle.token);
}

describe('eiam-captcha', () => {
  it('shows the puzzle with accessible labels, in the client language', async () => {
    const w = await world();
    const { comp } = await shown(w, 'en');
    expect(textOf(comp, '.eiam-captcha__title')).toBe('Security check');
    expect(textOf(comp, '.eiam-captcha__hint')).toBe('Slide to fit the piece');
    // simulate renders no attributes: the labels the WXML binds to aria-label are read from the data.
    expect(comp.data.t.slider).toBe('Puzzle slider, drag to the right');
    expect(comp.data.bg).toMatch(/^data:image\/png;base64,iVBOR/);
    // The piece is drawn at the image's scale: 47 natural px at half size.
    expect(comp.data.pieceWidth).toBe(PIECE / 2);
    const zh = await shown(w);
    expect(textOf(zh.comp, '.eiam-captcha__refresh')).toBe('换一张');
  });

  it('maps the drag on the half-size image to the natural x and emits the captcha token', async () => {
    const w = await world();
    const { comp, events } = await shown(w);
    const answer = answerOf(w, comp);
    await drag(comp, answer / 2);
    await settle(() => events.success.length > 0, 'success');
    const [verify] = requestsTo(w.mock, '/captcha/verify');
    expect(JSON.parse((verify!.body as { point_json: string }).point_json).x).toBeCloseTo(answer, 0);
    expect((verify!.body as { sender: string }).sender).toBe(MOBILE);
    expect(events.success[0]!.captchaToken).toMatch(/^[0-9a-f]{32}---\{"x":[\d.]+,"y":5\.0\}$/); // the documented shape
    // The token really opens a send.
    w.mock.setOptions({ captchaRequired: true });
    await w.eiam.sendSmsCode({
      mobile: MOBILE,
      type: 'REGISTER_SMS',
      captchaToken: events.success[0]!.captchaToken,
    });
    expect(w.mock.lastCode(MOBILE)).toMatch(/^\d{6}$/);
  });

  it('never lets the slider run past the image, whatever the finger does', async () => {
    const w = await world();
    const { comp } = await shown(w);
    const knob = comp.querySelector('.eiam-captcha__knob')!;
    knob.dispatchEvent('touchstart', { touches: [{ x: 50, y: 0 }] });
    knob.dispatchEvent('touchmove', { touches: [{ x: 5000, y: 0 }] });
    await simulate.sleep(0);
    expect(comp.data.drag).toBe(RENDERED - PIECE / 2);
    knob.dispatchEvent('touchmove', { touches: [{ x: -5000, y: 0 }] });
    await simulate.sleep(0);
    expect(comp.data.drag).toBe(0);
  });

  it.each([287, 296, 343, 382])(
    'at %d px: the knob is as wide as the piece, ends at the track edge at full drag, and the piece lands on the answer',
    async (width) => {
      rendered = width;
      const w = await world();
      const { comp, events } = await shown(w);
      const knob = comp.querySelector('.eiam-captcha__knob')!;
      const pieceWidth = (PIECE * width) / NATURAL;
      expect(comp.data.pieceWidth).toBeCloseTo(pieceWidth, 9);
      expect(parseFloat((knob.dom as HTMLElement).style.width)).toBeCloseTo(pieceWidth, 3);
      knob.dispatchEvent('touchstart', { touches: [{ x: 10, y: 0 }] });
      knob.dispatchEvent('touchmove', { touches: [{ x: 5000, y: 0 }] });
      await simulate.sleep(0);
      // Full drag: the knob's right edge is the track's (the image's width), not a pixel past it.
      expect(comp.data.drag + comp.data.pieceWidth).toBeCloseTo(width, 9);
      // The hint in the track makes way for the knob once the drag starts.
      expect(textOf(comp, '.eiam-captcha__hint')).toBe('');
      knob.dispatchEvent('touchcancel', {});
      await simulate.sleep(0);
      const answer = answerOf(w, comp);
      await drag(comp, (answer * width) / NATURAL);
      await settle(() => events.success.length + events.fail.length > 0, 'the verify answer');
      const [verify] = requestsTo(w.mock, '/captcha/verify');
      expect(JSON.parse((verify!.body as { point_json: string }).point_json).x).toBeCloseTo(answer, 1);
      expect(events.fail).toEqual([]);
    },
  );

  it('keeps the stage at the image proportions, before and after the image loads', async () => {
    const w = await world();
    const comp = render(load(sdkComponent('eiam-captcha')), { sender: MOBILE });
    comp.instance.setClient(w.eiam);
    expect(comp.data.ratio).toBe(50);
    await settle(() => !!comp.querySelector('.eiam-captcha__bg'), 'a puzzle');
    comp.querySelector('.eiam-captcha__bg')!.dispatchEvent('load', { detail: { width: 320, height: 200 } });
    await turn();
    expect(comp.data.ratio).toBe(62.5);
  });

  it('emits close when its close button is tapped', async () => {
    const w = await world();
    const { comp } = await shown(w, 'en');
    const closes: unknown[] = [];
    comp.addEventListener('close', () => closes.push(1));
    expect(comp.data.t.close).toBe('Close');
    comp.querySelector('.eiam-captcha__close')!.dispatchEvent('tap');
    await turn();
    expect(closes).toHaveLength(1);
    expect(requestsTo(w.mock, '/captcha/verify')).toHaveLength(0);
  });

  it("never shows the server's English reason in the Chinese UI, but shows a Chinese one", async () => {
    const w = await world();
    const { comp, events } = await shown(w, 'zh_CN');
    const refuse = (message: string) =>
      w.mock.fault({
        path: '/captcha/verify',
        kind: 'status',
        status: 400,
        body: { error_code: 'IDAAS.SDK.COMMON.1002', error_msg: message },
      });
    refuse('sender parameter format incorrect');
    await drag(comp, answerOf(w, comp) / 2);
    await settle(() => events.fail.length === 1 && !comp.data.busy, 'a new puzzle');
    expect(textOf(comp, '.eiam-captcha__message')).toBe('验证未通过，请重试');
    refuse('sender 参数格式不正确');
    await loaded(comp);
    await drag(comp, answerOf(w, comp) / 2);
    await settle(() => events.fail.length === 2 && !comp.data.busy, 'another puzzle');
    expect(textOf(comp, '.eiam-captcha__message')).toBe('sender 参数格式不正确');
  });

  it('measures the image again when the window is resized (iPad, PC), so the drag maths stay right', async () => {
    const w = await world();
    const { comp, events } = await shown(w);
    rendered = NATURAL; // a wider window: the image is now shown at its natural width
    comp.triggerPageLifeTime('resize', { size: { windowWidth: 800, windowHeight: 600 } });
    await settle(() => comp.data.pieceWidth === PIECE, 'the new layout');
    const answer = answerOf(w, comp);
    await drag(comp, answer);
    await settle(() => events.success.length + events.fail.length > 0, 'the verify answer');
    const [verify] = requestsTo(w.mock, '/captcha/verify');
    expect(JSON.parse((verify!.body as { point_json: string }).point_json).x).toBeCloseTo(answer, 0);
    expect(events.fail).toEqual([]);
  });

  it('keeps the page under it from scrolling while the slider is dragged', async () => {
    const w = await world();
    const page = simulate.render(
      simulate.load({
        template:
          '<view bindtouchmove="onScroll"><eiam-captcha class="captcha" sender="{{sender}}" /></view>',
        usingComponents: { 'eiam-captcha': load(sdkComponent('eiam-captcha')) },
        data: { sender: MOBILE, scrolls: 0 },
        methods: {
          onScroll(this: { data: { scrolls: number }; setData(d: object): void }) {
            this.setData({ scrolls: this.data.scrolls + 1 });
          },
        },
      }),
    ) as unknown as Rendered;
    page.attach(document.createElement('parent-wrapper'));
    const comp = page.querySelector('.captcha')!;
    comp.instance.setClient(w.eiam);
    await loaded(comp);
    const knob = comp.querySelector('.eiam-captcha__knob')!;
    knob.dispatchEvent('touchstart', { touches: [{ x: 20, y: 10 }] });
    knob.dispatchEvent('touchmove', { touches: [{ x: 60, y: 14 }] });
    await simulate.sleep(0);
    expect(comp.data.drag).toBe(40);
    expect(page.data.scrolls).toBe(0);
  });

  it("emits fail on a wrong position, shows the server's word for it, and shows a new puzzle", async () => {
    const w = await world();
    const { comp, events } = await shown(w, 'en');
    const firstToken = comp.instance.puzzle.token;
    const answer = answerOf(w, comp);
    await drag(comp, (answer > 150 ? answer - 60 : answer + 60) / 2);
    await settle(() => events.fail.length > 0, 'fail');
    expect(events.fail[0]!.error.code).toBe('API_ERROR');
    expect(events.success).toHaveLength(0);
    await settle(() => !!comp.instance.puzzle && comp.instance.puzzle.token !== firstToken, 'a new puzzle');
    // No documented code marks a wrong position, so the server's message is shown, as describeError gives it.
    expect(textOf(comp, '.eiam-captcha__message')).toBe('captcha verification failed');
    expect(requestsTo(w.mock, '/captcha')).toHaveLength(2);
  });

  it('says "try again" when verify is refused without a server message', async () => {
    const w = await world();
    const { comp, events } = await shown(w, 'en');
    w.mock.fault({
      path: '/captcha/verify',
      kind: 'status',
      status: 400,
      body: { error_code: 'IDAAS.SDK.CAPTCHA.0001' },
    });
    await drag(comp, answerOf(w, comp) / 2);
    await settle(() => events.fail.length > 0, 'fail');
    await settle(() => !comp.data.busy, 'a new puzzle');
    expect(textOf(comp, '.eiam-captcha__message')).toBe('Not quite, please try again');
  });

  it("shows the server's reason when verify is refused for something no drag can fix", async () => {
    const w = await world();
    const { comp, events } = await shown(w, 'en');
    w.mock.fault({
      path: '/captcha/verify',
      kind: 'status',
      status: 400,
      body: { error_code: 'IDAAS.SDK.COMMON.1002', error_msg: 'sender parameter format incorrect' },
    });
    await drag(comp, answerOf(w, comp) / 2);
    await settle(() => events.fail.length > 0, 'fail');
    await settle(() => !comp.data.busy, 'a new puzzle');
    expect(events.fail[0]!.error).toMatchObject({ code: 'API_ERROR', serverCode: 'IDAAS.SDK.COMMON.1002' });
    expect(textOf(comp, '.eiam-captcha__message')).toBe('sender parameter format incorrect');
  });

  it('puts the slider back and verifies nothing when the system cancels the drag (a call comes in)', async () => {
    const w = await world();
    const { comp, events } = await shown(w);
    const knob = comp.querySelector('.eiam-captcha__knob')!;
    knob.dispatchEvent('touchstart', { touches: [{ x: 20, y: 10 }] });
    knob.dispatchEvent('touchmove', { touches: [{ x: 80, y: 14 }] });
    knob.dispatchEvent('touchcancel', { changedTouches: [{ x: 80, y: 14 }] });
    await simulate.sleep(0);
    expect(comp.data.drag).toBe(0);
    // The cancelled drag is over: a stray move or end moves nothing and sends nothing.
    knob.dispatchEvent('touchmove', { touches: [{ x: 90, y: 14 }] });
    knob.dispatchEvent('touchend', { changedTouches: [{ x: 90, y: 14 }] });
    await simulate.sleep(0);
    expect(comp.data.drag).toBe(0);
    // A new drag on the same puzzle still works, and is the only verify sent.
    await drag(comp, answerOf(w, comp) / 2);
    await settle(() => events.success.length + events.fail.length > 0, 'the verify answer');
    expect(events.fail).toEqual([]);
    expect(requestsTo(w.mock, '/captcha/verify')).toHaveLength(1);
  });

  it('loads a new puzzle on refresh', async () => {
    const w = await world();
    const { comp } = await shown(w);
    const firstToken = comp.instance.puzzle.token;
    comp.querySelector('.eiam-captcha__refresh')!.dispatchEvent('tap');
    await settle(() => !!comp.instance.puzzle && comp.instance.puzzle.token !== firstToken, 'a new puzzle');
    expect(requestsTo(w.mock, '/captcha')).toHaveLength(2);
  });

  it('shows the client message when the puzzle cannot be fetched', async () => {
    const w = await world();
    w.mock.fault({ path: '/captcha', kind: 'status', status: 503 });
    const comp = render(load(sdkComponent('eiam-captcha')), { sender: MOBILE });
    comp.instance.setClient(w.eiam);
    await settle(() => !comp.data.busy, 'the failure');
    expect(textOf(comp, '.eiam-captcha__message')).toBe(errorMessage('SERVER_ERROR', 'zh'));
    expect(comp.querySelector('.eiam-captcha__bg')).toBeUndefined();
  });

  it('drops an answer that arrives after it was detached', async () => {
    const w = await world();
    const { comp, events } = await shown(w);
    // The spy calls through to the mock: the test awaits the very answer the component waits for.
    const verify = jest.spyOn(w.eiam, 'verifyCaptcha');
    w.mock.fault({ path: '/captcha/verify', kind: 'delay', ms: 50 });
    await drag(comp, answerOf(w, comp) / 2);
    comp.detach();
    expect(verify).toHaveBeenCalledTimes(1);
    await expect(verify.mock.results[0]!.value).resolves.toMatch(/^[0-9a-f]{32}---/);
    await turn();
    expect(events.success).toHaveLength(0);
  });
});
