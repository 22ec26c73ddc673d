// The static first screen: the app's own intro (web/first-screen.json, rendered from the app's
// components by src/first_screen.rs), shown by the loader before the wasm has arrived. It has
// a working quick exit (button and Shift x3) and remembers a press on Start or Start without
// saving for the app to carry out. It is shown only when it can be exactly what the app will
// show: for a visitor with nothing saved, and settings it reads here the way the widget does
// (src/core/settings.rs). Whenever in doubt, `firstScreenPlan` says null and the space is kept
// for the app. Every value from the page or a practice's file goes in as text, never as HTML.

/** Where quick exit goes without an `exit-url` (settings.rs DEFAULT_EXIT_URL). */
const DEFAULT_EXIT = 'https://www.google.com/search?q=weather';
const LANGS = ['en', 'es'];

// Rust's str::trim and chars differ from JS's for a few rare characters: a value holding one
// is left to the app.
const RARE = /[\u0085\u180e\u200b\ufeff]/;
const trimmed = (v) => (v == null || RARE.test(v) ? null : String(v).trim());
const hasSpace = (u) => /\s/.test(u);
/** settings.rs is_safe_url: http(s), mailto, or a path on this site. */
export const isSafeUrl = (u) => {
  const l = u.toLowerCase();
  return (/^https?:\/\//.test(l) && new TextEncoder().encode(u).length > 8 && !hasSpace(u))
    || (l.startsWith('mailto:') && u.length > 7)
    || (u.startsWith('/') && !u.startsWith('//') && !hasSpace(u) && !u.includes('\\'));
};
/** settings.rs is_phone, and the `tel:` address it makes (digits and a leading +). */
export const isPhone = (v) => /^[0-9 +\-().]*$/.test(v) && (v.match(/[0-9]/g) ?? []).length >= 3;
export const tel = (v) => `tel:${v.startsWith('+') ? '+' : ''}${v.replace(/[^0-9]/g, '')}`;

// The practice's accent as colour.rs makes it readable (Accent::from_colour).
const lin = (x) => (x / 255 <= 0.04045 ? x / 255 / 12.92 : ((x / 255 + 0.055) / 1.055) ** 2.4);
const lum = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const contrast = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
const nudge = (c, to, ok) => {
  for (let i = 0; i <= 40; i++) {
    const m = c.map((a, k) => Math.round(a + (to[k] - a) * (i / 40)));
    if (ok(m)) return m;
  }
  return to;
};
const hex = (c) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
/** `[light, dark]` for a `#rgb` or `#rrggbb` accent; null for anything else (the app reads it). */
export function accentColours(value) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!m) return null;
  const d = m[1].length === 3 ? [...m[1]].map((x) => x + x) : m[1].match(/../g);
  const c = d.map((x) => parseInt(x, 16));
  const W = [255, 255, 255];
  return [nudge(c, [0, 0, 0], (x) => contrast(x, W) >= 4.5),
    nudge(c, W, (x) => contrast(x, [0x17, 0x21, 0x27]) >= 4.5 && contrast(x, [0x0d, 0x1b, 0x22]) >= 4.5)].map(hex);
}

/** The practice's words for `lang` (catalog/custom.rs for_lang): its section, then shared keys. */
function practiceWords(file, lang) {
  if (!file || typeof file !== 'object' || Array.isArray(file)) return {};
  const shared = Object.fromEntries(Object.entries(file).filter(([k]) => k.includes('.')));
  const section = Object.entries(file).find(([k, v]) => !k.includes('.') && k.toLowerCase() === lang && v && typeof v === 'object');
  return { ...shared, ...(section ? section[1] : {}) };
}

/**
 * What the first screen shows for these attributes, or null when it would not be exactly what
 * the app shows. `words` is the practice's `texts` file (parsed), if it has one; `lang` the
 * language the widget will speak.
 */
export function firstScreenPlan(first, attributes, words, lang) {
  if (!first?.[lang]) return null;
  const a = Object.fromEntries(Object.entries(attributes).map(([n, v]) => [n, trimmed(v)]));
  if (Object.values(a).includes(null)) return null;
  const set = (n) => (a[n] ? a[n] : undefined);
  const name = set('practice-name');
  if (name !== undefined && [...name].length > 100) return null;
  const url = (n) => {
    const u = set(n);
    return u === undefined || isSafeUrl(u) ? u : null;
  };
  const [contact, safety] = [url('contact-url'), url('safety-url')];
  const phone = set('safety-phone');
  if (contact === null || safety === null || (phone !== undefined && !isPhone(phone))) return null;
  const accent = set('accent') === undefined ? undefined : accentColours(a.accent);
  if (accent === null) return null;
  // `langs`: each language the widget speaks once, in order; fewer than two shows no switch.
  const offered = [...new Set((a.langs ?? '').split(/[ ,]/).filter(Boolean).map((t) => t.split(/[-_]/)[0].toLowerCase()))]
    .filter((t) => LANGS.includes(t));
  // A practice's own words, for the texts the screen shows as they are; a template's, or any
  // text the widget might refuse, is left to the app.
  const own = {};
  for (const [key, text] of Object.entries(practiceWords(words, lang))) {
    if (first.composed.includes(key)) return null;
    if (typeof text !== 'string') continue;
    if (!text.trim() || text.length > 1000 || /[<&{}]/.test(text) || RARE.test(text)) return null;
    own[key] = text;
  }
  return {
    lang,
    help: safety ? 'safety-url' : phone ? 'safety-phone' : contact ? (name ? 'contact-named' : 'contact') : 'none',
    name,
    values: { '\ue000': name, '\ue001': safety, '\ue002': contact, '+1 234': phone, 'tel:+1234': phone && tel(phone) },
    langs: offered.length > 1 ? offered.join(' ') : null,
    accent,
    own,
    exit: exitTo(attributes),
  };
}

