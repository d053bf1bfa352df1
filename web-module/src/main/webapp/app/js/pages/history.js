import { BASE, getJson } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { h, show, table, liveRegion, announce, errorText, field, select } from '../ui.js';

const SIZE = 20;

export async function render({ who, query }) {
  const page = Math.max(0, parseInt(query.get('page') || '0', 10) || 0);
  const status = query.get('status') || '';
  const region = liveRegion();
  const analyst = who.roles.includes('analyst');
  let answer;
  try {
    answer = await getJson('/submissions?size=' + SIZE + '&page=' + page + (status ? '&status=' + status : ''));
  } catch (err) {
    show(t('history.title'), region);
    announce(region, 'error', errorText(err));
    return;
  }
  const rows = answer.items.map((s) => h('tr', {},
    h('td', { class: 'when' }, h('time', { datetime: s.receivedAt }, dateTime(s.receivedAt))),
    h('td', {}, h('a', { href: BASE + '/submissions/' + s.id }, s.fileName)),
    analyst ? h('td', {}, s.country || '') : null,
    h('td', {}, s.channel),
    h('td', {}, h('span', { class: 'badge ' + s.status }, s.status)),
    h('td', { class: 'num' }, number((s.counts && s.counts.errors) || 0))));
  const columns = [t('history.received'), t('history.file'), analyst ? t('history.country') : null, t('history.channel'), t('history.status'), t('history.errors')].filter(Boolean);
  const filter = select([['', t('history.allStatuses')], ['ACCEPTED', 'ACCEPTED'], ['REJECTED', 'REJECTED'], ['DUPLICATE', 'DUPLICATE']], status);
  filter.name = 'status';
  const form = h('form', { method: 'get', action: BASE + '/history', class: 'row' }, field(t('history.status'), filter), h('div', { class: 'field' }, h('button', { type: 'submit', class: 'secondary' }, t('history.filter'))));
  const pages = Math.max(1, Math.ceil(answer.total / SIZE));
  const link = (p) => BASE + '/history?page=' + p + (status ? '&status=' + status : '');
  const pager = h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    page > 0 ? h('a', { href: link(page - 1), rel: 'prev' }, t('pager.previous')) : null,
    h('p', {}, t('pager.page', { page: number(page + 1), pages: number(pages), total: number(answer.total) })),
    page + 1 < pages ? h('a', { href: link(page + 1), rel: 'next' }, t('pager.next')) : null);
  const body = answer.items.length === 0 ? h('p', {}, t('history.none')) : table(t('history.caption'), columns, rows, { numeric: [columns.length - 1] });
  show(t('history.title'), h('p', {}, t('history.intro')), form, region, body, pager);
}
