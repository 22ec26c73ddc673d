// intimacy-check embed loader: defines <intimacy-check> and exports mount().
// Finds its files next to itself, loads them only when a widget is near the viewport,
// and loads the wasm once for every widget on the page. No inline styles or scripts.
/** The widget's version, the one in Cargo.toml (tests/js/version.test.mjs checks it). */
export const VERSION = '0.5.0';
import { buildFirstScreen, exitTo, firstScreenPlan, nothingSaved, wireFirstScreen } from './first-screen.js';

const BASE = new URL('./', import.meta.url);
// A version in the loader's own address (WordPress adds ?ver=…) goes on to every file it
// loads, so a browser or cache never mixes the files of two builds.
const file = (path) => new URL(path + new URL(import.meta.url).search, BASE);
const ATTRS = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'safety-url', 'safety-phone',
  'safety-text', 'accent', 'exit-url', 'storage-key', 'lang', 'langs', 'texts', 'start'];

// The SHA-384 hash of every file the loader fetches from the widget's folder, written in by
// `make dist` (scripts/minify.mjs): a file that does not match is refused, never run. The
// source tree has none, so nothing is checked there. A practice's own `texts` file is not
// the widget's and is not checked.
const INTEGRITY = typeof __IC_INTEGRITY__ === 'undefined' ? {} : __IC_INTEGRITY__;
const refused = (path) => {
  console.error(`intimacy-check: ${path} could not be loaded, or is not the file this version shipped (integrity); it was not used`);
  return new Error(`${path} refused`);
};
/** A file of the widget's folder, fetched with its hash; `priority: 'low'` for what the first
 * screen does not need, so it cannot hold the first screen back. */
const fetchChecked = (path, priority = 'auto') => fetch(file(path), INTEGRITY[path] ? { integrity: INTEGRITY[path], priority } : { priority })
  .then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r;
  }).catch(() => { throw refused(path); });
/** A module of the widget's folder, imported only once a preload with its hash has it. */
const importChecked = (path) => {
  const url = file(path).href;
  // A page that preloads it (index.html, frame.html) has checked it already: a second
  // preload of the same module is refused by Firefox.
  if (!INTEGRITY[path] || document.querySelector(`link[rel=modulepreload][href="${path}"]`)) return import(url);
  // The import below then takes the checked module: a page keeps one module per address.
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'),
      { rel: 'modulepreload', href: url, integrity: INTEGRITY[path], crossOrigin: 'anonymous' });
    link.onload = () => import(url).then(resolve, reject);
    link.onerror = () => reject(refused(path));
    document.head.append(link);
  });
};

let app;
/** The app, loaded once per page. The glue and the wasm are fetched at once, never one after the other; the wasm compiles as
// it streams in. */
export const loadApp = () => (app ??= Promise.all([importChecked('app/intimacy-check.js'), fetchChecked('app/intimacy-check_bg.wasm', 'low')]).then(async ([m, wasm]) => {
  await m.default({ module_or_path: wasm });
  return m;
}).catch((e) => {
  app = null;
  throw e;
}));

// What the box says when the widget itself could not load (the same words as the wasm's
// own, src/core/catalog/offline.rs; tests/js/loader.test.mjs keeps them equal).
const COULD_NOT_LOAD = {
  en: ['The quiz could not load. Please check your connection and try again.', 'Try again'],
  es: ['No se pudo cargar el cuestionario. Revisa tu conexión y vuelve a intentarlo.', 'Intentar de nuevo'],
};

// The words are files beside the wasm, one per language, parsed by the browser. Each file is
// fetched once per page (a failed fetch is forgotten, so "Try again" fetches it anew).
const fetched = new Map();
const once = (key, load) => {
  if (!fetched.has(key)) fetched.set(key, load().catch((e) => { fetched.delete(key); throw e; }));
  return fetched.get(key);
};
/** `texts/<tag>.json`, checked and parsed. */
export const langFile = (tag) => once(`lang:${tag}`, async () => (await fetchChecked(`texts/${tag}.json`, 'low')).json());
/** The first screen's markup in `tag` (web/first-screen.json), or null: the source tree has
 * none, and the app shows its own. `make dist` puts the default language's into this file
 * (`__IC_FIRST__`); every other language is a file, `first-screen/<tag>.json`, fetched at
 * once beside the stylesheet (scripts/minify.mjs). `make bench` also builds a loader that
 * fetches every language, to compare the two. */
const HELD = typeof __IC_FIRST__ === 'undefined' ? {} : __IC_FIRST__;
export const firstScreenFile = (tag) => (HELD[tag] ? Promise.resolve(HELD)
  : once(`first:${tag}`, async () => (await fetchChecked(`first-screen/${tag}.json`)).json())).catch(() => null);
