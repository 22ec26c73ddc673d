// The configurator's rules and snippets, with no page code, so they can be checked on their own.
// The checks mirror src/core/settings.rs exactly (the widget checks every value again itself):
// a value the widget would ignore is refused here and left out of every snippet.

/** Every attribute the widget reads, in the README's order. */
export const ATTRIBUTES = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'safety-url', 'safety-phone',
  'safety-text', 'accent', 'exit-url', 'storage-key', 'lang', 'langs', 'texts', 'start'];
/** What the iframe page takes from its settings file (frame.js FROM_FILE); `lang` and `start` go in its address. */
export const FILE_SETTINGS = ['practice-name', 'contact-url', 'contact-phone', 'help-text', 'safety-url', 'safety-phone',
  'safety-text', 'accent', 'exit-url', 'storage-key', 'langs', 'texts'];
/** The configurator's own fields, besides the attributes. */
export const EXTRA = ['base', 'practice'];
export const MIN_CONTRAST = 4.5;

// Rust's char::is_whitespace (Unicode White_Space), which differs from JS's \s.
const WS = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const HAS_WS = new RegExp(`[${WS}]`);
const TRIM = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g');
/** str::trim. */
export const rustTrim = (s) => s.replace(TRIM, '');
/** str::to_ascii_lowercase. */
const asciiLower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
/** str::len (UTF-8 bytes) and chars().count() (code points). */
const bytes = (s) => new TextEncoder().encode(s).length;
const chars = (s) => [...s].length;

/** settings.rs is_safe_url: http(s), mailto, or a path on this site. */
function isSafeUrl(u) {
  const lower = asciiLower(u);
  return ((lower.startsWith('https://') || lower.startsWith('http://')) && bytes(u) > 8 && !HAS_WS.test(u))
    || (lower.startsWith('mailto:') && bytes(u) > 7)
    || (u.startsWith('/') && !u.startsWith('//') && !HAS_WS.test(u) && !u.includes('\\'));
}

/** Rust's u8 FromStr: ASCII digits with an optional leading '+', 0 to 255. */
function parseU8(p) {
  if (!/^\+?[0-9]+$/.test(p)) return null;
  const n = Number(p);
  return n <= 255 ? n : null;
}

/** settings.rs Rgb::parse: `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b)`; [r, g, b] or null. */
export function parseColour(value) {
  const v = asciiLower(rustTrim(value));
  if (v.startsWith('#')) {
    const hex = [...v.slice(1)];
    if (!hex.every((c) => /^[0-9a-f]$/.test(c))) return null;
    const d = hex.map((c) => parseInt(c, 16));
    if (d.length === 3) return d.map((x) => x * 17);
    if (d.length === 6) return [d[0] * 16 + d[1], d[2] * 16 + d[3], d[4] * 16 + d[5]];
    return null;
  }
  if (!v.startsWith('rgb(') || !v.endsWith(')') || v.length < 5) return null;
  const parts = v.slice(4, -1).split(/[, ]/).filter((p) => p !== '').map(parseU8);
  return parts.length === 3 && parts.every((p) => p !== null) ? parts : null;
}

