// Injected by the engine suite's servers (scripts/serve.mjs --inject) as the first script of
// every page, before the page's own scripts, in Firefox and WebKit alike: their WebDriver
// drivers do not hand back console logs the way chromedriver does, so the page records its
// own errors and the suite reads them with executeScript after every step.
// A classic same-origin script, not inline, so pages under a strict CSP run it too.
(() => {
  const errors = [];
  const warnings = [];
  Object.defineProperty(window, '__errors', { value: errors });
  Object.defineProperty(window, '__warnings', { value: warnings });
  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}${value.stack ? `\n${value.stack}` : ''}`;
    try { return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value); } catch { return String(value); }
  };
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && target.nodeType === 1) {
      // A script, stylesheet or image in the page that failed to load.
      errors.push(`failed to load <${target.localName}> ${target.src || target.href || ''}`);
    } else {
      const where = event.filename ? ` (${event.filename}:${event.lineno}:${event.colno})` : '';
      errors.push(`uncaught ${event.error ? text(event.error) : event.message}${where}`);
    }
  }, true);
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection ${text(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => {
    errors.push(`CSP blocked ${event.blockedURI || 'inline'} (${event.violatedDirective})`);
  });
  for (const [level, list] of [['error', errors], ['warn', warnings]]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(`console.${level}: ${args.map(text).join(' ')}`);
      return original.apply(this, args);
    };
  }
  // The suite's self-test: one of each, made by the page itself (a WebDriver script may run in
  // a sandbox of its own, as in Firefox, where its errors never reach the page's listeners).
  if (location.hash === '#page-errors-self-test') {
    setTimeout(() => { throw new Error('thrown on purpose'); });
    Promise.reject(new Error('rejected on purpose'));
    console.error('logged on purpose');
  }
})();
