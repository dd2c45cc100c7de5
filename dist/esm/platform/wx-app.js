const NO_WX = {};
function wxApp() {
    return typeof wx === 'object' && wx ? wx : NO_WX;
}
export { wxApp };
