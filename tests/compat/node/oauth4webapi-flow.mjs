// A client built on oauth4webapi, a strict, standards-following OAuth 2.0 library, logs in to
// Anibase as a modern app would: RFC 8414 discovery, the authorization code flow with PKCE (S256)
// and state, RFC 9207's `iss` check on the authorization response, the code exchange, a call to
// the GraphQL API with the token, and RFC 7009 revocation. Every step is the library's own.
//
// The test that runs this plays the user's browser: this prints the authorization URL, the test
// logs in and approves, and writes back (on stdin) the URL the browser was sent to.
//
// Env: ISSUER (the server's base URL), GRAPHQL_URL, CLIENT_ID, REDIRECT_URI,
//      CLIENT_AUTH: client_secret_post | client_secret_basic | none (a public client),
//      CLIENT_SECRET (not with none)
// Stdout, one JSON object a line: {"authorize":URL}, then {"result":{...}} and exit code 0,
// or {"failed":{"step":…,"message":…}} and exit code 1.
import * as oauth from 'oauth4webapi';
import { createInterface } from 'node:readline';

// The test server speaks plain http on 127.0.0.1. oauth4webapi refuses anything but https unless
// a request carries this documented option (deprecated on purpose, so that it stands out); a
// real client talks https only.
const insecure = { [oauth.allowInsecureRequests]: true };

const VIEWER_QUERY = 'query { Viewer { id name } }';

let step = 'start';

function env(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing env ${name}`);
  }
  return value;
}

function print(object) {
  process.stdout.write(JSON.stringify(object) + '\n');
}

function clientAuthentication(method) {
  switch (method) {
    case 'client_secret_post':
      return oauth.ClientSecretPost(env('CLIENT_SECRET'));
    case 'client_secret_basic':
      return oauth.ClientSecretBasic(env('CLIENT_SECRET'));
    case 'none':
      return oauth.None();
    default:
      throw new Error(`unknown CLIENT_AUTH ${method}`);
  }
}

const stdin = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

async function readLine() {
  const { value, done } = await stdin.next();
  if (done) {
    throw new Error('stdin closed before the callback URL came');
  }
  return value.trim();
}

async function discover(issuer, algorithm) {
  step = `discovery (${algorithm})`;
  const response = await oauth.discoveryRequest(issuer, { algorithm, ...insecure });
  return oauth.processDiscoveryResponse(issuer, response);
}

async function viewer(accessToken) {
  const response = await oauth.protectedResourceRequest(
    accessToken, 'POST', new URL(env('GRAPHQL_URL')),
    new Headers({ 'content-type': 'application/json', accept: 'application/json' }),
    JSON.stringify({ query: VIEWER_QUERY }), insecure);
  const body = await response.json();
  if (response.status !== 200 || !body?.data?.Viewer) {
    throw new Error(`Viewer query answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body.data.Viewer;
}

async function main() {
  const issuer = new URL(env('ISSUER'));
  const redirectUri = env('REDIRECT_URI');
  const authMethod = env('CLIENT_AUTH');
  const client = { client_id: env('CLIENT_ID') };
  const auth = clientAuthentication(authMethod);

  const as = await discover(issuer, 'oauth2');
  // OpenID clients look for the same metadata at another well-known address.
  const asOidc = await discover(issuer, 'oidc');
  if (asOidc.token_endpoint !== as.token_endpoint || asOidc.authorization_endpoint !== as.authorization_endpoint) {
    throw new Error('the two discovery documents name different endpoints');
  }
  if (!as.code_challenge_methods_supported?.includes('S256')) {
    throw new Error(`S256 is not among code_challenge_methods_supported ${JSON.stringify(as.code_challenge_methods_supported)}`);
  }

  step = 'authorization request';
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const authorizationUrl = new URL(as.authorization_endpoint);
  authorizationUrl.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri,
    response_type: 'code',
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
  }).toString();
  print({ authorize: authorizationUrl.href });

  step = 'authorization response';
  const callback = new URL(await readLine());
  // Checks state, and iss against the discovered issuer (required, as the server advertises it).
  const parameters = oauth.validateAuthResponse(as, client, callback, state);

  step = 'code exchange';
  const tokenResponse = await oauth.authorizationCodeGrantRequest(
    as, client, auth, parameters, redirectUri, codeVerifier, insecure);
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, tokenResponse);

  step = 'api call';
  const me = await viewer(tokens.access_token);

  step = 'revocation';
  const revocation = await oauth.revocationRequest(as, client, auth, tokens.access_token, insecure);
  await oauth.processRevocationResponse(revocation);

  print({
    result: {
      issuer: as.issuer,
      authorization_response_iss_parameter_supported: as.authorization_response_iss_parameter_supported ?? null,
      code_challenge_methods_supported: as.code_challenge_methods_supported,
      revocation_endpoint: as.revocation_endpoint,
      iss: callback.searchParams.get('iss'),
      token_type: tokens.token_type,
      expires_in: tokens.expires_in ?? null,
      access_token: tokens.access_token,
      viewer: me,
      revoked: true,
    },
  });
}

try {
  await main();
  process.exit(0);
} catch (error) {
  // An OAuth error arrives in the body (ResponseBodyError) or, with a 401, in a WWW-Authenticate
  // challenge (WWWAuthenticateChallengeError): report either the same way.
  const challenge = error instanceof oauth.WWWAuthenticateChallengeError ? error.cause?.[0]?.parameters : undefined;
  const failed = {
    step,
    name: error?.name,
    code: error?.code,
    message: String(error?.message ?? error),
    error: error?.error ?? challenge?.error,
    error_description: error?.error_description ?? challenge?.error_description,
    status: error?.status,
  };
  print({ failed });
  console.error(`oauth4webapi flow failed at ${step}:`, error);
  process.exit(1);
}
