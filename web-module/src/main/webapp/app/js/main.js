// Boot: language, configuration, who is signed in; then the page this address names.
// Every page is its own address (served as this same shell by the server), so links are plain
// links and a reload lands on the same page.

import { BASE, me, forget } from './api.js';
import { loadLanguage, t, lang, choose, LANGUAGES } from './i18n.js';
import { h, notFound } from './ui.js';

const ANY = ['rapporteur', 'government', 'analyst', 'admin'];

/** The pages, who may see them, and the modules that draw them. */
export const PAGES = [
  { path: '/', module: 'home', roles: ANY },
  { path: '/sign-in', module: 'sign-in', open: true },
  { path: '/deliver', module: 'deliver', roles: ['rapporteur'], nav: 'nav.deliver' },
  { path: '/history', module: 'history', roles: ['rapporteur', 'government', 'analyst'], nav: 'nav.history' },
  { pattern: /^\/submissions\/([^/]+)$/, module: 'submission', roles: ANY },
  { path: '/data', module: 'data', roles: ['rapporteur', 'government', 'analyst'], nav: 'nav.data' },
  { path: '/coverage', module: 'coverage', roles: ['analyst'], nav: 'nav.coverage' },
  { path: '/reports', module: 'reports', roles: ['analyst'], nav: 'nav.reports' },
  { path: '/import', module: 'import', roles: ['analyst'], nav: 'nav.import' },
  { path: '/releases', module: 'releases', roles: ['rapporteur', 'government', 'analyst', 'admin'], nav: 'nav.releases' },
  { path: '/audit', module: 'audit', roles: ['admin'], nav: 'nav.audit' },
  { path: '/users', module: 'users', roles: ['admin'], nav: 'nav.users', auth: 'jdbc' },
];

export function mayUse(page, who, config) {
  if (page.auth && page.auth !== config.auth) return false;
  return who && who.roles.some((r) => page.roles.includes(r));
}

function route(path) {
  const local = path.startsWith(BASE) ? path.slice(BASE.length) || '/' : path;
  for (const page of PAGES) {
    if (page.path === local) return { page, params: [] };
    const m = page.pattern && page.pattern.exec(local);
    if (m) return { page, params: m.slice(1).map(decodeURIComponent) };
  }
  return null;
}

function header(who, config, current) {
  const nav = document.getElementById('nav');
  const tools = document.getElementById('tools');
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('brand').setAttribute('aria-label', t('brand.home'));
  nav.setAttribute('aria-label', t('nav.label'));
  if (who) {
    const links = PAGES.filter((p) => p.nav && mayUse(p, who, config)).map((p) => {
      const href = BASE + p.path;
      return h('li', {}, h('a', { href, 'aria-current': current === p ? 'page' : null }, t(p.nav)));
    });
    nav.replaceChildren(h('ul', {}, links));
  } else {
    nav.replaceChildren();
  }
  const language = h('select', { id: 'language' }, Object.entries(LANGUAGES).map(([code, name]) =>
    h('option', { value: code, lang: code, selected: code === lang() }, name)));
  language.addEventListener('change', () => {
    choose(language.value);
    location.reload();
  });
  const parts = [h('span', {}, h('label', { for: 'language', lang: 'en' }, 'Language'), language)];
  if (who) {
    parts.unshift(h('span', { class: 'who' }, who.name + ' · ' + who.roles.map((r) => t('role.' + r)).join(', ') + (who.country ? ' · ' + who.country : '')));
    const out = h('button', { type: 'button', id: 'sign-out' }, t('signOut'));
    out.addEventListener('click', async () => {
      forget();
      if (config.auth === 'oidc') {
        (await import('./oidc.js')).signOut(config);
      } else {
        location.assign(BASE + '/sign-in?signedOut=1');
      }
    });
    parts.push(out);
  }
  tools.replaceChildren(...parts);
  document.getElementById('footer').textContent = t('footer');
}

/** The page is drawn and usable: a mark for Navigation Timing, a flag for the tests. */
function ready() {
  performance.mark('thb-ready');
  document.documentElement.dataset.ready = 'true';
}

async function boot() {
  await loadLanguage();
  const config = await (await fetch(BASE + '/app/config.json', { credentials: 'omit', cache: 'no-store' })).json();
  const who = me();
  const found = route(location.pathname);
  header(who, config, found && found.page);
  if (!found) {
    notFound();
    ready();
    return;
  }
  const { page, params } = found;
  if (!page.open && !who) {
    location.replace(BASE + '/sign-in?next=' + encodeURIComponent(location.pathname + location.search));
    return;
  }
  if (!page.open && !mayUse(page, who, config)) {
    notFound();
    ready();
    return;
  }
  const module = await import('./pages/' + page.module + '.js');
  await module.render({ who, config, params, query: new URLSearchParams(location.search) });
  ready();
}

boot().catch((e) => {
  document.getElementById('main').replaceChildren(h('h1', {}, 'THB Hub'), h('p', { role: 'alert', class: 'error-text' }, String(e && e.message ? e.message : e)));
  document.documentElement.dataset.ready = 'error';
});