export const hex = (c) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
const lin = (x) => {
  const c = x / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
/** WCAG contrast ratio, 1 to 21. */
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
const DARK_SURFACE = [0x17, 0x21, 0x27];
const DARK_TEXT = [0x0d, 0x1b, 0x22];
const mix = (c, toward, amount) => c.map((a, i) => Math.round(a + (toward[i] - a) * amount));
/** The smallest of 40 steps toward `toward` that makes `ok` true (settings.rs nudge). */
function nudge(c, toward, ok) {
  for (let i = 0; i <= 40; i++) {
    const m = mix(c, toward, i / 40);
    if (ok(m)) return m;
  }
  return toward;
}

/** What the widget does with an accent: the light-mode colour (darkened if white text on it is
 * below 4.5:1) and the dark-mode colour, as settings.rs Accent::from_colour. */
export function accentInfo(c) {
  const light = nudge(c, BLACK, (x) => contrast(x, WHITE) >= MIN_CONTRAST);
  const dark = nudge(c, WHITE, (x) => contrast(x, DARK_SURFACE) >= MIN_CONTRAST && contrast(x, DARK_TEXT) >= MIN_CONTRAST);
  return {
    given: hex(c),
    ratio: contrast(c, WHITE),
    light: hex(light),
    lightRatio: contrast(light, WHITE),
    dark: hex(dark),
    adjusted: hex(light) !== hex(c),
  };
}

/** The languages the widget speaks: as Lang::from_tag in src/core/catalog.rs. */
export const LANGUAGES = ['en', 'es'];
/** A language tag's primary subtag, as Lang::from_tag reads it ("en-GB" → "en"). */
const primaryLang = (v) => asciiLower(rustTrim(v).split(/[-_]/)[0]);
const langOk = (v) => asciiLower(rustTrim(v)) === 'auto' || LANGUAGES.includes(primaryLang(v));
/** `langs`' tags, as settings.rs splits them: at spaces and commas only. */
const langTags = (v) => v.split(/[ ,]/).filter((t) => t !== '');
/** `langs` as the widget keeps it: each known language once, in order ("es, en-GB es" → "es en"). */
export const langsList = (v) => [...new Set(langTags(rustTrim(v)).map(primaryLang).filter((l) => LANGUAGES.includes(l)))].join(' ');
const LANGUAGE_LIST = 'en (English) and es (Spanish)';

/**
 * Checks one attribute's value as the widget would. Returns { value, error }: `value` is what
 * goes into the snippets (trimmed) or null (unset or refused); `error` is a kind sentence or ''.
 */
export function check(name, raw) {
  const value = rustTrim(raw ?? '');
  if (value === '') return { value: null, error: '' };
  const no = (error) => ({ value: null, error });
  const ok = { value, error: '' };
  switch (name) {
    case 'practice-name':
      return chars(value) <= 100 ? ok : no(`This is ${chars(value)} characters long; please keep it to 100 or fewer.`);
    case 'help-text':
    case 'safety-text':
      return chars(value) <= 600 ? ok : no(`This is ${chars(value)} characters long; please keep it to 600 or fewer.`);
    case 'contact-url':
    case 'safety-url':
      return isSafeUrl(value) ? ok
        : no('This cannot be used as a link. It needs to start with https://, http://, mailto: or / (and have no spaces).');
    case 'exit-url':
      return isSafeUrl(value) && !value.startsWith('mailto:') ? ok
        : no('This cannot be used for quick exit. It needs to start with https://, http:// or / (and have no spaces).');
    case 'texts':
      return isSafeUrl(value) && !value.startsWith('mailto:') ? ok
        : no('This cannot be used as the address of your words file. It needs to start with https://, http:// or / (and have no spaces).');
    case 'contact-phone':
    case 'safety-phone': {
      const digits = [...value].filter((c) => c >= '0' && c <= '9').length;
      const allowed = [...value].every((c) => (c >= '0' && c <= '9') || ' +-().'.includes(c));
      if (!allowed) return no('A phone number may hold only digits, spaces and + - ( ) .');
      return digits >= 3 ? ok : no('A phone number needs at least 3 digits.');
    }
    case 'accent':
      return parseColour(value) ? ok : no('Please write the colour as #rrggbb (for example #2a6f97), #rgb or rgb(42, 111, 151).');
    case 'storage-key':
      if (!/^[A-Za-z0-9_-]*$/.test(value)) return no('Please use only letters (a to z), digits, - and _ (no spaces).');
      return value.length <= 64 ? ok : no('Please keep it to 64 characters or fewer.');
    case 'lang':
      return langOk(value) ? ok
        : no(`The widget speaks ${LANGUAGE_LIST}; please use en, es or auto (or leave this empty for English).`);
    case 'langs': {
      // The widget leaves out (with a warning) any language it does not speak; here the whole
      // list waits until each one is a language it speaks.
      const tags = langTags(value);
      if (tags.length === 0) return { value: null, error: '' };
      const unknown = tags.filter((t) => !LANGUAGES.includes(primaryLang(t)));
      if (unknown.length === 0) return ok;
      const named = unknown.slice(0, 3).map((t) => `"${t}"`).join(', ');
      return no(`The widget does not speak ${named}. It speaks ${LANGUAGE_LIST}: list only those, with a space between, for example: en es`);
    }
    case 'start':
      return value === 'quiz' || value === 'plan' ? ok : no('Please choose where the quiz opens for a returning visitor.');
    default:
      return no('This is not a setting.');
  }
}

const PRACTICE_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The settings file's name, as frame.js accepts it: letters, digits and - (64 at most). */
export function checkPractice(raw) {
  const value = rustTrim(raw ?? '');
  if (value === '') return { value: null, error: '' };
  return PRACTICE_ID.test(value) ? { value, error: '' }
    : { value: null, error: 'Please use only letters (a to z), digits and - (no spaces), 64 at most.' };
}

/** A file name made from the practice's name when none is given: "Harbour Counselling" → harbour-counselling. */
export function practiceIdFrom(name) {
  const id = (name || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
  return id || 'my-practice';
}

/** Where the widget's files are: an http(s) folder address ending in '/', or an error. */
export function checkBase(raw) {
  const value = rustTrim(raw ?? '');
  const need = 'Please give the full web address of the folder, starting with https:// (for example https://your-site.example/widgets/intimacy-check/).';
  if (value === '') return { value: null, error: need };
  let url;
  try { url = new URL(value); } catch { return { value: null, error: need }; }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || HAS_WS.test(value)) {
    return { value: null, error: need };
  }
  url.search = '';
  url.hash = '';
  // Someone may paste the address of a file in the folder rather than the folder.
  url.pathname = url.pathname.replace(/\/(intimacy-check\.js|frame\.html|configure\.html|index\.html)$/, '/');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { value: url.href, error: '' };
}

/** The whole form checked: { attrs: {name: value}, errors: {field: message}, base, practice }. */
export function checkAll(form) {
  const attrs = {};
  const errors = {};
  for (const name of ATTRIBUTES) {
    const r = check(name, form[name]);
    if (r.value !== null) attrs[name] = r.value;
    if (r.error) errors[name] = r.error;
  }
  // One spelling of the colour in every snippet (the WordPress plugin takes only #rrggbb).
  if (attrs.accent) attrs.accent = hex(parseColour(attrs.accent));
  const base = checkBase(form.base);
  if (base.error) errors.base = base.error;
  const practice = checkPractice(form.practice);
  if (practice.error) errors.practice = practice.error;
  return { attrs, errors, base: base.value, practice: practice.value ?? practiceIdFrom(attrs['practice-name']) };
}

/** Text for an HTML attribute value (or element content): & < > " ' escaped. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
})[c]);

/** A JS string literal safe inside an inline <script>: no `</script>`, no `<!--`, no raw line separators. */
export const jsString = (s) => JSON.stringify(String(s))
  .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Snippet 1: the loader script and the element. */
export function scriptSnippet(base, attrs) {
  const lines = ATTRIBUTES.filter((a) => a in attrs).map((a) => `  ${a}="${escapeHtml(attrs[a])}"`);
  const element = lines.length ? `<intimacy-check\n${lines.join('\n')}></intimacy-check>` : '<intimacy-check></intimacy-check>';
  return `<script type="module" src="${escapeHtml(new URL('intimacy-check.js', base).href)}"></script>\n${element}\n`;
}

/** Snippet 2a: the settings file for the iframe page (its keys are the attribute names). Its
 * < > & are written as \u escapes: the same JSON, and harmless wherever it is pasted. */
export function settingsFile(attrs) {
  const file = {};
  for (const a of FILE_SETTINGS) if (a in attrs) file[a] = attrs[a];
  return `${JSON.stringify(file, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** The iframe's address: frame.html?practice=<id> (+ lang and start, the only other things it takes). */
export function frameUrl(base, practice, attrs) {
  const url = new URL('frame.html', base);
  url.searchParams.set('practice', practice);
  for (const a of ['lang', 'start']) if (a in attrs) url.searchParams.set(a, attrs[a]);
  return url.href;
}

/** Snippet 2b: the iframe and the listener that sizes it (the README's, with this origin). */
export function iframeSnippet(base, practice, attrs) {
  const origin = new URL(base).origin;
  return `<iframe id="intimacy-check-frame" title="Relationship check-in" loading="lazy"
        src="${escapeHtml(frameUrl(base, practice, attrs))}"
        style="width:100%;border:0;height:700px"></iframe>
<script>
  // Let the iframe grow and shrink with the quiz. Accept the message only from the
  // widget's origin and only from this iframe; it carries nothing but a height.
  addEventListener('message', (event) => {
    const frame = document.getElementById('intimacy-check-frame');
    if (event.origin !== ${jsString(origin)} || event.source !== frame.contentWindow) return;
    const { type, height } = event.data || {};
    if (type === 'intimacy-check:height' && Number.isFinite(height)) frame.style.height = height + 'px';
  });
</script>
`;
}

/** A shortcode attribute value: no raw quotes, brackets, angle brackets or line breaks for
 * WordPress's shortcode parser and wpautop, and no no-break or zero-width space (the parser turns
 * them into spaces); the plugin's esc_attr keeps these entities as they are. */
export const escapeShortcode = (s) => String(s).replace(/[&<>"'[\]\r\n\u00a0\u200b]/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '[': '&#91;', ']': '&#93;', '\r': '&#13;', '\n': '&#10;',
  '\u00a0': '&#160;', '\u200b': '&#8203;',
})[c]);

/** Snippet 3: the WordPress plugin's shortcode. The plugin takes bare language codes ("en",
 * "en es"), which is all the widget reads of a tag anyway. */
export function shortcode(attrs) {
  const values = { ...attrs };
  if (values.lang) values.lang = primaryLang(values.lang);
  if (values.langs) values.langs = langsList(values.langs);
  const parts = ATTRIBUTES.filter((a) => a in values).map((a) => ` ${a.replace(/-/g, '_')}="${escapeShortcode(values[a])}"`);
  return `[intimacy_check${parts.join('')}]\n`;
}

/** The form as the page's #fragment, and back. */
export function toFragment(form) {
  const params = new URLSearchParams();
  for (const name of [...ATTRIBUTES, ...EXTRA]) if (form[name]) params.set(name, form[name]);
  return params.toString();
}

export function fromFragment(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const form = {};
  for (const name of [...ATTRIBUTES, ...EXTRA]) if (params.has(name)) form[name] = params.get(name);
  return form;
}
