export default definePageConfig({
  navigationBarTitleText: 'Sign in',
  usingComponents: {
    'eiam-bind-form': 'eiam-miniprogram-sdk/miniprogram_dist/components/eiam-bind-form/index',
  },
});
