import { failureOf } from '../../src/platform/wx-transport';

describe('the kind of a wx.request failure, from its errMsg', () => {
  it.each([
    // No connection was ever made: safe to send again.
    ['request:fail net::ERR_INTERNET_DISCONNECTED', 'not-sent'],
    ['request:fail net::ERR_NAME_NOT_RESOLVED', 'not-sent'],
    ['request:fail net::ERR_CONNECTION_REFUSED', 'not-sent'],
    ['request:fail net::ERR_ADDRESS_UNREACHABLE', 'not-sent'],
    ['request:fail net::ERR_CONNECTION_TIMED_OUT', 'not-sent'],
    ['request:fail network is down', 'not-sent'],
    // Timed out once connected: the request may have arrived.
    ['request:fail timeout', 'timeout'],
    ['request:fail net::ERR_TIMED_OUT', 'timeout'],
    ['request:fail The request timed out.', 'timeout'],
    ['request:fail interrupted', 'interrupted'],
    // Anything else: a transport error whose outcome is unknown.
    ['request:fail net::ERR_CONNECTION_RESET', 'network'],
    ['request:fail ssl hand shake error', 'network'],
    ['request:fail', 'network'],
  ])('%j is %s', (errMsg, kind) => {
    expect(failureOf(errMsg)).toEqual({ transportFailure: kind, errMsg });
  });
});
