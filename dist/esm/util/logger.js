function createLogger(debug) {
    const sink = debug === true ? (line) => console.log(line) : debug;
    return {
        debug(line) {
            try {
                if (typeof sink === 'function')
                    sink('[eiam] ' + line);
            }
            catch (_a) {
            }
        },
    };
}
export { createLogger };
