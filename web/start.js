// Starts the standalone page: loads the wasm next to this file. Kept out of index.html so
// the page runs under a strict Content-Security-Policy (no inline scripts).
import init from './app/intimacy-check.js';

init();
