import { BASE, getJson, download } from '../api.js';
import { t } from '../i18n.js';
import { h, show, liveRegion, notFound, errorText, announce, downloadLink, countries, countryName } from '../ui.js';
import { problemsSection, summary } from '../problems.js';

export async function render({ params }) {
  const id = params[0];
  let s;
  try {
    s = await getJson('/submissions/' + encodeURIComponent(id));
  } catch (err) {
    if (err.status === 404 || err.status === 400) {
      notFound();
      return;
    }
    const region = liveRegion();
    show(t('submission.title'), region);
    announce(region, 'error', errorText(err));
    return;
  }
  let label = s.country;
  try { label = s.country ? countryName(await countries(), s.country) + ' (' + s.country + ')' : ''; } catch (e) { /* code alone */ }
  const note = liveRegion();
  const filePath = '/submissions/' + s.id + '/file';
  const receiptPath = '/submissions/' + s.id + '/receipt.txt';
  show(t('submission.heading', { name: s.fileName }),
    summary(s, label),
    h('p', { class: 'actions' },
      downloadLink(t('submission.original'), BASE + '/api/v1' + filePath, () => download(filePath, s.fileName), note),
      ' · ',
      downloadLink(t('deliver.receipt'), BASE + '/api/v1' + receiptPath, () => download(receiptPath, s.fileName + '.receipt.txt'), note)),
    note,
    problemsSection((s.report && s.report.problems) || []),
    h('p', {}, h('a', { href: BASE + '/history' }, t('submission.back'))));
}
