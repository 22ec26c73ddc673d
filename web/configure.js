// configure.html: a form for every setting, checked as you type, a live preview of the real
// widget, and snippets to paste. The settings live in the page's #fragment only (never sent to
// a server), so the address can be sent to a colleague. No inline scripts or styles: it runs
// under the same strict Content-Security-Policy as the widget.
import {
  ATTRIBUTES, EXTRA, accentInfo, checkAll, fromFragment, iframeSnippet, parseColour, settingsFile,
  scriptSnippet, shortcode, toFragment,
} from './configure-core.js';

const $ = (id) => document.getElementById(id);
const form = $('settings');
const FIELDS = [...ATTRIBUTES, ...EXTRA];
const LABELS = Object.fromEntries(FIELDS.map((name) => [name, document.querySelector(`label[for="f-${name}"]`).textContent]));
/** The folder this page was opened from: the widget's files are shipped next to it. */
const DEFAULT_BASE = /^https?:$/.test(location.protocol) ? new URL('./', location.href).href : '';

function readForm() {
  return Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value]));
}

function writeForm(values) {
  for (const name of FIELDS) {
    const el = form.elements[name];
    const value = values[name] ?? '';
    if (el instanceof HTMLSelectElement && ![...el.options].some((o) => o.value === value)) el.value = '';
    else el.value = value;
  }
}

/** The form as it should be kept in the address: the folder only when it is not this page's own. */
function fragmentValues(values) {
  return { ...values, base: values.base.trim() === DEFAULT_BASE ? '' : values.base };
}

// ---- the preview: preview.html in an iframe, told the settings by postMessage (same origin) ----
const preview = $('preview');
let previewReady = false;
let lastSent = null;
let pendingSend = 0;

function sendToPreview(attrs) {
  lastSent = attrs;
  if (!previewReady) return;
  clearTimeout(pendingSend);
  pendingSend = setTimeout(() => {
    preview.contentWindow.postMessage({ type: 'configurator:settings', settings: lastSent }, location.origin);
  }, 120);
}

addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== preview.contentWindow) return;
  if (event.data?.type === 'configurator:preview-ready') {
    previewReady = true;
    if (lastSent) preview.contentWindow.postMessage({ type: 'configurator:settings', settings: lastSent }, location.origin);
  }
});

function sizePreview() {
  const width = Number(document.querySelector('input[name="width"]:checked').value);
  const box = $('preview-box');
  const room = box.clientWidth;
  const scale = Math.min(1, room / width);
  // Beside the form the preview stays in view as the form scrolls, so it must fit the window.
  const height = matchMedia('(min-width: 1000px)').matches ? Math.max(400, Math.min(720, innerHeight - 290)) : 640;
  preview.style.width = `${width}px`;
  preview.style.height = `${Math.round(height / scale)}px`;
  preview.style.transform = scale < 1 ? `scale(${scale})` : '';
  const clip = $('preview-clip');
  clip.style.width = `${Math.floor(width * scale)}px`;
  clip.style.height = `${height}px`;
  $('preview-scale').textContent = scale < 1
    ? `${width} px wide, shown at ${Math.round(scale * 100)}% size to fit.`
    : `${width} px wide, shown at full size.`;
}

// ---- rendering everything from the form ----
const outputs = {
  script: $('out-script'), json: $('out-json'), iframe: $('out-iframe'), shortcode: $('out-shortcode'), link: $('out-link'),
};

function setOutput(el, text) {
  if (el.value === text) return;
  el.value = text;
  el.rows = Math.max(2, Math.min(16, text.split('\n').length));
  const status = el.nextElementSibling?.querySelector('.cf-status');
  if (status) status.textContent = '';
}

