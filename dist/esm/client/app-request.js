import { LOOPBACK } from './options.js';
function mayCarryToken(url, hosts, insecureLoopback) {
    const m = typeof url === 'string' ? /^(https?):\/\/([^/?#\\@\s]+)([/?#\\]\S*)?$/i.exec(url) : null;
    if (!m)
        return false;
    const host = m[2].toLowerCase();
    return (hosts.indexOf(host) >= 0 &&
        (m[1].toLowerCase() === 'https' || (insecureLoopback && LOOPBACK.test(host.replace(/:\d+$/, '')))));
}
export { mayCarryToken };
