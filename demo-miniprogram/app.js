// The demo's one EiamClient; pages reach it with getApp().eiam.
const { EiamClient } = require('eiam-miniprogram-sdk');
const config = require('./config');

App({
  eiam: new EiamClient({
    domain: config.domain,
    clientId: config.clientId,
    allowInsecureLoopback: config.allowInsecureLoopback,
    debug: config.debug,
  }),
  captcha: config.captcha,
});