/** The practice's own words (the `texts` attribute), relative to the host page. */
export const textsFile = (url) => once(`texts:${url}`, async () => {
  const r = await fetch(new URL(url, document.baseURI));
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
});
/** `text` as a QR code, `{ size, path }`: the encoder beside the wasm is loaded the first
 * time a visitor opens "Your code", never before. */
export const qrCode = (text) => once('qr', () => importChecked('qr.js')).then((m) => m.qrPath(text));

// The languages there are files for. The widget itself chooses (the core's `Lang::auto`);
// this guess only lets the loader fetch the likely file beside the wasm instead of after it.
const LANGS = ['en', 'es'];
const primary = (tag) => String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
export function guessLang(attribute) {
  if (primary(attribute) !== 'auto') return LANGS.includes(primary(attribute)) ? primary(attribute) : 'en';
  const tags = [document.documentElement.lang, ...(navigator.languages ?? [])];
  return tags.map(primary).find((t) => LANGS.includes(t)) ?? 'en';
}

// Only an address the widget itself would take (settings.rs: http(s) or a /path on this
// site) is fetched early; the widget checks it again and warns about anything else.
const plainAddress = (u) => /^(https?:\/\/\S+|\/(?![\/\\])\S*)$/i.test(String(u ?? '').trim());

/** Starts fetching what a widget with these attributes will read. */
export function prefetch(attributes) {
  langFile(guessLang(attributes.lang)).catch(() => {});
  if (plainAddress(attributes.texts)) textsFile(attributes.texts.trim()).catch(() => {});
}

// Space kept for the widget before it loads, so nothing on the host page moves (CLS 0).
const reserve = (w) => (w < 360 ? 900 : w < 440 ? 800 : w < 600 ? 720 : 640);

/**
 * Puts the first screen into `box` and makes its buttons work, if it can be exactly what the
 * app will show (nothing saved, settings read as the widget reads them); else leaves `box` as
 * it is and returns null. `words` is the practice's parsed `texts` file, or null.
 */
export function showFirstScreen(box, first, attributes, words, lang, announce) {
  const plan = first && nothingSaved(attributes['storage-key']?.trim()) && firstScreenPlan(first, attributes, words, lang);
  if (!plan) return null;
  try {
    box.replaceChildren(buildFirstScreen(first, plan));
  } catch {
    // A page that forbids markup from strings (Trusted Types) keeps the space for the app.
    return null;
  }
  return Object.assign(wireFirstScreen(box, plan.exit, announce), { shown: true });
}

/** Until the app arrives, Shift pressed three times leaves even where no first screen shows
 * (something is saved): the box, empty, keeps its space and says nothing. */
export const exitKeysOnly = (box, attributes, announce) => wireFirstScreen(box, exitTo(attributes), announce);

/** "Could not load … Try again", in the visitor's language; `retry` runs on the button. */
export function couldNotLoadBox(lang, retry) {
  const [line, again] = COULD_NOT_LOAD[lang] ?? COULD_NOT_LOAD.en;
  const box = Object.assign(document.createElement('div'), { className: 'ic ic-could-not-load' });
  const say = Object.assign(document.createElement('p'), { textContent: line });
  say.setAttribute('role', 'alert');
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'ic-button ic-primary', textContent: again });
  button.addEventListener('click', retry);
  box.append(say, button);
  return box;
}

/**
 * Mounts the app (`mount(element)`) over the first screen in `box` with no frame in between:
 * the app renders into a box of no height after the first screen, and the two change places
 * in one go once it shows more than "loading", before the browser paints. A disclosure the
 * visitor opened stays open. A press on Start or Start without saving is then the app's own
 * button, pressed for the visitor, and only if the app shows just what they pressed on: a
 * save made meanwhile (another tab) shows instead, untouched. With no first screen, the app
 * mounts into `box` itself.
 */
export function takeOver(box, first, mount) {
  if (!first?.shown) {
    first?.release();
    return mount(box);
  }
  const next = document.createElement('div');
  Object.assign(next.style, { height: '0', overflow: 'hidden' });
  box.append(next);
  const shown = box.firstElementChild;
  const swap = () => {
    const app = next.querySelector(':scope > .ic:not(.ic-loading)');
    if (!app) return;
    watch.disconnect();
    const same = app.textContent === shown.textContent;
    const open = [...box.querySelectorAll(':scope > .ic details[open]')].map((d) => d.className);
    // Where the focus is, what was typed (a passphrase) and a press carry over, control by
    // control, when the app shows just what the visitor saw.
    const controls = (el) => [...el.querySelectorAll('button, summary, input, a[href]')];
    const [from, to] = [controls(shown), controls(app)];
    const focused = from.indexOf(box.getRootNode().activeElement);
    // Until now the first screen kept working; from here the app answers.
    first.release();
    for (const old of [...box.children]) if (old !== next) old.remove();
    next.removeAttribute('style');
    for (const c of open) next.querySelector(`details.${c.split(' ').join('.')}`)?.setAttribute('open', '');
    if (!same) return;
    from.forEach((el, i) => { if (el.localName === 'input' && el.value && to[i]?.localName === 'input') to[i].value = el.value; });
    to[focused]?.focus({ preventScroll: true });
    to[from.indexOf(first.early)]?.click();
  };
  // In the observer's own callback: no task runs while both are in the box.
  const watch = new MutationObserver(swap);
  watch.observe(next, { childList: true, subtree: true });
  return mount(next);
}

