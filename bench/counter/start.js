// Loads the counter's wasm the way the widget's web/start.js does (no inline script).
import init from './app/bench-counter.js';

init();
