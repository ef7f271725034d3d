// A real OpenID Connect provider (npm oidc-provider) on loopback for the company sign-in tests.
//
//   node provider.mjs --redirect-uri http://127.0.0.1:5123/signin/oidc/callback \
//                     [--client-id salesops] [--client-secret secret] [--port 0] [--par on|off]
//
// One confidential client (client_secret_basic/post) that must use the code flow with PKCE (S256).
// The built-in development login and consent pages (devInteractions) accept any login name: "ana"
// signs in as sub "ana", ana@company.example, "Ana Ruiz" (other names get a capitalised name).
// stdout carries JSON lines: first {"issuer": "..."} once it listens, then one
// {"authorization": {"endpoint": "/request" or "/auth", ...parameters}} per authorization request, so a test can see what the app asked for.
import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    'redirect-uri': { type: 'string' },
    'client-id': { type: 'string', default: 'salesops' },
    'client-secret': { type: 'string', default: 'salesops-test-secret' },
    port: { type: 'string', default: '0' },
    // "off" plays a provider without pushed authorization requests (Entra ID, Google): the browser carries the request.
    par: { type: 'string', default: 'on' },
  },
});
if (!args['redirect-uri']) {
  console.error('usage: node provider.mjs --redirect-uri <the app\'s /signin/oidc/callback> [--client-id ID] [--client-secret SECRET] [--port N] [--par on|off]');
  process.exit(2);
}

const knownNames = { ana: 'Ana Ruiz', jordi: 'Jordi Puig', marta: 'Marta Vidal' };
const nameOf = (login) => knownNames[login] ?? login.charAt(0).toUpperCase() + login.slice(1);

const server = http.createServer();
await new Promise((resolve) => server.listen(Number(args.port), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: args['client-id'],
    client_secret: args['client-secret'],
    redirect_uris: [args['redirect-uri']],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true }, pushedAuthorizationRequests: { enabled: args.par !== 'off' } },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Test-only secrets: this provider lives for one test class on loopback.
  cookies: { keys: ['salesops-test-cookie-key'] },
  async findAccount(ctx, id) {
    const login = String(id).trim().toLowerCase();
    return {
      accountId: login,
      async claims() {
        return { sub: login, email: `${login}@company.example`, email_verified: true, name: nameOf(login) };
      },
    };
  },
});

// ASP.NET Core pushes its authorization requests (PAR) when the provider offers it, as this one does:
// log the parameters the provider read at either endpoint, after it parsed them.
provider.use(async (ctx, next) => {
  await next();
  if ((ctx.path === '/auth' || ctx.path === '/request') && ctx.oidc?.params) {
    console.log(JSON.stringify({ authorization: { endpoint: ctx.path, ...ctx.oidc.params } }));
  }
});

server.on('request', provider.callback());
console.log(JSON.stringify({ issuer }));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The test closes stdin when it is done: the provider never outlives the test run.
process.stdin.on('end', stop);
process.stdin.resume();
