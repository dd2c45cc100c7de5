function baseServerCode(code) {
    return (code || '').replace(/^IDAAS\./i, '').toUpperCase();
}
export { baseServerCode };