class Embed {
  constructor(host, read) {
    this.host = host;
    this.read = read;
    this.root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    const s = host.style;
    this.saved = [s.display, s.minHeight];
    if (!s.display) s.display = 'block';
    if (!s.minHeight) s.minHeight = `${reserve(host.getBoundingClientRect().width || innerWidth)}px`;
  }

  whenNear() {
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.observer.disconnect();
        this.start();
      }
    }, { rootMargin: '300px' });
    this.observer.observe(this.host);
  }

  async start() {
    if (this.started) return this.started;
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: file('widget.css').href });
    if (INTEGRITY['widget.css']) Object.assign(link, { integrity: INTEGRITY['widget.css'], crossOrigin: 'anonymous' });
    const box = document.createElement('div');
    this.root.replaceChildren(link, box);
    // Without a hash a missing stylesheet only leaves the widget plain; a refused one stops it.
    const css = new Promise((done, fail) => {
      link.onload = done;
      link.onerror = () => (INTEGRITY['widget.css'] ? fail(refused('widget.css')) : done());
    });
    const attributes = this.read();
    prefetch(attributes);
    const lang = guessLang(attributes.lang);
    const announce = (name) => this.host.dispatchEvent(new CustomEvent(`intimacy-check:${name}`, { bubbles: true, composed: true }));
    // The practice's words, when it has a file of them: the first screen and the app use them.
    const words = plainAddress(attributes.texts) ? textsFile(attributes.texts.trim()).catch(() => null) : null;
    if (!this.first) this.showFirst(box, css, words, attributes, lang, announce);
    this.started = Promise.all([loadApp(), css, langFile(lang).catch(() => {}), words]).then(([m]) => {
      const first = this.first;
      if (this.gone || first?.exited) return;
      this.widget = takeOver(box, first, (into) => m.mountWidget(into, attributes, announce, langFile, textsFile, qrCode));
    }, () => this.couldNotLoad(attributes));
    return this.started;
  }

  /** The first screen, as soon as its stylesheet and the practice's words are in, if the app
   * is not there yet and it can be exactly what the app will show. */
  async showFirst(box, css, words, attributes, lang, announce) {
    this.first = exitKeysOnly(box, attributes, announce);
    const [file, first] = await Promise.all([words, firstScreenFile(lang), css]).catch(() => []);
    if (file === undefined || this.widget || this.gone || box.firstChild || this.first.exited) return;
    const shown = showFirstScreen(box, first, attributes, file, lang, announce);
    if (shown) {
      this.first.release();
      this.first = shown;
    }
  }

  /** The widget could not load: say so in the visitor's language, with a working button. */
  couldNotLoad(attributes) {
    if (this.gone || this.first?.exited) return;
    this.first?.release();
    this.first = null;
    const box = couldNotLoadBox(guessLang(attributes.lang), () => {
      this.started = null;
      this.start();
    });
    this.root.replaceChildren(...[...this.root.querySelectorAll('link')], box);
  }

  update() { this.widget?.update(this.read()); }

  stop() {
    this.gone = true;
    this.observer?.disconnect();
    this.widget?.unmount();
    this.widget = null;
    this.root.replaceChildren();
    [this.host.style.display, this.host.style.minHeight] = this.saved;
  }
}

class IntimacyCheck extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  connectedCallback() {
    const read = () => Object.fromEntries(ATTRS.filter((a) => this.hasAttribute(a)).map((a) => [a, this.getAttribute(a)]));
    this.embed = new Embed(this, read);
    this.embed.whenNear();
  }

  disconnectedCallback() {
    this.embed?.stop();
    this.embed = null;
  }

  attributeChangedCallback() { this.embed?.update(); }
}

if (!customElements.get('intimacy-check')) customElements.define('intimacy-check', IntimacyCheck);

/** Mounts a widget into any element: `const w = await mount(el, { practiceName: '…' })`. */
export async function mount(element, options = {}) {
  const current = { ...options };
  const read = () => Object.fromEntries(Object.entries(current).filter(([, v]) => v != null)
    .map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), String(v)]));
  const embed = new Embed(element, read);
  await embed.start();
  return {
    update(next) { Object.assign(current, next); embed.update(); },
    unmount() { embed.stop(); },
  };
}
