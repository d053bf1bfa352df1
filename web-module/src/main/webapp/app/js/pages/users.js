// Users (jdbc, administrators): create, change role or country, disable or enable, set a new
// password. /api/v1/users answers 404 under demo and oidc, and the page is not offered there.

import { BASE, getJson, sendJson } from '../api.js';
import { t, dateTime, number } from '../i18n.js';
import { h, show, table, field, select, liveRegion, announce, errorText, countries } from '../ui.js';

const ROLES = ['rapporteur', 'government', 'analyst', 'admin'];

export async function render({ query }) {
  const page = Math.max(0, parseInt(query.get('page') || '0', 10) || 0);
  const region = liveRegion();
  const all = await countries();
  const countryOptions = [['', t('users.noCountry')], ...all.map((c) => [c.iso3, c.name + ' (' + c.iso3 + ')'])];
  const roleOptions = ROLES.map((r) => [r, t('role.' + r)]);
  let answer;
  try {
    answer = await getJson('/users?size=50&page=' + page);
  } catch (err) {
    show(t('nav.users'), region);
    announce(region, 'error', errorText(err));
    return;
  }

  const name = h('input', { type: 'text', autocomplete: 'off', required: true });
  const role = select(roleOptions, 'rapporteur');
  const country = select(countryOptions, '');
  const password = h('input', { type: 'password', autocomplete: 'new-password', minlength: '12', required: true });
  const create = h('form', { novalidate: true, 'aria-labelledby': 'create-h' },
    h('h2', { id: 'create-h' }, t('users.create')),
    h('div', { class: 'row' }, field(t('signIn.user'), name), field(t('home.role'), role), field(t('home.country'), country)),
    field(t('signIn.password'), password, t('password.hint')),
    h('button', { type: 'submit' }, t('users.createButton')));
  create.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await sendJson('POST', '/users', { name: name.value.trim(), role: role.value, country: country.value || null, password: password.value });
      location.assign(BASE + '/users?created=' + encodeURIComponent(name.value.trim()));
    } catch (err) {
      announce(region, 'error', err.status === 409 ? t('users.exists') : errorText(err));
    }
  });

  const rows = answer.items.map((u) => {
    const r = select(roleOptions, u.role);
    r.setAttribute('aria-label', t('home.role') + ': ' + u.name);
    const c = select(countryOptions, u.country || '');
    c.setAttribute('aria-label', t('home.country') + ': ' + u.name);
    const save = h('button', { type: 'button', class: 'secondary' }, t('users.save'));
    save.setAttribute('aria-label', t('users.save') + ': ' + u.name);
    save.addEventListener('click', async () => {
      try {
        await sendJson('PATCH', '/users/' + encodeURIComponent(u.name), { role: r.value, country: c.value || null });
        announce(region, 'ok', t('users.saved', { name: u.name }));
      } catch (err) {
        announce(region, 'error', errorText(err));
      }
    });
    const toggle = h('button', { type: 'button', class: 'secondary' }, u.enabled ? t('users.disable') : t('users.enable'));
    toggle.setAttribute('aria-label', (u.enabled ? t('users.disable') : t('users.enable')) + ': ' + u.name);
    toggle.addEventListener('click', async () => {
      try {
        await sendJson('PATCH', '/users/' + encodeURIComponent(u.name), { enabled: !u.enabled });
        location.reload();
      } catch (err) {
        announce(region, 'error', errorText(err));
      }
    });
    const reset = h('input', { type: 'password', autocomplete: 'new-password', minlength: '12' });
    reset.setAttribute('aria-label', t('users.newPassword') + ': ' + u.name);
    const set = h('button', { type: 'button', class: 'secondary' }, t('users.setPassword'));
    set.setAttribute('aria-label', t('users.setPassword') + ': ' + u.name);
    set.addEventListener('click', async () => {
      try {
        await sendJson('PUT', '/users/' + encodeURIComponent(u.name) + '/password', { newPassword: reset.value });
        reset.value = '';
        announce(region, 'ok', t('users.passwordSet', { name: u.name }));
      } catch (err) {
        announce(region, 'error', errorText(err));
      }
    });
    return h('tr', {},
      h('th', { scope: 'row' }, u.name),
      h('td', {}, r), h('td', {}, c),
      h('td', {}, u.enabled ? t('users.enabled') : t('users.disabled')),
      h('td', { class: 'when' }, dateTime(u.lastLoginAt) || '–'),
      h('td', {}, save, toggle),
      h('td', {}, reset, ' ', set));
  });
  const intro = query.get('created') ? [h('p', { class: 'status ok' }, t('users.created', { name: query.get('created') }))] : [];
  const list = table(t('users.caption', { total: number(answer.total) }), [t('signIn.user'), t('home.role'), t('home.country'), t('users.state'), t('users.lastLogin'), t('users.change'), t('users.password')], rows);
  // compact controls, so that all seven columns fit a laptop's width without scrolling
  list.classList.add('users');
  show(t('nav.users'), ...intro, region, list, create);
}
