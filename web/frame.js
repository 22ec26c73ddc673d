// frame.html: the widget on a page of its own, for sites that embed it with an <iframe>.
// Anyone can write a link to this page, so its address may carry only harmless choices
// (`practice`, `lang`, `start`). Everything the visitor reads as the practice's words or
// follows as its links (name, contact, help text, safety line and words, quick-exit page,
// accent, storage key) comes only from a settings file on this same host: `?practice=harbour`
// reads practices/harbour.json next to this page. A link therefore cannot put a stranger's
// phone number in the practice's "Getting help" or safety panel, or turn quick exit into a
// redirect to anywhere.
// It also tells the parent page its height, so the iframe grows and shrinks with the content.
// The message holds only a number; the parent checks where it came from (see README).
import { firstScreenFile, guessLang } from './intimacy-check.js';

/** What the address may choose. */
const FROM_ADDRESS = ['lang', 'start'];
/** What only the practice's settings file may set. */
const FROM_FILE = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'safety-url', 'safety-phone',
  'safety-text', 'accent', 'exit-url', 'storage-key', 'langs', 'texts'];
const PRACTICE_ID = /^[A-Za-z0-9-]{1,64}$/;
const warn = (text) => console.warn(`intimacy-check frame: ${text}`);

/** The practice's settings, or {} (neutral defaults) with a warning when they cannot be read. */
async function practiceSettings(id) {
  if (id === null) return {};
  if (!PRACTICE_ID.test(id)) {
    warn('the practice id may only hold letters, digits and "-"; showing the default settings.');
    return {};
  }
  const url = new URL(`practices/${id}.json`, import.meta.url);
  let data;
  try {
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
    // Only a file really on this host counts, never one a redirect found elsewhere.
    if (!response.ok || new URL(response.url).origin !== url.origin) throw new Error(`status ${response.status}`);
    data = await response.json();
  } catch (e) {
    warn(`the settings file practices/${id}.json could not be read (${e.message}); showing the default settings.`);
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    warn(`practices/${id}.json is not a JSON object; showing the default settings.`);
    return {};
  }
  const settings = {};
  for (const [name, value] of Object.entries(data)) {
    if (!FROM_FILE.includes(name)) warn(`practices/${id}.json: "${name}" is not a setting and was ignored.`);
    else if (typeof value !== 'string') warn(`practices/${id}.json: "${name}" must be text and was ignored.`);
    else settings[name] = value;
  }
  return settings;
}

const params = new URLSearchParams(location.search);
// A first screen the loader does not hold (a language other than the default) is fetched
// now, beside the practice's settings, not after them.
firstScreenFile(guessLang(params.get('lang') ?? undefined));
const settings = await practiceSettings(params.get('practice'));
for (const name of FROM_ADDRESS) if (params.has(name)) settings[name] = params.get(name);

// This page's own heading and title (hidden, for screen readers and the tab) follow the
// widget's language. They are the only words outside the catalog: a new language adds one
// line here too.
const PAGE_TITLE = { en: 'Relationship check-in', es: 'Chequeo de la relación' };
const primary = String(settings.lang ?? '').trim().split(/[-_]/)[0].toLowerCase();
if (Object.hasOwn(PAGE_TITLE, primary)) {
  document.documentElement.lang = primary;
  document.title = PAGE_TITLE[primary];
  document.querySelector('.frame-title').textContent = PAGE_TITLE[primary];
}

// The widget is made only once its settings are known, so it never shows other values first.
// It checks each value again itself (URL schemes, phone characters, contrast).
const widget = document.createElement('intimacy-check');
for (const [name, value] of Object.entries(settings)) widget.setAttribute(name, value);
// The frame grows and shrinks with its content, so it keeps no reserved height.
widget.style.minHeight = '0px';
document.querySelector('main').append(widget);

let last = 0;
const tell = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && parent !== window) {
    last = height;
    parent.postMessage({ type: 'intimacy-check:height', height }, '*');
  }
};
new ResizeObserver(tell).observe(document.body);
tell();
