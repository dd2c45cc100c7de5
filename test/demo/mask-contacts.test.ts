// The demo runner masks what it prints with the SDK's own maskMobile / maskEmail.
import { maskEmail, maskMobile } from '../../src';
import { EMAIL, FOREIGN_MOBILE, MOBILE, MOBILE_E164, MOBILE_KEY } from '../support/fixtures';
/* eslint-disable @typescript-eslint/no-require-imports -- the demo runner's plain-JS helper */
const { maskContacts } =
  require('../../scripts/demo/mask-contacts') as typeof import('../../scripts/demo/mask-contacts');
/* eslint-enable @typescript-eslint/no-require-imports */

describe('maskContacts', () => {
  it('masks every phone number and email in a line, as the SDK masks them', () => {
    const line = `mobile="${MOBILE_KEY}", name="${MOBILE}", phone_number="${MOBILE_E164}", other="${FOREIGN_MOBILE}", email="${EMAIL}"`;
    expect(maskContacts(line)).toBe(
      `mobile="${maskMobile(MOBILE_KEY)}", name="${maskMobile(MOBILE)}", phone_number="${maskMobile(MOBILE_E164)}", ` +
        `other="${maskMobile(FOREIGN_MOBILE)}", email="${maskEmail(EMAIL)}"`,
    );
    expect(maskContacts(`Type the mobile ${MOBILE} and tap`)).toBe('Type the mobile 138****8000 and tap');
  });

  it('leaves codes, times, ids, URLs and masked values as they are', () => {
    const line =
      "the mock's outbox: REGISTER_SMS 282213; iat=1795617070, exp=1795617370000, " +
      'jti="d4d96e1c-8cc9-44a3-a30d-ca77b98898d3", iss="http://127.0.0.1:40579/api/v1/oauth2", ' +
      'sms/send {mobile=138****8000, sender=z***@example.com}';
    expect(maskContacts(line)).toBe(line);
  });
});
