export default defineAppConfig({
  pages: ['pages/sign-in/index'],
  window: { navigationBarTitleText: 'eiam fixture' },
});
