// The verdict of a file: its status, counts and every problem in a table filterable by "Code".
// Messages are shown in the page's language by their code; the server's own words (which name
// the value and the place) follow in English where the page is not English.

import { h, table, field, select } from './ui.js';
import { t, has, lang, number, dateTime } from './i18n.js';

export function where(p) {
  if (p.line !== undefined && p.line !== null) return String(p.line);
  if (p.cell) return (p.sheet ? p.sheet + '!' : '') + p.cell;
  return '';
}

export function message(p) {
  const key = 'problem.' + p.code;
  if (lang() === 'en' || !has(key)) return [p.message];
  return [t(key), ' ', h('span', { lang: 'en', class: 'muted' }, '(' + p.message + ')')];
}

export function severity(s) {
  return h('span', { class: 'badge ' + s }, t('severity.' + s));
}

/** The problems section: a "Code" filter over a table Line/Field/Code/Message/Severity. */
export function problemsSection(problems) {
  if (!problems || problems.length === 0) {
    return h('section', { 'aria-labelledby': 'problems-h' }, h('h2', { id: 'problems-h' }, t('problems.title')), h('p', {}, t('problems.none')));
  }
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  const filter = select([['', t('problems.allCodes')], ...codes.map((c) => [c, c + ' (' + problems.filter((p) => p.code === c).length + ')'])], '');
  const shown = h('p', { 'aria-live': 'polite', class: 'muted' });
  const wrap = h('div', {});
  const draw = () => {
    const chosen = filter.value;
    const rows = problems.filter((p) => !chosen || p.code === chosen).map((p) =>
      h('tr', {}, h('td', { class: 'num' }, where(p)), h('td', {}, p.field || ''), h('td', {}, h('code', {}, p.code)), h('td', {}, message(p)), h('td', {}, severity(p.severity))));
    wrap.replaceChildren(table(t('problems.caption'), [t('problems.line'), t('problems.field'), t('problems.code'), t('problems.message'), t('problems.severity')], rows, { numeric: [0] }));
    shown.textContent = t('problems.shown', { shown: number(rows.length), total: number(problems.length) });
  };
  filter.addEventListener('change', draw);
  draw();
  return h('section', { 'aria-labelledby': 'problems-h' }, h('h2', { id: 'problems-h' }, t('problems.title')), field(t('problems.code'), filter), shown, wrap);
}

/** Status, counts and times of a submission as a definition list. */
export function summary(s, countryLabel) {
  const c = s.counts || {};
  const rows = [
    [t('submission.status'), h('span', { class: 'badge ' + s.status }, s.status)],
    [t('submission.file'), s.fileName],
    [t('submission.country'), countryLabel || s.country || ''],
    [t('submission.channel'), s.channel],
    [t('submission.received'), h('time', { datetime: s.receivedAt }, dateTime(s.receivedAt))],
    [t('submission.rows'), number(c.rows || 0)],
    [t('submission.values'), number(c.observations || 0)],
    [t('submission.errors'), number(c.errors || 0)],
    [t('submission.warnings'), number(c.warnings || 0)],
    ['SHA-256', h('code', {}, s.sha256 || '')],
  ];
  if (s.duplicateOf) rows.push([t('submission.duplicateOf'), h('a', { href: '/thb-hub/submissions/' + s.duplicateOf }, s.duplicateOf)]);
  return h('dl', { class: 'summary' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}
