// UNODC import: the GLOTIP export (XLSX or CSV), always lenient: valid rows stored, every refused
// row reported.

import { upload } from '../api.js';
import { t, plural } from '../i18n.js';
import { h, show, field, liveRegion, announce, errorText } from '../ui.js';
import { problemsSection, summary } from '../problems.js';

export async function render() {
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,.xlsx' });
  const progress = h('progress', { id: 'progress', max: '100', value: '0' });
  const verdict = liveRegion();
  verdict.id = 'verdict';
  const details = h('div', { id: 'details' });
  const button = h('button', { type: 'submit' }, t('import.button'));
  const form = h('form', { novalidate: true },
    field(t('deliver.file'), file, t('import.fileHint')),
    button,
    h('div', { class: 'field' }, h('label', { for: 'progress' }, t('deliver.progress')), progress));
  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    const f = file.files && file.files[0];
    if (!f) {
      announce(verdict, 'error', t('deliver.noFile'));
      file.focus();
      return;
    }
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    details.replaceChildren();
    announce(verdict, 'busy', t('deliver.uploading', { name: f.name }));
    try {
      const { submission: s } = await upload('/submissions?mode=lenient&filename=' + encodeURIComponent(f.name), f, {
        onProgress: (x) => { progress.value = Math.round(x * 100); },
        onJudging: () => { progress.removeAttribute('value'); announce(verdict, 'busy', t('import.checking')); },
      });
      progress.value = 100;
      const c = s.counts || {};
      announce(verdict, s.status, h('p', {}, h('strong', { class: 'word' }, s.status), ' ', plural('count.values', c.observations || 0) + '.'),
        h('p', {}, plural('count.errors', c.errors || 0) + ', ' + plural('count.warnings', c.warnings || 0)));
      details.replaceChildren(summary(s), problemsSection((s.report && s.report.problems) || []));
    } catch (err) {
      progress.value = 0;
      announce(verdict, 'error', errorText(err));
    } finally {
      busy = false;
      button.setAttribute('aria-disabled', 'false');
    }
  });
  show(t('import.title'), h('p', {}, t('import.intro')), form, verdict, details);
}
