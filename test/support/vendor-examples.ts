/**
 * The vendor's documented example answers, word for word as the pages print them (white space, elisions `…` and
 * all), each with the page it comes from. Pages are under https://open.bccastle.com/en/development/ (EIAM: `eiam/`,
 * CIAM: `ciam/api/v2/sdk/`); see /work/shared/reference/eiam-api.md (last section) and register-bind.md.
 *
 * The pages elide their tokens (`"eyJraWQn0.eyJpc3MiOiJodHR…g1A7jG8O0uw"`), so no example id_token can be decoded as
 * printed: {@link wholeIdToken} stands in for one, keeping the white space around it and the claims the page shows.
 * Anything here that is not the vendor's own words says so where it is.
 */

/** An example answer: the HTTP status and the JSON body as printed. */
export interface VendorExample {
  page: string;
  status: number;
  body: string;
}

function example(page: string, status: number, body: string): VendorExample {
  return { page, status, body };
}

/** EIAM applets/login-by-wechat-mini.html, Success Example 1 (matched user). */
export const LOGIN_SUCCESS = example(
  'eiam/applets/login-by-wechat-mini.html',
  200,
  `{
"session_token": "btsiBjx85prcZu6I6Ki057Tmw3nSF2VO",
"expire": 432000,
"status": "SUCCESS",
"id_token": "eyJraWQn0.eyJpc3MiOiJodHR…g1A7jG8O0uw"
}`,
);

/** EIAM applets/login-by-wechat-mini.html, Success Example 2 (auto-registration and binding). */
export const LOGIN_USER_REGISTER = example(
  'eiam/applets/login-by-wechat-mini.html',
  200,
  `{
"state_token": "eyJhbGcCJ9.eyJzdWMCJ9…tL2VPS8",
"data": "{\\"socialBindOrRegisterFlow\\":[\\"VERIFY_PHONE\\",\\"VERIFY_EMAIL\\"]}",
"status": "USER_REGISTER"
}`,
);

/** EIAM applets/login-by-wechat-mini.html, Success Example 3 (binding): a leading space in the token and the status. */
export const LOGIN_SOCIAL_BIND = example(
  'eiam/applets/login-by-wechat-mini.html',
  200,
  `{
"state_token": " eyJhbGcCJ9.eyJzdWMCJ9…tL2VPS8",
"data": "{\\"socialBindOrRegisterFlow\\":[\\"VERIFY_PHONE\\",\\"VERIFY_EMAIL\\"]}",
"status": " SOCIAL_BIND"
}`,
);

/** EIAM applets/bind-wechat-mobile-at-login-or-register.html, Success Example: a leading space in the id_token. */
export const WECHAT_MOBILE_REGISTER_BIND_SUCCESS = example(
  'eiam/applets/bind-wechat-mobile-at-login-or-register.html',
  200,
  `{
    "session_token": "btsiBjx85prcZu6I6Ki057Tmw3nSF2VO",
    "expire": 432000,
    "status": "SUCCESS",
    "id_token": " eyJraWQn0.eyJpc3MiOiJodHR…g1A7jG8O0uw"
}`,
);

/** The seed page (register-bind.md, EIAM social/register-bind), Success Example. */
export const REGISTER_BIND_SUCCESS = example(
  'eiam/applets/bind-mobile-at-login-or-register.html (register-bind.md)',
  200,
  `{
"session_token": "btsiBjx85prcZu6I6Ki057Tmw3nSF2VO",
"expire": 432000,
"status": "SUCCESS",
"id_token": "eyJraWQn0.eyJpc3MiOiJodHR…g1A7jG8O0uw"
}`,
);

/** The seed page and every EIAM applets bind page, Error Example. */
export const STATE_TOKEN_ERROR = example(
  'eiam/applets/bind-wechat-mobile-at-login-or-register.html (and register-bind.md)',
  400,
  `{
    "error_code": "IDAAS.SDK.COMMON.1007",
    "error_msg": "state_token parameter error"
}`,
);

