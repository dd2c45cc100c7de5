function withTimeout(promise, ms, onTimeout) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(onTimeout()), ms);
        promise.then(resolve, reject).then(() => clearTimeout(timer));
    });
}
export { withTimeout };
