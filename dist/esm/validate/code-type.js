const COMMON_TYPES = 'LOGIN REGISTER MFA_AUTH FORGET_PWD CHANGE_PWD ';
function codeTypes(more, suffix) {
    return (COMMON_TYPES + more).split(' ').map((type) => type + suffix);
}
const SMS_CODE_TYPES = codeTypes('BIND_MOBILE UPDATE_PWD UPDATE_MOBILE', '_SMS');
const EMAIL_CODE_TYPES = codeTypes('BIND_EMAIL UPDATE_EMAIL', '_EMS');
function isCodeType(type, channel) {
    return (typeof type === 'string' &&
        type.length < 65 &&
        /^[A-Z][A-Z\d]*(_[A-Z\d]+)*_[SE]MS$/.test(type) &&
        type.charAt(type.length - 3) === (channel === 'sms' ? 'S' : 'E'));
}
export { EMAIL_CODE_TYPES, SMS_CODE_TYPES, isCodeType };
