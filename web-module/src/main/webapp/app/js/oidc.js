// OIDC authorization-code flow with PKCE (RFC 7636) for the provider's public client. The
// verifier and state live in sessionStorage only for the round trip; the access token is kept
// in sessionStorage and sent as "Authorization: Bearer", like the Basic credential. Signing out
// ends the provider's session too (RP-initiated logout): otherwise the next "Sign in" on a shared
// computer would come back signed in without asking for the password.

import { BASE, remember, whoIs } from './api.js';

const FLOW = 'thb.oidc.flow';
const LOGOUT = 'thb.oidc.logout';
const SIGNED_OUT = 'thb.oidc.signedOut';

function base64url(bytes) {
  let binary = '';
  new Uint8Array(bytes).forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(n) {
  const bytes = new Uint8Array(n);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

async function discovery(config) {
  try {
    const r = await fetch(config.providerUrl + '/.well-known/openid-configuration', { credentials: 'omit' });
    if (r.ok) return r.json();
  } catch (blocked) {
    // a provider that answers discovery without CORS: fall through
  }
  // Keycloak's own paths under the issuer (the provider the deployment documents)
  return {
    authorization_endpoint: config.providerUrl + '/protocol/openid-connect/auth',
    token_endpoint: config.providerUrl + '/protocol/openid-connect/token',
    end_session_endpoint: config.providerUrl + '/protocol/openid-connect/logout',
  };
}

function redirectUri() {
  return location.origin + BASE + '/sign-in';
}

export async function start(config, next) {
  const provider = await discovery(config);
  const verifier = random(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = random(24);
  sessionStorage.setItem(FLOW, JSON.stringify({
    verifier, state, next, tokenEndpoint: provider.token_endpoint, endSessionEndpoint: provider.end_session_endpoint,
  }));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

export async function complete(config, query) {
  const flow = JSON.parse(sessionStorage.getItem(FLOW) || 'null');
  sessionStorage.removeItem(FLOW);
  if (query.get('error')) throw new Error(query.get('error_description') || query.get('error'));
  if (!flow || flow.state !== query.get('state')) throw new Error('The sign-in answer does not belong to this browser tab.');
  const r = await fetch(flow.tokenEndpoint, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: flow.verifier,
    }),
  });
  if (!r.ok) throw new Error('The identity provider refused the code (' + r.status + ').');
  const token = await r.json();
  const authorization = 'Bearer ' + token.access_token;
  const who = await whoIs(authorization);
  if (!who) throw new Error('THB Hub did not accept the token.');
  remember(authorization, who);
  // what signing out needs: where the provider ends its session, and the proof of whose it is
  sessionStorage.setItem(LOGOUT, JSON.stringify({ endpoint: flow.endSessionEndpoint, idToken: token.id_token }));
  history.replaceState(null, '', BASE + '/sign-in');
  return flow.next;
}

/** Leave the provider's session as well; it sends the browser back to the sign-in page. */
export function signOut(config) {
  const logout = JSON.parse(sessionStorage.getItem(LOGOUT) || 'null');
  sessionStorage.removeItem(LOGOUT);
  if (!logout || !logout.endpoint) {
    location.assign(BASE + '/sign-in?signedOut=1');
    return;
  }
  // the provider returns to the registered sign-in address itself, without a query of ours
  sessionStorage.setItem(SIGNED_OUT, '1');
  const url = new URL(logout.endpoint);
  const query = { client_id: config.clientId, post_logout_redirect_uri: redirectUri() };
  if (logout.idToken) query.id_token_hint = logout.idToken;
  url.search = new URLSearchParams(query).toString();
  location.assign(url.toString());
}

/** True once, on the return from the provider's sign-out. */
export function justSignedOut() {
  const was = sessionStorage.getItem(SIGNED_OUT) === '1';
  sessionStorage.removeItem(SIGNED_OUT);
  return was;
}
