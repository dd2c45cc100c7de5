// Where the demo signs in. The defaults are the local mock IDaaS (`npm run mock-server`, captcha required).
// For your tenant: domain 'https://<tenant>.bccastle.com', its client id, and allowInsecureLoopback: false.
module.exports = {
  domain: 'http://127.0.0.1:8787',
  clientId: 'test-client-id',
  // The mock speaks http on loopback. Never set this for a real tenant.
  allowInsecureLoopback: true,
  // The slider captcha before each code, as the vendor's send pages require. false only for a tenant that turned it off.
  captcha: true,
  // Redacted request lines in the console.
  debug: true,
};
