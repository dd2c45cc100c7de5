// pages/sign-in/index.js
/* global Component, getApp */
Component({
  data: { bind: false, flows: [] },
  methods: {
    login() {
      const { eiam } = getApp();
      eiam.loginWithWeChat().then((r) => {
        if (r.status === 'SOCIAL_BIND' || r.status === 'USER_REGISTER')
          this.setData({ bind: true, flows: r.flows }, () => this.selectComponent('#bind').setClient(eiam));
      });
    },
  },
});
