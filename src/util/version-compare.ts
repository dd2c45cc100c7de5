/** Compares dotted versions numerically: negative when `a < b`, 0 when equal, positive when `a > b`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  let diff = 0;
  // Past the end of both lists the parts are 0 - 0, so running on to the sum of their lengths changes nothing.
  for (let i = 0; !diff && i < pa.length + pb.length; i++) {
    diff = (parseInt(pa[i] as string) || 0) - (parseInt(pb[i] as string) || 0);
  }
  return diff;
}
