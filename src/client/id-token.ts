import { endsSession } from '../api/answer-error';
import { ENDPOINTS } from '../api/endpoints';
import { processIdTokenResponse } from '../api/process-misc';
import { EiamError } from '../errors/eiam-error';
import { refreshedExpiry } from '../session/margin';
import { Session } from '../session/session';
import { mayCarryToken, type AppRequestOptions, type AppResponse } from './app-request';
import { guard, refuses, signedOutMeanwhile, timeoutMs } from './checks';
import type { ClientCore } from './core';
import { invalid } from './options';

const idTokenOf = (session: Session): string => session.idToken;

/** Trades the session_token for a fresh id_token; one refresh for every client of the session. */
export function refreshIdToken(c: ClientCore): Promise<Session> {
  const s = c.s;
  const keeper = s.keeper;
  return s.flights.run('refresh ' + s.epoch, () =>
    keeper.get(true, c).then((before) =>
      c.requester
        .call(ENDPOINTS.idToken, processIdTokenResponse, undefined, { sessionToken: before!.sessionToken })
        .then(
          (grant) => {
            if (keeper.peek() !== before) throw signedOutMeanwhile();
            const renewed = grant.renewed;
            return s.keep(
              new Session(
                renewed ? renewed.sessionToken : before!.sessionToken,
                grant.idToken,
                refreshedExpiry(before!, renewed, s.settings.clock.now()),
                grant.claims,
              ),
              'REFRESHED',
              c,
            );
          },
          (e: EiamError) => {
            // A definite refusal of the session_token (never a network error, 5xx or 429) signs out.
            if ((endsSession(e) || refuses(e, 'session')) && keeper.peek() === before) {
              return keeper.set(null, 'EXPIRED', c).then(() => {
                throw new EiamError('SESSION_EXPIRED', e);
              });
            }
            throw e;
          },
        ),
    ),
  );
}

/** A raw id_token with more than its safety margin of life left; one refresh for every client of the session. */
export function getIdToken(c: ClientCore): Promise<string> {
  const s = c.s;
  return s.flights.run('id ' + s.epoch, () =>
    s.keeper
      .get(true, c)
      .then((session) => (s.fresh(session!) ? session!.idToken : refreshIdToken(c).then(idTokenOf))),
  );
}

/** `wx.request` to the app's own backend with a fresh id_token; see `EiamClient.request`. */
export function request(c: ClientCore, options: AppRequestOptions): Promise<AppResponse> {
  return guard(() => {
    const o = options || ({} as AppRequestOptions);
    if (!mayCarryToken(o.url, c.hosts, c.insecure)) throw invalid('url');
    const method = String(o.method || 'GET').toUpperCase() as AppRequestOptions['method'] & string;
    if (!/^(GET|HEAD|OPTIONS|P(OS|U)T|DELETE|TRACE|CONNECT)$/.test(method)) throw invalid('method');
    const timeout = timeoutMs(o.timeout, c.timeoutMs, 'timeout');
    const send = (token: string): Promise<AppResponse> => {
      const header: Record<string, string> = Object.assign({}, o.header);
      for (const name in header) if (name.toLowerCase() === c.authHeader.toLowerCase()) delete header[name];
      header[c.authHeader] = c.authPrefix + token;
      return c.requester.send(
        Object.assign({}, o, { method, header, timeout, dataType: o.dataType || 'json' }),
      );
    };
    return getIdToken(c).then((sent) =>
      send(sent).then((res) => {
        if (res.statusCode !== 401) return res;
        // Refresh once, unless another call already replaced the token that was refused.
        const held = c.s.keeper.peek();
        const next =
          held && held.idToken !== sent ? Promise.resolve(held.idToken) : refreshIdToken(c).then(idTokenOf);
        if (o.repeatOn401 || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method)) return next.then(send);
        // Not repeated: the 401 is the answer once the refresh has settled (a refresh that meets a network or server
        // error must not turn a refusal into an unknown outcome); one that ends the session rejects, as everywhere.
        return next.then(
          () => res,
          (error: EiamError) => {
            if (error.code === 'SESSION_EXPIRED' || error.code === 'NO_SESSION') throw error;
            return res;
          },
        );
      }),
    );
  });
}
