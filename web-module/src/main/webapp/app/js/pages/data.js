// Our data: the country's current figures by indicator and year, with the signs the reports use
// (<5 small count, c confidential, * a total that leaves out suppressed parts, p provisional,
// e estimated, b break in series), an "As of" choice, the CSV, the policy status and the profile.

import { BASE, getAll, download } from '../api.js';
import { t, number, date, lang } from '../i18n.js';
import { h, show, table, field, select, liveRegion, announce, errorText, downloadLink, countries, codeLists, countryName, notFound } from '../ui.js';

const TOTAL = '&sex=_T&age=_T&citizen=_T&expl=_T&recruit=_T';
const SEX_PARTS = '&sex=F&sex=M&sex=OTH&sex=UNK&age=_T&citizen=_T&expl=_T&recruit=_T';
const FLAG = { E: 'e', P: 'p', B: 'b' };

/** What a reader sees for one total: the number with its flags, or the suppression sign. */
export function cellText(o) {
  if (o.confStatus === 'A') return '<5';
  if (o.confStatus === 'C' || o.confStatus === 'N') return 'c';
  if (o.value === null || o.value === undefined) return '..';
  return number(o.value) + (FLAG[o.obsStatus] || '');
}

/** A total summed from the printable sex parts, marked * when a part is suppressed. */
function fromParts(parts) {
  const printable = parts.filter((p) => p.value !== null && p.value !== undefined && p.confStatus !== 'A' && p.confStatus !== 'C' && p.confStatus !== 'N');
  if (printable.length === 0) return parts.some((p) => p.confStatus === 'A') ? '<5' : 'c';
  const sum = printable.reduce((s, p) => s + p.value, 0);
  const flags = [...new Set(printable.map((p) => FLAG[p.obsStatus] || ''))].join('');
  return number(sum) + flags + (printable.length < parts.length ? '*' : '');
}

export async function render({ who, query }) {
  const analyst = who.roles.includes('analyst');
  const all = await countries();
  const wanted = (query.get('country') || '').toUpperCase();
  if (!analyst && wanted && wanted !== who.country) {
    notFound(); // another country's figures: as the API answers, "not found"
    return;
  }
  const country = analyst ? (wanted || 'AUT') : who.country;
  if (!all.some((c) => c.iso3 === country)) {
    notFound();
    return;
  }
  const asOfDate = query.get('asOf') || '';
  const asOf = asOfDate ? '&asOf=' + encodeURIComponent(asOfDate + 'T23:59:59Z') : '';
  const region = liveRegion();
  const { labels, order } = await codeLists();

  const countryChoice = analyst
    ? field(t('data.country'), Object.assign(select(all.map((c) => [c.iso3, c.name + ' (' + c.iso3 + ')']), country), { name: 'country' }))
    : h('p', {}, t('data.countryFixed', { country: countryName(all, country) + ' (' + country + ')' }));
  const asOfInput = h('input', { type: 'date', name: 'asOf', value: asOfDate, max: new Date().toISOString().slice(0, 10) });
  const form = h('form', { method: 'get', action: BASE + '/data', class: 'row' },
    analyst ? countryChoice : null,
    field(t('data.asOf'), asOfInput, t('data.asOfHint')),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'secondary' }, t('data.show'))));

  let totals;
  let parts;
  let policy;
  try {
    [totals, parts, policy] = await Promise.all([
      getAll('/observations?country=' + country + TOTAL + asOf),
      getAll('/observations?country=' + country + SEX_PARTS + asOf),
      getAll('/policy-status?country=' + country + asOf),
    ]);
  } catch (err) {
    show(t('data.title'), form, region);
    announce(region, 'error', errorText(err));
    return;
  }

  const years = [...new Set([...totals, ...parts].map((o) => o.year))].sort((a, b) => a - b);
  const indicators = (order.INDICATOR || []).filter((i) => totals.some((o) => o.indicator === i) || parts.some((o) => o.indicator === i));
  const latest = [...totals, ...parts, ...policy].map((o) => o.validFrom).filter(Boolean).sort().pop();
  const rows = indicators.map((ind) => h('tr', {},
    h('th', { scope: 'row' }, (labels.INDICATOR && labels.INDICATOR[ind]) || ind),
    years.map((y) => {
      const total = totals.find((o) => o.indicator === ind && o.year === y);
      const sexParts = parts.filter((o) => o.indicator === ind && o.year === y);
      const text = total ? cellText(total) : sexParts.length ? fromParts(sexParts) : '..';
      return h('td', { class: 'num' }, text);
    })));
  const figures = indicators.length === 0
    ? h('p', {}, t('data.none'))
    : table(t('data.caption', { country }), [t('data.indicator'), ...years.map(String)], rows, { numeric: years.map((y, i) => i + 1) });

  const note = liveRegion();
  const csvPath = '/observations?country=' + country + asOf;
  const profilePath = '/reports/countries/' + country + '?format=pdf&lang=' + lang();
  const downloads = h('p', { class: 'actions' },
    downloadLink(t('data.csv'), BASE + '/api/v1' + csvPath, () => download(csvPath, 'observations-' + country + '.csv', 'text/csv'), note),
    ' · ',
    downloadLink(t('data.profile'), BASE + '/api/v1' + profilePath, () => download(profilePath, 'thb-country-' + country + '.pdf', 'application/pdf'), note));

  const items = (order.POLICY_ITEM || []).filter((i) => policy.some((p) => p.policyItem === i));
  const policyYears = [...new Set(policy.map((p) => p.year))].sort((a, b) => a - b);
  const policyRows = items.map((item) => h('tr', {},
    h('th', { scope: 'row' }, (labels.POLICY_ITEM && labels.POLICY_ITEM[item]) || item),
    policyYears.map((y) => {
      const p = policy.find((x) => x.policyItem === item && x.year === y);
      return h('td', {}, p ? ((labels.POLICY_STATUS && labels.POLICY_STATUS[p.status]) || p.status) : '..');
    })));
  const policyPart = items.length === 0
    ? h('p', {}, t('data.noPolicy'))
    : table(t('data.policyCaption', { country }), [t('data.item'), ...policyYears.map(String)], policyRows);

  show(t('data.title'),
    analyst ? null : countryChoice,
    form,
    region,
    h('p', {}, latest ? t('data.asOfText', { date: date(latest) }) : t('data.asOfNone')),
    downloads,
    note,
    h('h2', {}, t('data.figures')),
    figures,
    h('p', { class: 'legend' }, t('data.legend')),
    h('h2', {}, t('data.policy')),
    policyPart);
}
