class Session {
    constructor(sessionToken, idToken, expiresAt, claims) {
        Object.defineProperties(this, { sessionToken: { value: sessionToken }, idToken: { value: idToken } });
        this.expiresAt = expiresAt;
        this.claims = claims;
    }
    toJSON() {
        return {
            expiresAt: this.expiresAt,
            sub: typeof this.claims.sub === 'string' ? this.claims.sub : undefined,
        };
    }
    toString() {
        return `[Session expiresAt=${this.expiresAt}]`;
    }
}
export { Session };
