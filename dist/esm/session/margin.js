function safetyMarginMs(lifetimeMs) {
    return Math.max(0, Math.min(60000, Math.floor(lifetimeMs / 2)));
}
function usableUntil(receivedAt, lifetimeMs) {
    return receivedAt + lifetimeMs - safetyMarginMs(lifetimeMs);
}
function idTokenFresh(claims, serverNow) {
    const exp = (claims.exp || 0) * 1000;
    const margin = safetyMarginMs(exp - (claims.iat || 0) * 1000);
    return serverNow < exp - margin && serverNow >= (claims.nbf || claims.iat || 0) * 1000 - margin;
}
function refreshedExpiry(before, renewed, now) {
    const until = renewed ? usableUntil(now, renewed.expireSeconds * 1000) : before.expiresAt;
    return renewed && renewed.sessionToken !== before.sessionToken ? until : Math.min(until, before.expiresAt);
}
export { idTokenFresh, refreshedExpiry, safetyMarginMs, usableUntil };
