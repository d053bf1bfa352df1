import { BASE } from '../api.js';
import { t } from '../i18n.js';
import { h, show, countries, countryName } from '../ui.js';
import { PAGES, mayUse } from '../main.js';

export async function render({ who, config }) {
  let country = who.country || '';
  if (who.country) {
    try {
      country = countryName(await countries(), who.country) + ' (' + who.country + ')';
    } catch (e) {
      country = who.country;
    }
  }
  const facts = h('dl', { class: 'summary', id: 'who' },
    h('dt', {}, t('home.user')), h('dd', {}, who.name),
    h('dt', {}, t('home.role')), h('dd', {}, who.roles.map((r) => t('role.' + r)).join(', ')),
    h('dt', {}, t('home.country')), h('dd', {}, country || t('home.allCountries')));
  const cards = PAGES.filter((p) => p.nav && mayUse(p, who, config)).map((p) =>
    h('li', {}, h('a', { href: BASE + p.path }, t(p.nav)), h('p', {}, t(p.nav + '.about'))));
  const parts = [facts, h('h2', {}, t('home.what')), h('ul', { class: 'cards' }, cards)];
  if (config.auth === 'jdbc') {
    const { passwordSection } = await import('./password.js');
    parts.push(passwordSection(who));
  }
  show(t('home.title', { name: who.name }), ...parts);
}
