// Home: who is signed in (the decoded id_token claims), refresh the id_token, sign out.
Component({
  data: { signedIn: false, claims: [], expiresAt: '', error: '' },
  lifetimes: {
    attached() {
      const eiam = getApp().eiam;
      this.off = eiam.onSessionChange((session) => this.show(session));
      eiam.getSession().then((session) => this.show(session));
    },
    detached() {
      this.off();
    },
  },
  methods: {
    show(session) {
      const claims = session ? session.claims : {};
      this.setData({
        signedIn: !!session,
        claims: Object.keys(claims).map((key) => ({ key, value: JSON.stringify(claims[key]) })),
        expiresAt: session ? new Date(session.expiresAt).toISOString() : '',
        // Signed in (again): why the last session ended is old news. Signed out: the reason stays on screen.
        error: session ? '' : this.data.error,
      });
    },
    signIn() {
      if (this.opening) return; // a second tap while the sign-in page opens
      this.opening = true;
      wx.navigateTo({ url: '/pages/sign-in/index', complete: () => (this.opening = false) });
    },
    refresh() {
      const eiam = getApp().eiam;
      eiam.refreshIdToken().then(
        () => this.setData({ error: '' }),
        (e) => this.setData({ error: eiam.describeError(e) }),
      );
    },
    signOut() {
      getApp().eiam.logout();
    },
  },
});
