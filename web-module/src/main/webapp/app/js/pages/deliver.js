// Deliver: download the template, choose or drop a file, "Check file" (dry run) or "Send file",
// a progress bar while it uploads, a "checking" state while it is judged, then the verdict.

import { BASE, download, upload } from '../api.js';
import { t, number, plural } from '../i18n.js';
import { h, show, field, liveRegion, announce, errorText, downloadLink, countries, countryName } from '../ui.js';
import { problemsSection, summary } from '../problems.js';

export async function render({ who }) {
  const country = who.country;
  const note = liveRegion();
  const templatePath = '/templates/' + country + '.xlsx';
  const template = downloadLink(t('deliver.template'), BASE + '/api/v1' + templatePath, () => download(templatePath, 'thb-template-' + country + '.xlsx'), note);

  const file = h('input', { type: 'file', name: 'file', accept: '.csv,.xml,.xlsx,text/csv,application/xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const chosen = h('p', { class: 'muted', id: 'chosen', 'aria-live': 'polite' });
  let dropped = null;
  const current = () => dropped || (file.files && file.files[0]) || null;
  file.addEventListener('change', () => {
    dropped = null;
    const f = current();
    chosen.textContent = f ? t('deliver.chosen', { name: f.name, size: number(f.size) }) : '';
  });
  ['dragenter', 'dragover'].forEach((type) => file.addEventListener(type, (e) => { e.preventDefault(); file.classList.add('drag'); }));
  ['dragleave', 'drop'].forEach((type) => file.addEventListener(type, () => file.classList.remove('drag')));
  file.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      dropped = e.dataTransfer.files[0];
      chosen.textContent = t('deliver.chosen', { name: dropped.name, size: number(dropped.size) });
    }
  });

  const progress = h('progress', { id: 'progress', max: '100', value: '0' });
  const progressText = h('span', { class: 'sr-only' });
  const verdict = liveRegion();
  verdict.id = 'verdict';
  const details = h('div', { id: 'details' });
  const check = h('button', { type: 'button', class: 'secondary', id: 'check' }, t('deliver.check'));
  const send = h('button', { type: 'button', id: 'send' }, t('deliver.send'));

  let busy = false;
  // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page
  const setBusy = (value) => {
    busy = value;
    [check, send].forEach((b) => b.setAttribute('aria-disabled', String(value)));
  };

  async function go(dryRun) {
    if (busy) return;
    const f = current();
    if (!f) {
      announce(verdict, 'error', t('deliver.noFile'));
      file.focus();
      return;
    }
    setBusy(true);
    details.replaceChildren();
    progress.value = 0;
    announce(verdict, 'busy', t('deliver.uploading', { name: f.name }));
    const query = '?filename=' + encodeURIComponent(f.name) + (dryRun ? '&dryRun=true' : '');
    try {
      const { submission } = await upload('/submissions' + query, f, {
        onProgress: (fraction) => {
          progress.value = Math.round(fraction * 100);
          progressText.textContent = progress.value + '%';
        },
        onJudging: () => {
          progress.value = 100;
          progress.removeAttribute('value'); // indeterminate while the server judges
          announce(verdict, 'busy', t('deliver.checking'));
        },
      });
      progress.value = 100;
      showVerdict(submission, dryRun);
    } catch (err) {
      progress.value = 0;
      announce(verdict, 'error', errorText(err));
    } finally {
      setBusy(false);
    }
  }

  function showVerdict(s, dryRun) {
    const c = s.counts || {};
    const counts = [plural('count.errors', c.errors || 0), plural('count.warnings', c.warnings || 0), plural('count.values', c.observations || 0)].join(', ');
    const word = h('strong', { class: 'word' }, s.status);
    const headline = dryRun
      ? [t('deliver.wouldBe'), ' ', word, ' ', t('deliver.notSent')]
      : [word, ' ', t('deliver.verdict.' + s.status)];
    announce(verdict, s.status, h('p', {}, ...headline), h('p', {}, counts));
    const parts = [h('h2', {}, t('deliver.result')), summary(s)];
    if (!dryRun) {
      const receiptPath = '/submissions/' + s.id + '/receipt.txt';
      parts.push(h('p', { class: 'actions' },
        downloadLink(t('deliver.receipt'), BASE + '/api/v1' + receiptPath, () => download(receiptPath, s.fileName + '.receipt.txt'), note),
        ' · ',
        h('a', { href: BASE + '/submissions/' + s.id }, t('deliver.details'))));
    }
    parts.push(problemsSection((s.report && s.report.problems) || []));
    details.replaceChildren(...parts);
  }

  check.addEventListener('click', () => go(true));
  send.addEventListener('click', () => go(false));

  let countryLabel = country;
  try { countryLabel = countryName(await countries(), country) + ' (' + country + ')'; } catch (e) { /* the code alone */ }
  show(t('deliver.title'),
    h('p', {}, t('deliver.intro', { country: countryLabel })),
    h('p', {}, template),
    note,
    h('form', { onsubmit: (e) => e.preventDefault() },
      field(t('deliver.file'), file, t('deliver.fileHint')),
      chosen,
      h('div', { class: 'actions' }, check, send),
      h('div', { class: 'field' }, h('label', { for: 'progress' }, t('deliver.progress')), progress, progressText)),
    verdict,
    details,
    h('p', {}, h('a', { href: BASE + '/history' }, t('deliver.history'))));
}
