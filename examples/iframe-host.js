// The listener a site builder page adds next to the iframe: it trusts height messages only
// from the widget's origin and only from that iframe, and sizes the iframe to fit.
const WIDGET_ORIGIN = 'http://127.0.0.1:8092';
const frame = document.getElementById('intimacy-check-frame');
frame.style.width = '100%';
frame.style.border = '0';
frame.style.height = '700px';
addEventListener('message', (event) => {
  if (event.origin !== WIDGET_ORIGIN || event.source !== frame.contentWindow) return;
  const { type, height } = event.data || {};
  if (type === 'intimacy-check:height' && Number.isFinite(height)) frame.style.height = `${height}px`;
});
