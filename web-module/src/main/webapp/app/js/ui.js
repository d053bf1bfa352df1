// Small DOM helpers shared by the pages. Text is always set as text, never as HTML.

import { getJson } from './api.js';
import { t, lang } from './i18n.js';

/** h('p', {class: 'x'}, 'text', child): an element with attributes and children. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function main() {
  return document.getElementById('main');
}

/** Replace the page's content; the title names the page first. */
export function show(title, ...children) {
  document.title = title + ' – THB Hub';
  const m = main();
  m.replaceChildren(h('h1', {}, title), ...children);
}

let ids = 0;
export function uid(prefix) {
  ids += 1;
  return prefix + '-' + ids;
}

/** A labelled control: label above, optional hint tied to it by aria-describedby. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uid('f');
  const parts = [h('label', { for: control.id }, labelText)];
  if (hint) {
    const hintId = control.id + '-hint';
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('p', { class: 'hint', id: hintId }, hint));
  }
  return h('div', { class: 'field' }, ...parts, control);
}

export function select(options, value) {
  const s = h('select', {});
  for (const [v, label] of options) s.append(h('option', { value: v, selected: String(v) === String(value) }, label));
  return s;
}

/** A table with a caption, header cells (scope=col) and rows of cells. */
export function table(caption, columns, rows, { numeric = [] } = {}) {
  const head = h('tr', {}, columns.map((c, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, c)));
  const body = h('tbody', {}, rows);
  const tableEl = h('table', {}, h('caption', {}, caption), h('thead', {}, head), body);
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' }, tableEl);
}

export function notFound() {
  show(t('notFound.title'), h('p', {}, t('notFound.text')), h('p', {}, h('a', { href: '/thb-hub/' }, t('nav.home'))));
}

export function errorText(error) {
  if (error && error.status === 404) return t('error.notFound');
  if (error && error.status === 403) return t('error.forbidden');
  if (error && error.problem && error.problem.detail) return error.problem.detail;
  return t('error.generic');
}

/** A polite live region that announces status changes. */
export function liveRegion(extraClass = '') {
  return h('div', { role: 'status', 'aria-live': 'polite', class: ('status ' + extraClass).trim() });
}

/** Say something in a live region (and style it by kind). */
export function announce(region, kind, ...content) {
  region.className = 'status ' + (kind || '');
  region.replaceChildren(...content.flat());
}

// Reference data, per language, kept for the browser session (it changes only with releases).
const refCache = {};
async function cached(path) {
  const key = 'thb.ref.' + lang() + '.' + path;
  if (refCache[key]) return refCache[key];
  const stored = sessionStorage.getItem(key);
  if (stored) {
    refCache[key] = JSON.parse(stored);
    return refCache[key];
  }
  const value = await getJson(path + '?lang=' + lang());
  try { sessionStorage.setItem(key, JSON.stringify(value)); } catch (full) { /* memory copy suffices */ }
  refCache[key] = value;
  return value;
}

export async function countries() {
  return cached('/reference/countries');
}

/** {listId: {code: label}} and the codes of each list in their order. */
export async function codeLists() {
  const lists = await cached('/reference/codelists');
  const labels = {};
  const order = {};
  for (const list of lists) {
    labels[list.id] = {};
    order[list.id] = [];
    for (const c of list.codes) {
      labels[list.id][c.code] = c.label;
      order[list.id].push(c.code);
    }
  }
  return { labels, order };
}

export function countryName(list, iso3) {
  const c = list.find((x) => x.iso3 === iso3);
  return c ? c.name : iso3;
}

/** A button that runs an async action, disabled while it runs, errors said in a live region. */
export function actionButton(label, action, region, { secondary = true } = {}) {
  const b = h('button', { type: 'button', class: secondary ? 'secondary' : null }, label);
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await action();
    } catch (e) {
      if (region) announce(region, 'error', errorText(e));
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

/** A link to a document that is fetched with the page's credential and saved. */
export function downloadLink(label, href, run, region) {
  const a = h('a', { href, class: 'download' }, label);
  a.addEventListener('click', async (e) => {
    e.preventDefault();
    try {
      const name = await run();
      if (region) announce(region, 'ok', t('download.saved', { name }));
    } catch (err) {
      if (region) announce(region, 'error', errorText(err));
    }
  });
  return a;
}