function showAccent(raw, error) {
  const box = $('accent-check');
  const colour = !error && raw.trim() ? parseColour(raw) : null;
  box.hidden = !colour;
  if (!colour) return;
  const info = accentInfo(colour);
  const ratio = (r) => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;
  const light = $('swatch-light');
  light.style.background = info.light;
  light.style.color = '#ffffff';
  const dark = $('swatch-dark');
  dark.style.background = info.dark;
  dark.style.color = '#0d1b22';
  const use = $('accent-use');
  if (info.adjusted) {
    $('accent-words').textContent = `White text on ${info.given} has a contrast of ${ratio(info.ratio)}, below the 4.5:1 `
      + `that most people need to read it easily. The widget will use the darker ${info.light} instead `
      + `(${ratio(info.lightRatio)}). In dark mode it uses ${info.dark}.`;
    use.textContent = `Use ${info.light}`;
    use.dataset.colour = info.light;
    use.hidden = false;
  } else {
    $('accent-words').textContent = `White text on ${info.given} has a contrast of ${ratio(info.ratio)}: easy to read `
      + `(4.5:1 is needed). In dark mode the widget uses ${info.dark}.`;
    use.hidden = true;
  }
}

function render() {
  const values = readForm();
  const { attrs, errors, base, practice } = checkAll(values);

  for (const name of FIELDS) {
    const el = form.elements[name];
    const message = errors[name] || '';
    const msg = $(`m-${name}`);
    if (msg.textContent !== message) msg.textContent = message;
    if (message) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
  }
  const picker = $('f-accent-picker');
  const colour = attrs.accent && parseColour(attrs.accent);
  if (colour) {
    const hex = `#${colour.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
    if (picker.value !== hex) picker.value = hex;
  }
  showAccent(values.accent, errors.accent);

  // What is left out of the snippets, with a way to reach each field.
  const list = $('left-out-list');
  const wrong = ATTRIBUTES.filter((name) => errors[name]);
  list.replaceChildren(...wrong.map((name) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#f-${name}`;
    link.textContent = LABELS[name];
    item.append(link);
    return item;
  }));
  $('left-out').hidden = wrong.length === 0;

  for (const id of ['need-base-1', 'need-base-2']) $(id).hidden = Boolean(base);
  setOutput(outputs.script, base ? scriptSnippet(base, attrs) : '');
  setOutput(outputs.iframe, base ? iframeSnippet(base, practice, attrs) : '');
  setOutput(outputs.json, settingsFile(attrs));
  $('file-name').textContent = `practices/${practice}.json`;
  $('download-json').dataset.name = `${practice}.json`;
  setOutput(outputs.shortcode, shortcode(attrs));

  const fragment = toFragment(fragmentValues(values));
  const address = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  if (`${location.pathname}${location.search}${location.hash}` !== address) history.replaceState(history.state, '', address);
  setOutput(outputs.link, location.href);

  sendToPreview(attrs);
}

// ---- copying ----
async function copy(button) {
  const source = $(button.dataset.copy);
  const status = button.parentElement.querySelector('.cf-status');
  try {
    await navigator.clipboard.writeText(source.value);
    status.textContent = 'Copied.';
  } catch {
    source.focus();
    source.select();
    status.textContent = 'Selected. Press Ctrl+C (or Command+C on a Mac) to copy.';
  }
}

function download() {
  const button = $('download-json');
  const url = URL.createObjectURL(new Blob([outputs.json.value], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = button.dataset.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  button.parentElement.querySelector('.cf-status').textContent = `Downloaded ${button.dataset.name}.`;
}

// ---- start ----
function load() {
  writeForm({ base: DEFAULT_BASE, ...fromFragment(location.hash) });
  render();
}

form.addEventListener('input', (event) => {
  if (event.target.id === 'f-accent-picker') form.elements.accent.value = event.target.value;
  render();
});
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
$('accent-use').addEventListener('click', (event) => {
  form.elements.accent.value = event.currentTarget.dataset.colour;
  render();
  form.elements.accent.focus();
});
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));
$('download-json').addEventListener('click', download);
for (const radio of document.querySelectorAll('input[name="width"]')) radio.addEventListener('change', sizePreview);
new ResizeObserver(sizePreview).observe($('preview-box'));
addEventListener('resize', sizePreview);
// After trying quick exit, the preview has left for the exit page: this brings it back.
$('preview-reload').addEventListener('click', () => {
  previewReady = false;
  preview.src = 'preview.html';
});
// Someone may paste a link with other settings into this same tab.
addEventListener('hashchange', () => {
  if (toFragment(fragmentValues(readForm())) !== location.hash.replace(/^#/, '')) load();
});

load();
sizePreview();
// The preview is loaded only now, so its "ready" message always finds this page listening.
preview.src = 'preview.html';