/** Where quick exit goes: the practice's `exit-url` if the widget would take it, else its own. */
export function exitTo(attributes) {
  const u = trimmed(attributes['exit-url']);
  return u && isSafeUrl(u) && !u.startsWith('mailto:') ? u : DEFAULT_EXIT;
}

/** `html` parsed, with the practice's words put in where `runs` names a key they replace
 * (`texts` has the words of the keys that share a text with others), and the stand-ins
 * replaced by the practice's values, as text. */
function part(html, runs, { own, values, texts }) {
  const t = document.createElement('template');
  t.innerHTML = html;
  const walk = document.createTreeWalker(t.content, NodeFilter.SHOW_TEXT);
  for (let i = 0, node; (node = walk.nextNode()); i++) {
    const keys = runs[i];
    if (keys?.some((key) => key in own)) node.data = keys.map((key) => own[key] ?? texts[key] ?? key).join('');
    for (const [stand, value] of Object.entries(values)) if (value) node.data = node.data.replaceAll(stand, value);
  }
  for (const el of t.content.querySelectorAll('[href]')) {
    const v = values[el.getAttribute('href')];
    if (v) el.setAttribute('href', v);
  }
  return t.content;
}

/** The screen's DOM for `plan`: the parts put in the way src/first_screen.rs checks. */
export function buildFirstScreen(first, plan) {
  const m = first[plan.lang];
  const r = first.runs;
  const fill = { own: plan.own, values: plan.values, texts: m.texts };
  const root = part(m.screen, r.screen, fill).firstElementChild;
  root.querySelector('.ic-help-line').replaceWith(part(m.help[plan.help], r.help[plan.help], fill));
  if (plan.name) root.querySelector('.ic-facts').after(part(m.offered, r.offered, fill));
  if (plan.langs) root.querySelector('.ic-exit-bar').prepend(part(m.langs[plan.langs], r.langs[plan.langs], fill));
  if (plan.accent) {
    root.style.setProperty('--ic-accent', plan.accent[0]);
    root.style.setProperty('--ic-accent-dark', plan.accent[1]);
  }
  return root;
}

/** Lone Shift taps: three within two seconds are quick exit (src/core/quick_exit.rs). */
export function shiftTaps(onExit) {
  let armed = false;
  let taps = [];
  const down = (e) => {
    if (e.key === 'Shift') armed = !e.repeat;
    else [armed, taps] = [false, []];
  };
  const up = (e) => {
    if (e.key !== 'Shift' || !armed) return;
    armed = false;
    const now = performance.now();
    taps = [...taps.filter((at) => now - at < 2000), now];
    if (taps.length >= 3) onExit();
  };
  addEventListener('keydown', down);
  addEventListener('keyup', up);
  return () => {
    removeEventListener('keydown', down);
    removeEventListener('keyup', up);
  };
}

/**
 * Makes a first screen's buttons work before the app: quick exit leaves at once, Start and
 * Start without saving are remembered (`state.early`, the button pressed), the rest waits.
 * `box` holds the screen; `announce(name)` tells the host page, as the app does.
 */
export function wireFirstScreen(box, exitTo, announce) {
  const state = { early: null, exited: false };
  const exit = () => {
    if (state.exited) return;
    state.exited = true;
    // Hidden at once, as the app does, before the browser has even left.
    box.replaceChildren(Object.assign(document.createElement('div'), { className: 'ic ic-exited' }));
    announce('exit');
    location.replace(exitTo);
  };
  const stopKeys = shiftTaps(exit);
  const click = (e) => {
    const button = e.target.closest?.('button');
    if (!button) return;
    if (button.classList.contains('ic-exit')) exit();
    else if (button.matches('.ic-intro .ic-actions button')) state.early = button;
    else return;
    // Said once, so a visitor knows the press counted while the rest arrives.
    box.firstElementChild?.setAttribute('aria-busy', 'true');
  };
  // The passphrase form waits for the app; it must never send the page anywhere.
  const submit = (e) => e.preventDefault();
  box.addEventListener('click', click);
  box.addEventListener('submit', submit);
  // The app takes over: none of this may act on its markup.
  state.release = () => {
    stopKeys();
    box.removeEventListener('click', click);
    box.removeEventListener('submit', submit);
  };
  return state;
}

/** Nothing of this widget is saved on this device (a lock, a backup or a notice included). */
export function nothingSaved(storageKey) {
  try {
    const key = storageKey ? `intimacy-check:${storageKey}` : 'intimacy-check';
    return localStorage.getItem(key) === null && localStorage.getItem(`${key}:backup`) === null;
  } catch {
    // Storage the browser refuses: the app has a notice to show.
    return false;
  }
}