/** EIAM userapi/captcha/captcha.html, Success Example: a non-empty secretKey. */
export const CAPTCHA = example(
  'eiam/userapi/captcha/captcha.html',
  200,
  `{
"captchaId": null,
"projectCode": null,
"captchaOriginalPath": null,
"captchaFontType": null,
"captchaFontSize": null,
"secretKey": "yMXC583dP4R7uhmq",
"originalImageBase64": "iVBORw0KGgoAAAANSUhEUgAAATYABj/WRVk78AAAAASUVORK5CYII=",
"point": null,
"jigsawImageBase64": "iVBORw0KGgoAAAANSUhEUgADcAAAAASUVORK5CYII=",
"wordList": null,
"pointList": null,
"pointJson": null,
"token": "389c21b32a8e4eba9a6d75b71150bfd1",
"result": false,
"captchaVerification": null
}`,
);

/** EIAM userapi/captcha/captcha.html, Error Example. */
export const CAPTCHA_ERROR = example(
  'eiam/userapi/captcha/captcha.html',
  400,
  `{
"error_code": "SDK.COMMON.1001",
"error_msg": "Parameter X-client-id cannot be left blank."
}`,
);

/**
 * EIAM userapi/captcha (verify): the documented captcha_token, as eiam-api.md quotes it. The body around it is the
 * endpoint table's `{captcha_token}` (our wording, not the page's).
 */
export const CAPTCHA_VERIFY = example(
  'eiam/userapi/captcha/smssend.html (captcha_token example)',
  200,
  `{"captcha_token": "71dd26999e314f9abb0c635336976635---{\\"x\\":237.0,\\"y\\":5.0}"}`,
);

/** EIAM userapi mobile-by-token (as eiam-api.md's endpoint table gives it): the full number, not masked. */
export const MOBILE_BY_TOKEN = example(
  'eiam/userapi/mfa (mobile-by-token)',
  200,
  `{"mobile": "+86-15201657124"}`,
);

/** EIAM userapi/mfa/smsmfa.html, Request Body Example: the national form on the wire. */
export const MFA_SMS_REQUEST = `{
"mobile": "15201657312",
"verify_code": "123456"
}`;

/**
 * EIAM userapi/mfa/smsmfa.html (and emsmfa.html), Success Example. The stored copy of the page cuts the id_token
 * after `…LCJzdWIiOiJzdWJqZWN0IiwiYXBpIjoie1wibmFtZVwiOlwiXCIsXC`, which decodes to
 * {@link MFA_ID_TOKEN_CLAIMS} up to `"api":"{\"name\":\"\",`; the test uses {@link wholeIdToken} in its place.
 */
export const MFA_SMS_SUCCESS = example(
  'eiam/userapi/mfa/smsmfa.html',
  200,
  `{
"status": "SUCCESS",
"expire": 43200,
"session_token": "LGTiTNVDFPlpefV3F3Hla7RUFTqInsqa",
"id_token": "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJpc3MiOiJJc3N1ZXIiLCJhdWQiOiJBdWRpZW5jZSIsImV4cCI6MTY1MzQ4NDQxMiwianRpIjoieUxSVGZXY1VkYk9PeUFpbHdZU0ZqZyIsImlhdCI6MTY1MzQ2NjQxMiwibmJmIjoxNjUzNDY2MjkyLCJzdWIiOiJzdWJqZWN0IiwiYXBpIjoie1wibmFtZVwiOlwiXCIsXC"
}`,
);

/**
 * The MFA example id_token's claims as far as the page's text goes (header `{"kid":"k1","alg":"RS256"}`). The `api`
 * string is completed after `"name":""` with fields the page does not show (OUR completion: `userName`, `mobile`).
 */
