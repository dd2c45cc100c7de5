// After signing in: back to the page that opened sign-in, or to the home page when there is none (sign-in was
// opened with wx.redirectTo or wx.reLaunch, or as the entry page: WeChat refuses to go back from the first page).
module.exports = function backOrHome() {
  if (getCurrentPages().length > 1) wx.navigateBack();
  else wx.reLaunch({ url: '/pages/home/index' });
};
