// A real, certified OpenID Provider (oidc-provider) for the sign-in tests and the --sso demo. Loopback only,
// test users only, keys made fresh at every start: nothing here is fit for, or reaches, production.
//
// Environment: PORT (required), ISSUER (default http://127.0.0.1:PORT), CLIENTS (JSON: an array of
// { client_id, client_secret, redirect_uris, post_logout_redirect_uris }).
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
if (!port) throw new Error('PORT is required');
const issuer = process.env.ISSUER ?? `http://127.0.0.1:${port}`;
const clients = JSON.parse(process.env.CLIENTS ?? '[]');

// login name -> what the provider knows of the person. acr/amr are what the organisation's own
// sign-in did: anna and the demo user passed a second factor there, bert only a password.
const users = {
  anna: { sub: 'anna-0001', email: 'anna@sso.test', acr: 'urn:rmt:test:mfa', amr: ['pwd', 'otp'] },
  bert: { sub: 'bert-0002', email: 'bert@sso.test', acr: 'urn:rmt:test:pwd', amr: ['pwd'] },
  carla: { sub: 'carla-0003', email: 'carla@sso.test', acr: 'urn:rmt:test:mfa', amr: ['pwd', 'otp'] },
  demo: { sub: 'demo-0100', email: 'medewerker@amstelveen.demo', acr: 'urn:rmt:test:mfa', amr: ['pwd', 'otp'] },
};
const bySub = Object.fromEntries(Object.values(users).map((u) => [u.sub, u]));

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const provider = new Provider(issuer, {
  clients: clients.map((c) => ({
    ...c,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  })),
  jwks: { keys: [privateKey.export({ format: 'jwk' })] },
  cookies: { keys: ['test-provider-cookie-key-not-secret'] },
  pkce: { required: () => true },
  responseTypes: ['code'],
  acrValues: ['urn:rmt:test:mfa', 'urn:rmt:test:pwd'],
  // acr and amr in every ID token, as most organisations' providers send them, not only when asked for.
  claims: { openid: ['sub', 'acr', 'amr', 'auth_time'], email: ['email', 'email_verified'] },
  // The relying party reads email from the ID token; no userinfo call needed.
  conformIdTokenClaims: false,
  findAccount: async (_ctx, sub) => {
    const user = bySub[sub];
    return user && { accountId: sub, claims: async () => ({ sub, email: user.email, email_verified: true }) };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
  },
  ttl: { IdToken: 3600, AccessToken: 600, AuthorizationCode: 60, Session: 3600, Interaction: 600, Grant: 3600 },
});
provider.proxy = false;

const page = (uid, error) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Testorganisatie: inloggen</title></head>
<body><main><h1>Inloggen bij de testorganisatie</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label for="login">Gebruikersnaam</label> <input id="login" name="login" autocomplete="off">
<button type="submit">Inloggen bij organisatie</button></form></main></body></html>`;

const readForm = (req) => new Promise((resolve, reject) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; if (body.length > 10000) reject(new Error('too long')); });
  req.on('end', () => resolve(new URLSearchParams(body)));
  req.on('error', reject);
});

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(req.url.split('?')[0]);
  if (!match) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET' && !match[2]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid));
    }
    if (req.method !== 'POST' || !match[2]) {
      res.writeHead(405);
      return res.end();
    }
    const user = users[(await readForm(req)).get('login') ?? ''];
    if (!user) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid, 'Onbekende gebruiker.'));
    }
    const grant = new provider.Grant({ accountId: user.sub, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    return await provider.interactionFinished(req, res, {
      login: { accountId: user.sub, acr: user.acr, amr: user.amr },
      consent: { grantId },
    }, { mergeWithLastSubmission: false });
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(String(error?.message ?? error));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Under the tests: ends with the process that started it, which closes our stdin.
if (process.env.STOP_ON_STDIN_END) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
