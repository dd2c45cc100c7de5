import { SDK_NAME, SDK_VERSION } from '../version.js';
function ascii(value) {
    return value.replace(/[^\x20-\x7e]/g, '').trim() || 'unknown';
}
function osVersionHeader(info) {
    return ascii(info.system || info.platform)
        .replace(/\s/g, '')
        .toLowerCase();
}
function languageHeader(language) {
    return (/[a-z]+/i.exec(language) || ['zh'])[0].toLowerCase();
}
function agentHeader(info) {
    const system = ascii(info.system || info.platform);
    const platform = ascii(info.platform).toLowerCase();
    const version = system.replace(/^\D*/, '');
    const device = platform === 'ios'
        ? `iPhone; CPU iPhone OS ${version.replace(/\./g, '_')} like Mac OS X`
        : platform === 'android'
            ? `Linux; Android ${version}`
            : system;
    return (`Mozilla/5.0 (${device}; ${ascii(info.model)}) MicroMessenger/${ascii(info.wechatVersion)} ` +
        `MiniProgramEnv/${platform} ${SDK_NAME}/${SDK_VERSION}`);
}
export { agentHeader, languageHeader, osVersionHeader };
