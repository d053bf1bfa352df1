// "Change password" on the home page under jdbc: PUT /users/{name}/password with the old and the
// new password; the kept credential is replaced by the new one.

import { basic, remember, sendJson, me } from '../api.js';
import { t } from '../i18n.js';
import { h, field, liveRegion, announce, errorText } from '../ui.js';

export function passwordSection(who) {
  const region = liveRegion();
  const old = h('input', { type: 'password', autocomplete: 'current-password' });
  const fresh = h('input', { type: 'password', autocomplete: 'new-password', minlength: '12' });
  const again = h('input', { type: 'password', autocomplete: 'new-password', minlength: '12' });
  const button = h('button', { type: 'submit' }, t('password.button'));
  const form = h('form', { novalidate: true },
    field(t('password.old'), old), field(t('password.new'), fresh, t('password.hint')), field(t('password.again'), again), button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (fresh.value.length < 12) { announce(region, 'error', t('password.short')); fresh.focus(); return; }
    if (fresh.value !== again.value) { announce(region, 'error', t('password.mismatch')); again.focus(); return; }
    button.disabled = true;
    try {
      await sendJson('PUT', '/users/' + encodeURIComponent(who.name) + '/password', { oldPassword: old.value, newPassword: fresh.value });
      remember(basic(who.name, fresh.value), me());
      form.reset();
      announce(region, 'ok', t('password.changed'));
    } catch (err) {
      announce(region, 'error', err.status === 422 || err.status === 400 ? errorText(err) : errorText(err));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { 'aria-labelledby': 'password-h' }, h('h2', { id: 'password-h' }, t('password.title')), region, form);
}
