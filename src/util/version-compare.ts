/** Compares dotted versions numerically: negative when `a < b`, 0 when equal, positive when `a > b`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (parseInt(pa[i] || '0', 10) || 0) - (parseInt(pb[i] || '0', 10) || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
