export default definePageConfig({
  usingComponents: {
    'eiam-bind-form': 'eiam-miniprogram-sdk/miniprogram_dist/components/eiam-bind-form/index',
  },
});
