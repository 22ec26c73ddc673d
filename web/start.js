// Starts the standalone page: the widget in #intimacy-check-standalone, set by that element's
// attributes (the same ones <intimacy-check> takes). Kept out of index.html so the page runs
// under a strict Content-Security-Policy (no inline scripts). The first screen is up as soon
// as this runs (its stylesheet is the page's own); the app takes it over when it has arrived.
import {
  couldNotLoadBox, exitKeysOnly, firstScreenFile, guessLang, langFile, loadApp, prefetch, qrCode, showFirstScreen, takeOver, textsFile,
} from './intimacy-check.js';

const root = document.getElementById('intimacy-check-standalone');
const attributes = Object.fromEntries(Array.from(root.attributes, (a) => [a.name, a.value]));
const lang = guessLang(attributes.lang);
// The same events as <intimacy-check> sends ("ready" once the app has taken over, ...).
const announce = (name) => root.dispatchEvent(new CustomEvent(`intimacy-check:${name}`, { bubbles: true }));
prefetch(attributes);
const app = loadApp();
const keys = exitKeysOnly(root, attributes, announce);
const [words, screen] = await Promise.all([
  attributes.texts ? textsFile(attributes.texts.trim()).catch(() => null) : null, firstScreenFile(lang)]);
const shown = keys.exited ? null : showFirstScreen(root, screen, attributes, words, lang, announce);
if (shown) keys.release();
const first = shown ?? keys;
try {
  const { mountWidget } = await app;
  await langFile(lang).catch(() => {});
  if (!first.exited) {
    takeOver(root, first, (into) => mountWidget(into, attributes, announce, langFile, textsFile, qrCode));
  }
} catch {
  if (!first?.exited) root.replaceChildren(couldNotLoadBox(lang, () => location.reload()));
}
