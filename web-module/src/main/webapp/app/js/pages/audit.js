import { BASE, getJson } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { h, show, table, field, select, liveRegion, announce, errorText } from '../ui.js';

const SIZE = 25;
// every action the server records (org.thbhub.audit AuditAction), so that each can be filtered
const ACTIONS = ['LOGIN_FAILED', 'LOGIN_THROTTLED', 'ACCESS_DENIED', 'SUBMISSION', 'SUBMISSION_READ', 'REPORT', 'TEMPLATE',
  'RELEASE', 'AUDIT_READ', 'USER_CREATED', 'USER_CHANGED', 'PASSWORD_CHANGED', 'ACCOUNT_LOCKED'];

export async function render({ query }) {
  const page = Math.max(0, parseInt(query.get('page') || '0', 10) || 0);
  const actor = query.get('actor') || '';
  const action = query.get('action') || '';
  const from = query.get('from') || '';
  const to = query.get('to') || '';
  const region = liveRegion();
  const params = new URLSearchParams();
  if (actor) params.set('actor', actor);
  if (action) params.set('action', action);
  if (from) params.set('from', from + 'T00:00:00Z');
  if (to) params.set('to', to + 'T23:59:59Z');

  const actions = [...new Set([...ACTIONS, action].filter(Boolean))];
  const form = h('form', { method: 'get', action: BASE + '/audit', class: 'row' },
    field(t('audit.actor'), h('input', { type: 'text', name: 'actor', value: actor })),
    field(t('audit.action'), Object.assign(select([['', t('audit.allActions')], ...actions.map((a) => [a, a])], action), { name: 'action' })),
    field(t('audit.from'), h('input', { type: 'date', name: 'from', value: from })),
    field(t('audit.to'), h('input', { type: 'date', name: 'to', value: to })),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'secondary' }, t('audit.filter'))));

  let answer;
  try {
    answer = await getJson('/audit?size=' + SIZE + '&page=' + page + (params.toString() ? '&' + params.toString() : ''));
  } catch (err) {
    show(t('audit.title'), form, region);
    announce(region, 'error', errorText(err));
    return;
  }
  const rows = answer.items.map((e) => h('tr', {},
    h('td', { class: 'when' }, h('time', { datetime: e.occurredAt }, dateTime(e.occurredAt))),
    h('td', {}, e.actor || ''), h('td', {}, e.action), h('td', { class: 'wrap' }, e.target || ''),
    h('td', {}, e.outcome), h('td', { class: 'wrap' }, e.detail || '')));
  const pages = Math.max(1, Math.ceil(answer.total / SIZE));
  const link = (p) => { const q = new URLSearchParams(query); q.set('page', p); return BASE + '/audit?' + q.toString(); };
  const pager = h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    page > 0 ? h('a', { href: link(page - 1), rel: 'prev' }, t('pager.previous')) : null,
    h('p', {}, t('pager.page', { page: number(page + 1), pages: number(pages), total: number(answer.total) })),
    page + 1 < pages ? h('a', { href: link(page + 1), rel: 'next' }, t('pager.next')) : null);
  const body = rows.length === 0 ? h('p', {}, t('audit.none'))
    : table(t('audit.caption'), [t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.outcome'), t('audit.detail')], rows);
  show(t('audit.title'), h('p', {}, t('audit.intro')), form, region, body, pager);
}
