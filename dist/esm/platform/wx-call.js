function wxCall(api, options) {
    return new Promise((resolve, reject) => {
        options.success = resolve;
        options.fail = reject;
        wx[api](options);
    });
}
export { wxCall };
