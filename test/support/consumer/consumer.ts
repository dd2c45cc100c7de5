// An integrator's TypeScript file, type-checked against the shipped declarations alone (no wx typings).
import {
  EiamClient,
  isEiamError,
  decodeIdToken,
  type Session,
  type EiamErrorCode,
} from '../../../miniprogram_dist/index';

const eiam = new EiamClient({ domain: 'https://t.example.com', clientId: 'c', timeoutMs: 5000 });
export const pending = eiam
  .loginWithWeChat()
  .then((r) => {
    if (r.status === 'SUCCESS') {
      const s: Session = r.session;
      return decodeIdToken(s.idToken).sub;
    }
    return r.status === 'MFA_AUTH' ? 'mfa' : r.flows.join(',');
  })
  .catch((e: unknown) => {
    const code: EiamErrorCode | undefined = isEiamError(e) ? e.code : undefined;
    return code;
  });

// After sign-in: fresh id_tokens, calls to the app's backend, a custom show/hide seam.
const backend = new EiamClient({
  domain: 'https://t.example.com',
  clientId: 'c',
  allowedHosts: ['api.example.com'],
  authHeader: 'Authorization',
  authScheme: 'Bearer',
  appLifecycle: { subscribe: (onShow, onHide) => () => [onShow, onHide] },
});
export const me = backend
  .getIdToken()
  .then(() => backend.request({ url: 'https://api.example.com/me', method: 'PUT', data: { a: 1 } }))
  .then((res) => res.statusCode + String(res.data));
