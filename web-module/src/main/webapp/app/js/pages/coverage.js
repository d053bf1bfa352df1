// Coverage: States x years for one indicator, each cell delivered / suppressed / not reported,
// States delivering per region and year, and the latest submission of every country.

import { BASE, getAll, getJson } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { h, show, table, field, select, liveRegion, announce, errorText, countries, codeLists } from '../ui.js';

const TOTAL = '&sex=_T&age=_T&citizen=_T&expl=_T&recruit=_T';

function state(o) {
  if (!o) return 'missing';
  if (o.confStatus === 'A' || o.confStatus === 'C' || o.confStatus === 'N') return 'suppressed';
  if (o.value === null || o.value === undefined) return 'missing';
  return 'delivered';
}

export async function render({ query }) {
  const { labels, order } = await codeLists();
  const all = (await countries()).filter((c) => c.osceStatus === 'participating');
  const indicator = (order.INDICATOR || []).includes(query.get('indicator')) ? query.get('indicator') : 'VICT';
  const region = liveRegion();
  const now = new Date().getUTCFullYear();
  const to = Math.min(now, parseInt(query.get('to') || '', 10) || now);
  const from = Math.max(1980, Math.min(to, parseInt(query.get('from') || '', 10) || to - 9));

  const indicatorChoice = Object.assign(select((order.INDICATOR || []).map((c) => [c, labels.INDICATOR[c]]), indicator), { name: 'indicator' });
  const fromInput = h('input', { type: 'number', name: 'from', min: '1980', max: String(now), value: String(from) });
  const toInput = h('input', { type: 'number', name: 'to', min: '1980', max: String(now), value: String(to) });
  const form = h('form', { method: 'get', action: BASE + '/coverage', class: 'row' },
    field(t('coverage.indicator'), indicatorChoice), field(t('coverage.from'), fromInput), field(t('coverage.to'), toInput),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'secondary' }, t('coverage.show'))));

  // the latest submissions come after the grid: the grid is what the page is for
  const latestRequest = getJson('/submissions?size=500');
  latestRequest.catch(() => null);
  let values;
  try {
    values = await getAll('/observations?indicator=' + indicator + '&from=' + from + '&to=' + to + TOTAL);
  } catch (err) {
    show(t('coverage.title'), form, region);
    announce(region, 'error', errorText(err));
    return;
  }
  const years = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  const byKey = new Map(values.map((o) => [o.country + ':' + o.year, o]));
  const regions = [...new Map(all.map((c) => [c.regionM49 || c.region, c.region])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const sign = { delivered: '✓', suppressed: '◐', missing: '–' };

  const rows = [];
  for (const [code, name] of regions) {
    const members = all.filter((c) => (c.regionM49 || c.region) === code).sort((a, b) => a.name.localeCompare(b.name));
    rows.push(h('tr', { class: 'region' }, h('th', { scope: 'rowgroup', colspan: String(years.length + 1) }, name)));
    for (const c of members) {
      rows.push(h('tr', {}, h('th', { scope: 'row' }, c.name + ' (' + c.iso3 + ')'), years.map((y) => {
        const s = state(byKey.get(c.iso3 + ':' + y));
        // not reported: a dash to the eye, the words for screen readers, so the grid stays quiet
        return s === 'missing'
          ? h('td', { class: s }, h('span', { 'aria-hidden': 'true' }, sign[s]), h('span', { class: 'sr-only' }, t('coverage.' + s)))
          : h('td', { class: s }, h('span', { 'aria-hidden': 'true' }, sign[s] + ' '), t('coverage.' + s));
      })));
    }
  }
  const grid = table(t('coverage.caption', { indicator: labels.INDICATOR[indicator] || indicator }), [t('coverage.state'), ...years.map(String)], rows);

  const regionRows = regions.map(([code, name]) => {
    const members = all.filter((c) => (c.regionM49 || c.region) === code);
    return h('tr', {}, h('th', { scope: 'row' }, name), years.map((y) => {
      const n = members.filter((c) => state(byKey.get(c.iso3 + ':' + y)) !== 'missing').length;
      return h('td', { class: 'num' }, number(n) + ' / ' + number(members.length));
    }));
  });
  const perRegion = table(t('coverage.regionCaption'), [t('coverage.region'), ...years.map(String)], regionRows, { numeric: years.map((y, i) => i + 1) });

  const latestPart = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('coverage.loading')));
  show(t('coverage.title'), h('p', {}, t('coverage.intro')), form, region,
    h('p', { class: 'legend' }, t('coverage.legend')),
    grid,
    h('h2', {}, t('coverage.perRegion')), perRegion,
    h('h2', {}, t('coverage.latest')), latestPart);
  try {
    latestPart.replaceChildren(latestTable((await latestRequest).items));
  } catch (err) {
    latestPart.replaceChildren(h('p', { class: 'error-text' }, errorText(err)));
  }
  latestPart.removeAttribute('aria-busy');
}

function latestTable(items) {
  const newest = new Map();
  for (const s of items) if (s.country && !newest.has(s.country)) newest.set(s.country, s);
  const latestRows = [...newest.values()].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1)).map((s) => h('tr', {},
    h('td', {}, s.country),
    h('td', {}, h('time', { datetime: s.receivedAt }, dateTime(s.receivedAt))),
    h('td', {}, h('a', { href: BASE + '/submissions/' + s.id }, s.fileName)),
    h('td', {}, s.channel),
    h('td', {}, h('span', { class: 'badge ' + s.status }, s.status))));
  return latestRows.length === 0 ? h('p', {}, t('coverage.noSubmissions'))
    : table(t('coverage.latestCaption'), [t('history.country'), t('history.received'), t('history.file'), t('history.channel'), t('history.status')], latestRows);
}
