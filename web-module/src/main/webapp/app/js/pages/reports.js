// Reports: choose the report, years, regions, format and as-of; the HTML version is shown on the
// page, and the chosen document (PDF, XLSX, CSV) is downloaded with the page's credential.

import { BASE, fetchDocument, save } from '../api.js';
import { t, lang } from '../i18n.js';
import { h, show, field, select, liveRegion, announce, errorText, countries } from '../ui.js';

export async function render({ query }) {
  const all = await countries();
  const regions = [...new Map(all.map((c) => [c.regionM49, c.region])).entries()].filter(([code]) => code).sort((a, b) => a[1].localeCompare(b[1]));
  const now = new Date().getUTCFullYear();
  const region = liveRegion();

  const report = select([['trends', t('reports.trends')], ['country', t('reports.country')]], query.get('report') || 'trends');
  const country = select(all.map((c) => [c.iso3, c.name + ' (' + c.iso3 + ')']), query.get('country') || 'AUT');
  const from = h('input', { type: 'number', min: '1980', max: String(now), value: query.get('from') || String(now - 10) });
  const to = h('input', { type: 'number', min: '1980', max: String(now), value: query.get('to') || String(now - 1) });
  const format = select([['pdf', 'PDF'], ['xlsx', 'XLSX'], ['csv', 'CSV'], ['html', 'HTML']], query.get('format') || 'pdf');
  const asOf = h('input', { type: 'date', max: new Date().toISOString().slice(0, 10) });
  const boxes = regions.map(([code, name]) => {
    const box = h('input', { type: 'checkbox', value: code, id: 'region-' + code });
    return h('label', { for: box.id }, box, name);
  });
  const regionSet = h('fieldset', { id: 'regions' }, h('legend', {}, t('reports.regions')), h('p', { class: 'hint' }, t('reports.regionsHint')), h('div', { class: 'checks' }, boxes));
  const countryField = field(t('reports.countryField'), country);
  const asOfField = field(t('reports.asOf'), asOf, t('reports.asOfHint'));
  const sync = () => {
    const trends = report.value === 'trends';
    countryField.hidden = trends;
    regionSet.hidden = !trends;
    asOfField.hidden = !trends;
  };
  report.addEventListener('change', sync);
  sync();

  // The HTML report is shown inside a shadow root: its own styles stay its own, nothing of it runs
  // (parsed, never executed: scripts and event attributes are dropped).
  const host = h('div', { class: 'report-view', id: 'report-view', role: 'region', 'aria-label': t('reports.frame') });
  const shadow = host.attachShadow({ mode: 'open' });
  const preview = h('section', { 'aria-labelledby': 'preview-h', hidden: true }, h('h2', { id: 'preview-h' }, t('reports.preview')), host);
  function showReport(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('script, iframe, object, embed, link, meta, base').forEach((e) => e.remove());
    doc.querySelectorAll('*').forEach((e) => [...e.attributes].forEach((a) => { if (/^on/i.test(a.name)) e.removeAttribute(a.name); }));
    const styles = [...doc.querySelectorAll('style')].map((st) => st.textContent.replace(/\bbody\b/g, '.report-body')).join('\n');
    const body = document.createElement('div');
    body.className = 'report-body';
    body.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    // the report's own h1 and h2 sit under this page's h2
    body.querySelectorAll('h1, h2').forEach((hd) => hd.setAttribute('aria-level', hd.tagName === 'H1' ? '3' : '4'));
    const style = document.createElement('style');
    style.textContent = styles + '\n.report-body{margin:0 auto !important}';
    shadow.replaceChildren(style, body);
  }
  const create = h('button', { type: 'submit' }, t('reports.create'));

  function path(fmt) {
    const p = new URLSearchParams();
    if (from.value) p.set('from', from.value);
    if (to.value) p.set('to', to.value);
    p.set('format', fmt);
    p.set('lang', lang());
    if (report.value === 'trends') {
      boxes.forEach((l) => { const b = l.querySelector('input'); if (b.checked) p.append('regions', b.value); });
      if (asOf.value) p.set('asOf', asOf.value + 'T23:59:59Z');
      return '/reports/trends?' + p.toString();
    }
    return '/reports/countries/' + country.value + '?' + p.toString();
  }

  const form = h('form', { novalidate: true },
    field(t('reports.report'), report), countryField,
    h('div', { class: 'row' }, field(t('reports.from'), from), field(t('reports.to'), to)),
    regionSet,
    h('div', { class: 'row' }, field(t('reports.format'), format), asOfField),
    create);
  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    create.setAttribute('aria-disabled', 'true');
    announce(region, 'busy', t('reports.creating'));
    try {
      const html = await fetchDocument(path('html'), 'report.html', 'text/html');
      showReport(await html.blob.text());
      preview.hidden = false;
      if (format.value !== 'html') {
        const doc = await fetchDocument(path(format.value), 'report.' + format.value);
        save(doc.blob, doc.name);
        announce(region, 'ok', t('reports.done', { name: doc.name }));
      } else {
        announce(region, 'ok', t('reports.shown'));
      }
    } catch (err) {
      announce(region, 'error', errorText(err));
    } finally {
      busy = false;
      create.setAttribute('aria-disabled', 'false');
    }
  });
  show(t('reports.title'), h('p', {}, t('reports.intro')), form, region, preview);
}