export const MFA_ID_TOKEN_CLAIMS = {
  iss: 'Issuer',
  aud: 'Audience',
  exp: 1653484412,
  jti: 'yLRTfWcUdbOOyAilwYSFjg',
  iat: 1653466412,
  nbf: 1653466292,
  sub: 'subject',
  api: '{"name":"","userName":"zhangsan","mobile":"+86-15201657312"}',
};

/** CIAM user-self-service/refresh-id-token-by-session-token.html, Success Example. */
export const REFRESH_SUCCESS = example(
  'ciam/api/v2/sdk/user-self-service/refresh-id-token-by-session-token.html',
  200,
  `{
    "session_token":"nRUxqRE5TSlQwd3NBIiwiaW",
    "expire": 604800,
    "id_token": "eyJraWQiOiI0NjJXEuY29tIn0.Jz3pZhvpVQDK99SSwR_SnJE1w0.69wHREjAhMw4Q2uo7CX"
}`,
);

/** CIAM user-self-service/refresh-id-token-by-session-token.html, Error Example. */
export const REFRESH_ERROR = example(
  'ciam/api/v2/sdk/user-self-service/refresh-id-token-by-session-token.html',
  400,
  `{
    "error_code": "IDAAS.SDK.PARAM.0023",
    "error_msg": "Invalid or expired session token"
}`,
);

/**
 * The flat claims of the EIAM refresh page's example id_token (eiam/userapi/token/session-token-id-token.html, as
 * eiam-api.md summarises it: `sub` the user name, `nbf` = `iat` - 120, `exp` = `iat` + 7200). The values are ours.
 */
export const REFRESH_ID_TOKEN_CLAIMS = {
  id: '20220525110842287-8C5C-2D3D6D6E3',
  name: '管理员',
  userName: 'admin',
  mobile: '+86-15201657124',
  email: 'admin@example.com',
  iss: 'https://tenant.bccastle.com/api/v1/oauth2',
  aud: 'nTo1eRIub60vPb54WeE6aojPwYwImtl4',
  sub: 'admin',
  iat: 1653466412,
  nbf: 1653466292,
  exp: 1653473612,
};

/**
 * Error answers from EIAM userapi/returncode.html and the third-party client eiam-api.md cites. The table gives
 * templates (`{0}`): the texts below fill them in, in the table's words ("剩余登录尝试次数:N" is the production text
 * the third-party client saw; the lock-out's Chinese text is not published, so it is the English template).
 */
export const RETURN_CODES = {
  notBound: example(
    'eiam/userapi/returncode.html',
    400,
    `{"error_code":"SDK.LOGIN.1002","error_msg":"user not bound"}`,
  ),
  locked: example(
    'eiam/userapi/returncode.html',
    400,
    `{"error_code":"SDK.LOGIN.1003","error_msg":"locked after too many failures, unlocks in 29 min 59 s"}`,
  ),
  wrongPassword: example(
    'eiam/userapi/returncode.html + third-party client (production)',
    400,
    `{"error_code":"SDK.LOGIN.1005","error_msg":"剩余登录尝试次数:4"}`,
  ),
  busy: example(
    'eiam/userapi/returncode.html',
    500,
    `{"error_code":"SDK.COMMON.1008","error_msg":"system busy"}`,
  ),
};

/**
 * An example's body with each elided token made whole: an `id_token` becomes `idToken` (unsigned claims of the
 * page), any other token loses its `…` (an ASCII run takes its place). White space around the tokens is kept.
 */
export function unelided(
  ex: VendorExample,
  idToken: string,
): { statusCode: number; data: string; header: Record<string, string> } {
  const body = ex.body
    .replace(
      /("id_token":\s*")(\s*)[^"]*"/,
      (_m, head: string, space: string) => `${head}${space}${idToken}"`,
    )
    .replace(/…/g, 'x');
  return { statusCode: ex.status, data: body, header: {} };
}

/** An unsigned RS256-shaped JWT with these claims and `{"kid":"k1","alg":"RS256"}` (decoding never checks signatures). */
export function wholeIdToken(claims: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ kid: 'k1', alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`;
}
