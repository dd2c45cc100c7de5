import { wxCall } from './wx-call.js';
function wxLogin() {
    return {
        login: (timeout) => wxCall('login', { timeout }).then((res) => res.code),
    };
}
export { wxLogin };
