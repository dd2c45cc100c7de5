function rawStatus(value) {
    return typeof value === 'string' ? value.trim() : undefined;
}
function statusDetail(status = '') {
    return 'status ' + status.slice(0, 64);
}
export { rawStatus, statusDetail };
