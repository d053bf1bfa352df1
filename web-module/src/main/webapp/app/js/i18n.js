// UI strings live in /app/i18n/<lang>.json. The language is the one chosen with the "Language"
// switch (remembered in localStorage), else the browser's first supported one, else English.

import { BASE } from './api.js';

export const LANGUAGES = { en: 'English', ru: 'Русский' };
const CHOSEN = 'thb.lang';
let current = 'en';
let strings = {};

function preferred() {
  const chosen = localStorage.getItem(CHOSEN);
  if (chosen && LANGUAGES[chosen]) return chosen;
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (const tag of wanted) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES[primary]) return primary;
  }
  return 'en';
}

export async function loadLanguage() {
  current = preferred();
  let r = await fetch(BASE + '/app/i18n/' + current + '.json', { credentials: 'omit' });
  if (!r.ok) {
    current = 'en';
    r = await fetch(BASE + '/app/i18n/en.json', { credentials: 'omit' });
  }
  strings = await r.json();
  document.documentElement.lang = current;
  return current;
}

export function lang() {
  return current;
}

export function choose(language) {
  localStorage.setItem(CHOSEN, language);
}

/** The string for key, with {name} placeholders filled in; the key itself when missing. */
export function t(key, params = {}) {
  const text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] !== undefined ? String(params[name]) : whole));
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(strings, key);
}

/** Plural forms per language (Russian has three). */
export function plural(key, n) {
  const rule = new Intl.PluralRules(current).select(n);
  const k = key + '.' + rule;
  return t(has(k) ? k : key + '.other', { n: number(n) });
}

export function number(n) {
  return new Intl.NumberFormat(current).format(n);
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
}

export function date(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
