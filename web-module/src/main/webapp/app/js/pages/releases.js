// Review and release (design.md section 12): the state of every country x reporting year the
// caller may see; a rapporteur submits a year, an analyst approves, returns (with a comment) or
// publishes it. A step out of order answers 409 and is said in the live region.

import { BASE, getJson, sendJson } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { h, show, table, field, select, liveRegion, announce, errorText, countries, countryName } from '../ui.js';

const SIZE = 50;
const STATES = ['RECEIVED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED'];

export async function render({ who, query }, said) {
  const page = Math.max(0, parseInt(query.get('page') || '0', 10) || 0);
  const state = STATES.includes(query.get('state')) ? query.get('state') : '';
  const year = /^\d{4}$/.test(query.get('year') || '') ? query.get('year') : '';
  const region = liveRegion();
  const all = await countries();
  const analyst = who.roles.includes('analyst');
  const rapporteur = who.roles.includes('rapporteur');
  const params = new URLSearchParams({ size: String(SIZE), page: String(page) });
  if (state) params.set('state', state);
  if (year) params.set('year', year);
  const form = h('form', { method: 'get', action: BASE + '/releases', class: 'row' },
    field(t('releases.state'), Object.assign(select([['', t('releases.allStates')], ...STATES.map((s) => [s, s])], state), { name: 'state' })),
    field(t('releases.year'), h('input', { type: 'number', name: 'year', min: '1980', value: year })),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'secondary' }, t('history.filter'))));
  let answer;
  try {
    answer = await getJson('/releases?' + params.toString());
  } catch (err) {
    show(t('releases.title'), form, region);
    announce(region, 'error', errorText(err));
    return;
  }

  const step = (r, action, body) => async () => {
    try {
      const next = await sendJson('POST', '/releases/' + r.country + '/' + r.year + '/' + action, body);
      // drawn again in place (no reload), the step said in the new live region
      await render({ who, query }, t('releases.moved', { country: r.country, year: r.year, state: next.state }));
    } catch (err) {
      announce(region, 'error', err.status === 409 ? t('releases.outOfOrder') : errorText(err));
    }
  };
  const button = (label, name, run) => {
    const b = h('button', { type: 'button', class: 'secondary', 'aria-label': label + ': ' + name }, label);
    b.addEventListener('click', run);
    return b;
  };

  const rows = answer.items.map((r) => {
    const name = countryName(all, r.country) + ' ' + r.year;
    const actions = [];
    // a returned year goes back to the analyst once the rapporteur has answered the comment
    if (rapporteur && (r.state === 'RECEIVED' || r.state === 'RETURNED')) {
      const comment = h('input', { type: 'text', 'aria-label': t('releases.comment') + ': ' + name });
      actions.push(comment, ' ', button(t('releases.submit'), name, async () => {
        await step(r, 'submit', comment.value.trim() ? { comment: comment.value.trim() } : {})();
      }));
    }
    if (analyst && r.state === 'SUBMITTED') actions.push(button(t('releases.approve'), name, step(r, 'approve', {})));
    if (analyst && (r.state === 'SUBMITTED' || r.state === 'APPROVED')) {
      const comment = h('input', { type: 'text', 'aria-label': t('releases.comment') + ': ' + name });
      actions.push(comment, ' ', button(t('releases.return'), name, async () => {
        if (!comment.value.trim()) { announce(region, 'error', t('releases.commentNeeded')); comment.focus(); return; }
        await step(r, 'return', { comment: comment.value.trim() })();
      }));
    }
    if (analyst && r.state === 'APPROVED') {
      // the year is public from this moment, in the analyst's own time zone; now by default
      const releaseAt = h('input', { type: 'datetime-local', step: '60', value: localMinute(new Date()), 'aria-label': t('releases.releaseAt') + ': ' + name });
      actions.push(' ', releaseAt, ' ', button(t('releases.publish'), name, async () => {
        const at = new Date(releaseAt.value);
        if (!releaseAt.value || Number.isNaN(at.getTime())) { announce(region, 'error', t('releases.releaseAtNeeded')); releaseAt.focus(); return; }
        await step(r, 'publish', { releaseAt: at.toISOString().replace(/\.\d+Z$/, 'Z') })();
      }));
    }
    const last = (r.history || [])[r.history ? r.history.length - 1 : 0];
    return h('tr', {},
      h('th', { scope: 'row' }, countryName(all, r.country) + ' (' + r.country + ')'),
      h('td', { class: 'num' }, String(r.year)),
      h('td', {}, h('span', { class: 'badge' }, r.state)),
      h('td', { class: 'when' }, r.publishedReleaseAt ? dateTime(r.publishedReleaseAt) : '–'),
      h('td', { class: 'wrap' }, last ? [last.actor, ' · ', dateTime(last.at), last.comment ? ' · ' + last.comment : ''] : ''),
      (analyst || rapporteur) ? h('td', {}, actions) : null);
  });
  const columns = [t('history.country'), t('releases.year'), t('releases.state'), t('releases.published'), t('releases.last'), (analyst || rapporteur) ? t('releases.actions') : null].filter(Boolean);
  const pages = Math.max(1, Math.ceil(answer.total / SIZE));
  const link = (p) => { const q = new URLSearchParams(query); q.set('page', p); return BASE + '/releases?' + q.toString(); };
  const pager = h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    page > 0 ? h('a', { href: link(page - 1), rel: 'prev' }, t('pager.previous')) : null,
    h('p', {}, t('pager.page', { page: number(page + 1), pages: number(pages), total: number(answer.total) })),
    page + 1 < pages ? h('a', { href: link(page + 1), rel: 'next' }, t('pager.next')) : null);
  show(t('releases.title'), h('p', {}, t('releases.intro')), form, region,
    rows.length === 0 ? h('p', {}, t('releases.none')) : table(t('releases.caption'), columns, rows, { numeric: [1] }), pager);
  if (said) setTimeout(() => announce(region, 'ok', said), 50);
}

/** A date-time as a datetime-local field shows it: local time, to the minute. */
function localMinute(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}
