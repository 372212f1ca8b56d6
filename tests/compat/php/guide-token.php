<?php
// The PHP snippets from AniList's developer guide ("Authorization Code Grant"
// → converting the code to an access token, then "Making authenticated
// requests"), kept as the guide writes them with Guzzle; only the URLs, client
// id/secret, redirect URI and code come from the environment.
//
// Env: ANIBASE_TOKEN_URL, ANIBASE_GRAPHQL_URL, CLIENT_ID, CLIENT_SECRET,
//      REDIRECT_URI, CODE
// Stdout on success: "access_token=<token>" and "viewer=<name>"; on failure the
// status and body go to stderr and the exit code is 1.
require '/usr/share/php/GuzzleHttp/autoload.php';

function env($name) {
    $v = getenv($name);
    if ($v === false || $v === '') {
        fwrite(STDERR, "missing env $name\n");
        exit(1);
    }
    return $v;
}

function fail($what, $e) {
    $response = $e instanceof GuzzleHttp\Exception\RequestException ? $e->getResponse() : null;
    if ($response) {
        fwrite(STDERR, "$what failed: status " . $response->getStatusCode() . ' body ' . $response->getBody() . "\n");
    } else {
        fwrite(STDERR, "$what failed: " . $e->getMessage() . "\n");
    }
    exit(1);
}

$http = new GuzzleHttp\Client;

try {
    $response = $http->post(env('ANIBASE_TOKEN_URL'), [
        'form_params' => [
            'grant_type' => 'authorization_code',
            'client_id' => env('CLIENT_ID'),
            'client_secret' => env('CLIENT_SECRET'),
            'redirect_uri' => env('REDIRECT_URI'), // http://example.com/callback
            'code' => env('CODE'), // The Authorization Code received previously
        ],
        'headers' => [
            'Accept' => 'application/json'
        ]
    ]);
} catch (Exception $e) {
    fail('token request', $e);
}

$accessToken = json_decode($response->getBody())->access_token;
if (!is_string($accessToken) || $accessToken === '') {
    fwrite(STDERR, "token request: no access_token in body " . $response->getBody() . "\n");
    exit(1);
}
echo "access_token=$accessToken\n";

$query = 'query { Viewer { id name } }';

try {
    $response = $http->request('POST', env('ANIBASE_GRAPHQL_URL'), [
        'headers' => [
            'Authorization' => 'Bearer ' . $accessToken,
            'Accept' => 'application/json',
            'Content-Type' => 'application/json',
        ],
        'json' => [
            'query' => $query,
        ]
    ]);
} catch (Exception $e) {
    fail('graphql request', $e);
}

$body = json_decode($response->getBody());
if (!isset($body->data->Viewer->name)) {
    fwrite(STDERR, "graphql request: status " . $response->getStatusCode() . ' body ' . $response->getBody() . "\n");
    exit(1);
}
echo 'viewer=' . $body->data->Viewer->name . "\n";
