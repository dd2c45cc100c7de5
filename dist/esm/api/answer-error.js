function baseServerCode(code) {
    return (code || '').replace(/^IDAAS\./i, '').toUpperCase();
}
function amount(text, units) {
    const m = new RegExp('(\\d+)\\s*(?:' + units + ')', 'i').exec(text);
    return m ? +m[1] : 0;
}
function refusalCode(init) {
    const code = baseServerCode(init.serverCode);
    const text = init.serverMessage || '';
    if (init.status > 499 || code === 'SDK.COMMON.1008')
        return 'SERVER_ERROR';
    if (code === 'SDK.LOGIN.1002')
        return 'NOT_BOUND';
    if (code === 'SDK.LOGIN.1003') {
        const seconds = amount(text, 'min|分') * 60 + amount(text, 's|秒');
        if (seconds)
            init.retryAfterMs = seconds * 1000;
        return 'ACCOUNT_LOCKED';
    }
    if (code !== 'SDK.LOGIN.1005')
        return 'API_ERROR';
    const m = /次数\s*[:：]\s*(\d+)|(\d+)\s*(?:more\s+)?attempt/i.exec(text);
    if (m)
        init.attemptsLeft = +(m[1] || m[2]);
    return 'WRONG_PASSWORD';
}
function endsSession(error) {
    return (error.code === 'API_ERROR' &&
        (error.status === 401 || /^SDK\.(COMMON\.1013|PARAM\.0023)$/.test(baseServerCode(error.serverCode))));
}
export { baseServerCode, endsSession, refusalCode };
