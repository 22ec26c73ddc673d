// Lists the widget's events on the page, to show they carry no answers or scores.
const list = document.getElementById('events');
for (const name of ['ready', 'quiz-completed', 'plan-created', 'exit']) {
  document.addEventListener(`intimacy-check:${name}`, (event) => {
    const item = document.createElement('li');
    item.textContent = `${event.type} detail=${JSON.stringify(event.detail)}`;
    list?.append(item);
    (window.widgetEvents ||= []).push({ type: event.type, detail: event.detail });
  });
}
