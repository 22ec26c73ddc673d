// Starts the standalone page: the widget in #intimacy-check-standalone, set by that element's
// attributes (the same ones <intimacy-check> takes). Kept out of index.html so the page runs
// under a strict Content-Security-Policy (no inline scripts).
import init, { mountWidget } from './app/intimacy-check.js';
import { langFile, prefetch, qrCode, textsFile } from './intimacy-check.js';

const root = document.getElementById('intimacy-check-standalone');
const attributes = Object.fromEntries(Array.from(root.attributes, (a) => [a.name, a.value]));
prefetch(attributes);
await init();
mountWidget(root, attributes, () => {}, langFile, textsFile, qrCode);
