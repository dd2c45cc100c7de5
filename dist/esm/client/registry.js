import { wxApp } from '../platform/wx-app.js';
import { wxAppLifecycle } from '../platform/wx-app-lifecycle.js';
import { wxDeviceInfo } from '../platform/wx-device.js';
import { wxStorage } from '../platform/wx-storage.js';
import { compareVersions } from '../util/version-compare.js';
import { readFingerprint } from './fingerprint.js';
import { getIdToken } from './id-token.js';
import { invalid } from './options.js';
import { SharedSession } from './shared-session.js';
const ENCRYPT_SINCE = '2.21.3';
let run;
const newApp = () => ({ sessions: new Map(), keys: new Map() });
const SETTINGS = [
    'clock',
    'deviceInfo',
    'appLifecycle',
    'codeCooldownMs',
    'mobileFormat',
];
function sharedSession(q, via) {
    const wx = wxApp();
    if (!run || run.wx !== wx)
        run = { wx, own: newApp(), byStorage: new WeakMap() };
    const storage = q.storage;
    let app = storage ? run.byStorage.get(storage) : run.own;
    if (!app)
        run.byStorage.set(storage, (app = newApp()));
    const owner = q.domain + ' ' + q.clientId;
    const holder = app.keys.get(q.storageKey);
    if (holder !== undefined && holder !== owner)
        throw invalid('storageKey');
    const key = owner + ' ' + q.storageKey;
    let s = app.sessions.get(key);
    if (s) {
        for (const name of SETTINGS) {
            if (q[name] !== undefined && q[name] !== s.settings[name])
                throw invalid(name);
        }
    }
    else {
        const settings = {
            clock: q.clock || { now: () => Date.now() },
            deviceInfo: q.deviceInfo || wxDeviceInfo(),
            appLifecycle: q.appLifecycle || wxAppLifecycle(),
            codeCooldownMs: q.codeCooldownMs === undefined ? 60000 : q.codeCooldownMs,
            mobileFormat: q.mobileFormat || 'national',
        };
        const given = q.storage;
        s = new SharedSession(settings, q, q.storageKey, (readDevice) => given || wxStorage(() => compareVersions(readDevice().sdkVersion || '0', ENCRYPT_SINCE) >= 0), via, (client) => getIdToken(client));
        app.sessions.set(key, s);
        app.keys.set(q.storageKey, owner);
    }
    const a = app;
    const session = s;
    return {
        s,
        fingerprint: () => a.fingerprint || (a.fingerprint = readFingerprint(session.storage, via.timeoutMs, via.logger)),
    };
}
export { sharedSession };
