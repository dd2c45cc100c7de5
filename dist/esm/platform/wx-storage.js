import { wxCall } from './wx-call.js';
function wxStorage(encrypt) {
    return {
        get: (key) => wxCall('getStorage', { key, encrypt: encrypt() }).then((res) => (res.data === null ? '' : res.data), (err) => (/not found/.test(err.errMsg) ? null : Promise.reject(err))),
        set: (key, data) => wxCall('setStorage', { key, data, encrypt: encrypt() }),
        remove: (key) => wxCall('removeStorage', { key }),
    };
}
export { wxStorage };
