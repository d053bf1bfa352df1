// The pages' only way to the server: /api/v1 with the credential kept in sessionStorage, sent as
// an Authorization header (never a cookie, so another site cannot ride on it), and marked with
// X-Requested-With so that a 401 carries no Basic challenge and the browser shows no dialog.

export const BASE = '/thb-hub';
export const API = BASE + '/api/v1';

const CREDENTIAL = 'thb.credential';
const ME = 'thb.me';
const MARKER = { 'X-Requested-With': 'thb-hub-pages' };

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

export function credential() {
  return sessionStorage.getItem(CREDENTIAL);
}

export function me() {
  const text = sessionStorage.getItem(ME);
  return text ? JSON.parse(text) : null;
}

export function remember(authorization, who) {
  sessionStorage.setItem(CREDENTIAL, authorization);
  sessionStorage.setItem(ME, JSON.stringify(who));
}

export function forget() {
  sessionStorage.removeItem(CREDENTIAL);
  sessionStorage.removeItem(ME);
}

export function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

/** Ask who this credential belongs to; null when the server refuses it. */
export async function whoIs(authorization) {
  const r = await fetch(API + '/me', {
    headers: { ...MARKER, Accept: 'application/json', Authorization: authorization },
    credentials: 'omit', cache: 'no-store',
  });
  if (r.status === 401) return null;
  if (!r.ok) throw new ApiError(r.status, await problemOf(r));
  return r.json();
}

function headers(extra) {
  const h = { ...MARKER, ...extra };
  const c = credential();
  if (c) h.Authorization = c;
  return h;
}

function signInAgain() {
  forget();
  const next = location.pathname + location.search;
  location.assign(BASE + '/sign-in?next=' + encodeURIComponent(next));
}

export async function request(path, { method = 'GET', accept = 'application/json', body, type } = {}) {
  const extra = { Accept: accept };
  if (type) extra['Content-Type'] = type;
  const r = await fetch(API + path, { method, headers: headers(extra), body, credentials: 'omit', cache: 'no-store' });
  if (r.status === 401 && credential()) {
    signInAgain();
    throw new ApiError(401, null);
  }
  return r;
}

async function problemOf(r) {
  try {
    return await r.json();
  } catch (notJson) {
    return null;
  }
}

export async function getJson(path) {
  const r = await request(path);
  if (!r.ok) throw new ApiError(r.status, await problemOf(r));
  return r.json();
}

export async function sendJson(method, path, value) {
  const r = await request(path, { method, body: JSON.stringify(value), type: 'application/json' });
  if (!r.ok) throw new ApiError(r.status, await problemOf(r));
  return r.status === 204 ? null : r.json();
}

/** Every item of a paged list (size 500 a page). */
export async function getAll(path, limit = 20000) {
  const sep = path.includes('?') ? '&' : '?';
  let page = 0;
  const items = [];
  for (;;) {
    const answer = await getJson(path + sep + 'size=500&page=' + page);
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0 || items.length >= limit) return items;
    page += 1;
  }
}

function fileNameOf(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Wait for a report job (202 + Location) until its document is ready. */
async function followJob(response) {
  let r = response;
  const deadline = Date.now() + 10 * 60 * 1000;
  while (r.status === 202) {
    const location = r.headers.get('Location');
    if (!location || Date.now() > deadline) throw new ApiError(504, { detail: 'The report took too long.' });
    await new Promise((done) => setTimeout(done, 1000));
    const job = await fetch(location, { headers: headers({ Accept: 'application/json' }), credentials: 'omit', cache: 'no-store' });
    if (job.redirected || job.headers.get('Content-Disposition')) return job;
    const state = await job.json();
    if (state.status === 'FAILED') throw new ApiError(500, { detail: 'The report failed.' });
    if (state.status === 'DONE') {
      return fetch(location.replace(/\/?$/, '/document'), { headers: headers({ Accept: '*/*' }), credentials: 'omit', cache: 'no-store' });
    }
    r = { status: 202, headers: job.headers.has('Location') ? job.headers : new Headers({ Location: location }) };
  }
  return r;
}

/** Fetch a document with the page's credential; resolve to {blob, name}. */
export async function fetchDocument(path, fallbackName, accept = '*/*') {
  let r = await request(path, { accept });
  if (r.status === 202) r = await followJob(r);
  if (!r.ok) throw new ApiError(r.status, await problemOf(r));
  return { blob: await r.blob(), name: fileNameOf(r, fallbackName) };
}

/** Download a document with the page's credential and save it under its own name. */
export async function download(path, fallbackName, accept = '*/*') {
  const { blob, name } = await fetchDocument(path, fallbackName, accept);
  save(blob, name);
  return name;
}

export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Upload a file as multipart part "file". XMLHttpRequest, because fetch reports no upload
 * progress. onProgress(fraction) while bytes go up, onJudging() once they are all sent.
 */
export function upload(path, file, { onProgress, onJudging } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API + path);
    Object.entries(headers({ Accept: 'application/json' })).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.upload.onprogress = (e) => { if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total); };
    xhr.upload.onload = () => { if (onJudging) onJudging(); };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'The connection to the server failed.' }));
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (notJson) { body = null; }
      if (xhr.status === 401 && credential()) { signInAgain(); return; }
      const isSubmission = body && typeof body.status === "string" && body.counts !== undefined;
      if (isSubmission) resolve({ httpStatus: xhr.status, submission: body });
      else reject(new ApiError(xhr.status, body));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
