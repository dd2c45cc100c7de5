// <eiam-captcha>: the slider jigsaw captcha. The page hands it the EiamClient with setClient(client); it emits
// `success` {captchaToken} or `fail` {error} (and then shows a new puzzle).
'use strict';
const { dragToImageX } = require('./drag-to-image-x');

const TEXTS = {
  zh: {
    title: '请拖动滑块完成拼图',
    image: '拼图验证图片',
    slider: '拼图滑块，向右拖动',
    refresh: '换一张',
    loading: '加载中…',
    failed: '验证未通过，请重试',
  },
  en: {
    title: 'Drag the slider to fit the piece',
    image: 'Puzzle image',
    slider: 'Puzzle slider, drag to the right',
    refresh: 'New puzzle',
    loading: 'Loading…',
    failed: 'Not quite, please try again',
  },
};

Component({
  properties: {
    /** The mobile or email the code will be sent to. */
    sender: { type: String, value: '' },
  },
  data: { t: TEXTS.zh, bg: '', piece: '', drag: 0, pieceWidth: 0, busy: false, message: '' },
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
          if (this.client === client) this.setData({ busy: false, message: client.describeError(error) });
        }
      );
    },
    onBgLoad(e) {
      this.natural = e.detail.width;
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
          // No documented code marks a wrong position: a bare refusal says "try again", any other shows its reason.
          const bare = error.code === 'API_ERROR' && !error.serverMessage;
          this.load(bare ? this.data.t.failed : client.describeError(error));
        }
      );
    },
  },
});
