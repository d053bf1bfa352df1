// Sign-in. demo and jdbc: user name and password, checked against /me and kept in sessionStorage.
// oidc: the authorization-code flow with PKCE against the provider's public client.

import { BASE, basic, whoIs, remember, forget, me } from '../api.js';
import { t } from '../i18n.js';
import { h, show, field, liveRegion, announce, errorText } from '../ui.js';
import * as oidc from '../oidc.js';

function target(query) {
  const next = query.get('next') || '';
  // only a path of this application, never another site
  return next.startsWith(BASE + '/') && !next.startsWith('//') && !next.includes('/sign-in') ? next : BASE + '/';
}

export async function render({ config, query }) {
  if (config.auth === 'oidc') {
    await renderOidc(config, query);
    return;
  }
  const message = liveRegion();
  const user = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit' }, t('signIn.button'));
  const form = h('form', { novalidate: true }, field(t('signIn.user'), user), field(t('signIn.password'), password), button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!user.value || !password.value) {
      announce(message, 'error', t('signIn.missing'));
      (user.value ? password : user).focus();
      return;
    }
    button.disabled = true;
    announce(message, 'busy', t('signIn.checking'));
    try {
      const authorization = basic(user.value, password.value);
      const who = await whoIs(authorization);
      if (!who) {
        announce(message, 'error', t('signIn.refused'));
        password.value = '';
        password.focus();
        return;
      }
      remember(authorization, who);
      location.assign(target(query));
    } catch (err) {
      announce(message, 'error', err.status === 429 ? t('signIn.throttled') : errorText(err));
    } finally {
      button.disabled = false;
    }
  });
  const intro = [];
  if (query.get('signedOut')) intro.push(h('p', { class: 'status ok' }, t('signIn.signedOut')));
  else if (me()) intro.push(h('p', {}, t('signIn.already', { name: me().name }), ' ', h('a', { href: BASE + '/' }, t('nav.home'))));
  show(t('signIn.title'), ...intro, message, form);
  if (config.auth === 'demo') {
    document.getElementById('main').append(h('p', { class: 'hint' }, t('signIn.demo')));
  }
  user.focus();
}

async function renderOidc(config, query) {
  const message = liveRegion();
  if (query.get('code') || query.get('error')) {
    show(t('signIn.title'), message);
    announce(message, 'busy', t('signIn.checking'));
    try {
      const next = await oidc.complete(config, query);
      location.replace(next && next.startsWith(BASE + '/') ? next : BASE + '/');
    } catch (err) {
      forget();
      announce(message, 'error', t('signIn.oidcFailed') + ' ' + (err.message || ''));
      document.getElementById('main').append(h('p', {}, h('a', { href: BASE + '/sign-in' }, t('signIn.again'))));
    }
    return;
  }
  const button = h('button', { type: 'button' }, t('signIn.button'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await oidc.start(config, target(query));
    } catch (err) {
      button.disabled = false;
      announce(message, 'error', t('signIn.oidcFailed') + ' ' + (err.message || ''));
    }
  });
  const signedOut = oidc.justSignedOut() || query.get('signedOut');
  const intro = signedOut ? [h('p', { class: 'status ok' }, t('signIn.signedOut'))] : [];
  show(t('signIn.title'), ...intro, h('p', {}, t('signIn.oidcIntro')), message, button);
  button.focus();
}
