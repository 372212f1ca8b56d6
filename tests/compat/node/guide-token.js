// The Node.js snippets from AniList's developer guide ("Authorization Code
// Grant" → converting the code to an access token, then "Making authenticated
// requests"), kept as the guide writes them with npm `request`; only the URLs,
// client id/secret, redirect URI and code come from the environment.
//
// Env: ANIBASE_TOKEN_URL, ANIBASE_GRAPHQL_URL, CLIENT_ID, CLIENT_SECRET,
//      REDIRECT_URI, CODE
// Stdout on success: "access_token=<token>" and "viewer=<name>"; on failure the
// status and body go to stderr and the exit code is 1.
var request = require('request');

function env(name) {
  var v = process.env[name];
  if (!v) { console.error('missing env ' + name); process.exit(1); }
  return v;
}

function fail(what, error, response, body) {
  console.error(what + ' failed: ' + (error ? String(error)
    : 'status ' + response.statusCode + ' body ' + JSON.stringify(body)));
  process.exit(1);
}

var options = {
  uri: env('ANIBASE_TOKEN_URL'),
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Accept': 'application/json',
  },
  json: {
    'grant_type': 'authorization_code',
    'client_id': env('CLIENT_ID'),
    'client_secret': env('CLIENT_SECRET'),
    'redirect_uri': env('REDIRECT_URI'), // http://example.com/callback
    'code': env('CODE'), // The Authorization Code received previously
  }
};

request(options, function (error, response, body) {
  if (!error && response.statusCode == 200) {
    var accessToken = body.access_token;
    console.log('access_token=' + accessToken);
    viewer(accessToken);
  } else {
    fail('token request', error, response, body);
  }
});

function viewer(accessToken) {
  var query = 'query { Viewer { id name } }';
  var options = {
    uri: env('ANIBASE_GRAPHQL_URL'),
    method: 'POST',
    headers: {
      'Authorization': 'Bearer ' + accessToken,
      'Content-Type': 'application/json',
      'Accept': 'application/json',
    },
    json: {
      'query': query,
    }
  };

  request(options, function (error, response, body) {
    if (!error && response.statusCode == 200 && body && body.data && body.data.Viewer) {
      console.log('viewer=' + body.data.Viewer.name);
    } else {
      fail('graphql request', error, response, body);
    }
  });
}
