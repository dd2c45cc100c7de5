// <eiam-captcha>: the slider jigsaw captcha, as a sheet over the page. The page hands it the EiamClient with
// setClient(client); it emits `success` {captchaToken}, `fail` {error} (and then shows a new puzzle), and `close`
// when the user closes it (the page removes it).
// Layout (index.wxml): the mask catches touchmove, so the page under the sheet never scrolls; the knob is as wide as
// the piece and right under it, so at full drag both end at the image's right edge.
'use strict';
const { dragToImageX } = require('./drag-to-image-x');

const TEXTS = {
  zh: {
    title: '安全验证',
    hint: '向右拖动滑块完成拼图',
    image: '拼图验证图片',
    slider: '拼图滑块，向右拖动',
    refresh: '换一张',
    close: '关闭',
    loading: '加载中…',
    failed: '验证未通过，请重试',
  },
  en: {
    title: 'Security check',
    hint: 'Slide to fit the piece',
    image: 'Puzzle image',
    slider: 'Puzzle slider, drag to the right',
    refresh: 'New puzzle',
    close: 'Close',
    loading: 'Loading…',
    failed: 'Not quite, please try again',
  },
};

/** The client's text for an error, but never the server's in another language than the UI's: then `fallback`. */
function say(client, error, fallback) {
  const text = client.describeError(error);
  const zh = /[\u3400-\u9fff]/.test(text);
  return text === (error && error.serverMessage) && zh !== (client.uiLanguage() === 'zh') ? fallback : text;
}

Component({
  properties: {
    /** The mobile or email the code will be sent to. */
    sender: { type: String, value: '' },
  },
  data: { t: TEXTS.zh, bg: '', piece: '', ratio: 50, drag: 0, pieceWidth: 0, busy: false, message: '' },
  lifetimes: {
    detached() {
      this.client = null; // answers that arrive later are dropped
    },
  },
  pageLifetimes: {
    // A window resized (iPad, PC) shows the image at another width: the drag maths need the new one.
    resize() {
      this.measure();
    },
  },
  methods: {
    /** Takes the page's EiamClient and loads a puzzle. */
    setClient(client) {
      this.client = client;
      this.setData({ t: TEXTS[client.uiLanguage()] || TEXTS.en });
      this.load('');
    },
    noop() {},
    close() {
      this.triggerEvent('close');
    },
    refresh() {
      if (!this.data.busy) this.load('');
    },
    load(message) {
      const client = this.client;
      if (!client) return;
      this.puzzle = null;
      this.natural = this.pieceNatural = this.rendered = 0;
      this.setData({
        busy: true,
        drag: 0,
        pieceWidth: 0,
        bg: '',
        piece: '',
        message: message || this.data.t.loading,
      });
      client.getCaptcha().then(
        (puzzle) => {
          if (this.client !== client) return;
          this.puzzle = puzzle;
          this.setData({
            busy: false,
            message: message,
            bg: 'data:image/png;base64,' + puzzle.originalImageBase64,
            piece: 'data:image/png;base64,' + puzzle.jigsawImageBase64,
          });
        },
        (error) => {
          if (this.client === client) this.setData({ busy: false, message: say(client, error, this.data.t.failed) });
        }
      );
    },
    onBgLoad(e) {
      this.natural = e.detail.width;
      // The stage keeps the image's own proportions (310 × 155 in the common implementation).
      if (e.detail.height > 0) this.setData({ ratio: (e.detail.height * 100) / this.natural });
      this.measure();
    },
    onPieceLoad(e) {
      this.pieceNatural = e.detail.width;
      this.measure();
    },
    measure() {
      if (!this.natural || !this.pieceNatural) return;
      this.createSelectorQuery()
        .select('.eiam-captcha__bg')
        .boundingClientRect((rect) => {
          this.rendered = (rect && rect.width) || this.natural;
          this.setData({ pieceWidth: (this.pieceNatural * this.rendered) / this.natural });
        })
        .exec();
    },
    onStart(e) {
      if (this.puzzle && this.rendered && !this.data.busy)
        this.startX = e.touches[0].clientX - this.data.drag;
    },
    onMove(e) {
      if (this.startX === undefined) return;
      const max = this.rendered - this.data.pieceWidth;
      this.setData({ drag: Math.max(0, Math.min(max, e.touches[0].clientX - this.startX)) });
    },
    /** A drag the system cancelled (a call, a system gesture): the knob goes back, nothing is verified. */
    onCancel() {
      if (this.startX === undefined) return;
      this.startX = undefined;
      this.setData({ drag: 0 });
    },
    onEnd() {
      if (this.startX === undefined) return;
      this.startX = undefined;
      const client = this.client;
      const x = dragToImageX(this.data.drag, this.rendered, this.natural, this.pieceNatural);
      if (!client || !x) return;
      this.setData({ busy: true });
      client.verifyCaptcha({ token: this.puzzle.token, x: x, sender: this.data.sender }).then(
        (captchaToken) => {
          if (this.client !== client) return;
          this.setData({ busy: false });
          this.triggerEvent('success', { captchaToken: captchaToken });
        },
        (error) => {
          if (this.client !== client) return;
          this.setData({ busy: false });
          this.triggerEvent('fail', { error: error });
          // No documented code marks a wrong position: a bare refusal says "try again", any other shows its reason,
          // in the UI's language.
          const failed = this.data.t.failed;
          this.load(error.code === 'API_ERROR' && !error.serverMessage ? failed : say(client, error, failed));
        }
      );
    },
  },
});
