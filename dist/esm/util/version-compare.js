function compareVersions(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    let diff = 0;
    for (let i = 0; !diff && i < pa.length + pb.length; i++) {
        diff = (parseInt(pa[i]) || 0) - (parseInt(pb[i]) || 0);
    }
    return diff;
}
export { compareVersions };
