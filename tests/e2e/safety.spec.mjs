// Safe for the visitor who is afraid of their partner: the safety check at the end of the
// quiz, the safety panel before the scores, no partner code and no plan for two, a plan for
// one, the practice's own safety contact, in English and Spanish. Everyone else's quiz is as
// it was.
import { test, expect } from '@playwright/test';
import {
  QUESTION_COUNT, SCORED_COUNT, answerUpTo, expectNoAxeViolations, finishQuiz, freshStart,
} from './helpers.mjs';

/** The activities a plan for one may hold (library.rs, tagged FOR_YOU). */
const FOR_YOU = [
  'A calm minute', 'Kind words for yourself', 'Check in with yourself', 'Think of people you trust',
  'Reach out to someone you trust', 'Time for something you enjoy', 'A walk in the fresh air',
  'Talk to someone on your own', 'Know who you could call',
];
const FOR_YOU_ES = [
  'Un minuto de calma', 'Palabras amables para ti', 'Pregúntate cómo estás', 'Piensa en personas de confianza',
  'Busca a alguien de confianza', 'Tiempo para algo que disfrutas', 'Un paseo al aire libre',
  'Habla con alguien a solas', 'Ten claro a quién llamar',
];

/** Titles of every activity on the plan screen. */
async function planTitles(scope) {
  return (await scope.locator('.ic-activity h4').allTextContents()).map((t) => t.trim());
}

/** Answers the scored statements "Disagree" and the safety check with `check(n)`. */
const afraid = (n) => (n === SCORED_COUNT + 1 ? 'Agree' : 'Strongly disagree');

test('the safety check comes last, kindly introduced and private', async ({ page }) => {
  await freshStart(page);
  await expect(page.getByText(`You will read ${QUESTION_COUNT} short statements`, { exact: false })).toBeVisible();
  // Getting help is on the first screen, with the emergency line when no safety contact is set.
  await expect(page.getByText('If you are in danger, call your local emergency number.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerUpTo(page, SCORED_COUNT + 1, () => 'Disagree');
  await expect(page.getByText(`Question ${SCORED_COUNT + 1} of ${QUESTION_COUNT}`)).toBeVisible();
  await expect(page.getByText('A few questions about feeling safe')).toBeVisible();
  await expect(page.getByText('They count in no score.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'I am sometimes afraid of how my partner might react.' })).toBeFocused();
  await expect(page.getByText('Private: this counts in no score and is never shared.', { exact: false })).toBeVisible();
  // The introduction is read with the statement.
  const described = await page.locator('fieldset.ic-fieldset').getAttribute('aria-describedby');
  expect(described.split(' ')).toHaveLength(2);
  await expectNoAxeViolations(page);
  // Skippable like any other.
  await page.getByRole('button', { name: 'Skip this one' }).click();
  await expect(page.getByRole('heading', { name: 'My partner has hurt me or threatened to hurt me.' })).toBeVisible();
});

test('a frightened visitor gets safety first, a plan for one, and no partner code', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await freshStart(page);
  await finishQuiz(page, () => 'Disagree', afraid);
  const panel = page.getByRole('region', { name: 'Your safety comes first' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('You deserve to feel safe and respected.', { exact: false })).toBeVisible();
  await expect(panel.getByText('talk with someone on your own, not as a couple', { exact: false })).toBeVisible();
  await expect(panel.getByText('If you are in danger, call your local emergency number.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Leave this page now' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Delete everything' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Safer browsing' })).toBeVisible();
  // Above the scores.
  const panelTop = (await panel.boundingBox()).y;
  const scoresTop = (await page.getByRole('heading', { name: 'Your areas', exact: true }).boundingBox()).y;
  expect(panelTop).toBeLessThan(scoresTop);
  // No comparison offered, and the plan form asks nothing about a partner.
  await expect(page.getByRole('button', { name: 'Compare with my partner' })).toHaveCount(0);
  await expect(page.getByText('Your plan is for you alone.', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Who is taking part?' })).toHaveCount(0);
  // The fear answer is not a score: the numbers are those of the scored statements.
  // ("Disagree" throughout: 38 in every area, as without the check.)
  await expect(page.getByText('Feeling safe to be yourself: 38 out of 100').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
  await expect(page.getByText('This plan gives time to you', { exact: false })).toBeVisible();
  await expect(page.getByText('starting on your own', { exact: false })).toBeVisible();
  const titles = await planTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(FOR_YOU, title).toContain(title);
  await expect(page.getByRole('button', { name: 'Compare with my partner' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A partner's link opens only a kind word on why comparing is not suggested: no code.
  await page.goto('about:blank');
  await page.goto('/#ic-partner=4S8N-CCHJ-K70R');
  await expect(page.getByText('Comparing with your partner is not suggested right now.', { exact: false })).toBeVisible();
  await expect(page.locator('intimacy-check .ic-code, .ic-code')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy the code' })).toHaveCount(0);
  await expect(page.getByLabel("Type or paste your partner's code")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Nothing of it in the saved data but the visitor's own answers.
  const saved = await page.evaluate(() => localStorage.getItem('intimacy-check'));
  expect(saved).not.toContain('4S8N');
});

test("the safety panel's Delete everything asks first, then clears the device", async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page, () => 'Disagree', afraid);
  const panel = page.getByRole('region', { name: 'Your safety comes first' });
  await panel.getByRole('button', { name: 'Delete everything' }).click();
  // The question opens in Privacy and safety, with focus on it.
  await expect(page.getByText('Delete all your answers, results, plan and notes from this device?', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything was deleted from this device.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('intimacy-check')))).toEqual([]);
});

test('a frightened visitor can change their answers like any others', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page, () => 'Disagree', afraid);
  await expect(page.getByRole('region', { name: 'Your safety comes first' })).toBeVisible();
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await answerUpTo(page, QUESTION_COUNT + 1, () => 'Disagree');
  await expect(page.getByRole('heading', { name: 'What your answers say' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your safety comes first' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare with my partner' })).toBeVisible();
});

test('a visitor with no fear answers still gets codes and the plan for two', async ({ page }) => {
  await freshStart(page);
  await finishQuiz(page);
  await expect(page.getByRole('region', { name: 'Your safety comes first' })).toHaveCount(0);
  // Help for fear is always there, in Getting help.
  await expect(page.getByText('If you are afraid of your partner, talk to someone on your own first', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Who is taking part?' })).toBeVisible();
  await page.getByRole('button', { name: 'Compare with my partner' }).click();
  await expect(page.locator('.ic-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  // A partner's code from the release before the safety check opens the comparison.
  await page.getByLabel("Type or paste your partner's code").fill('4S8N-CCHJ-K70R');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Both of your views' })).toBeVisible();
  await page.getByRole('button', { name: 'Make our plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your rebuild plan' })).toBeVisible();
  const titles = await planTitles(page);
  for (const title of titles) expect(FOR_YOU, title).not.toContain(title);
});

const hostPage = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Practice</title>
<script type="module" src="http://127.0.0.1:8092/intimacy-check.js"></script></head>
<body><main><h1>Harbour Counselling</h1><intimacy-check ${attrs}></intimacy-check></main></body></html>`;

async function openHost(page, attrs) {
  await page.goto('http://127.0.0.1:8091/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.setContent(hostPage(attrs));
}

test("the practice's safety contact appears where help is offered", async ({ page }) => {
  await openHost(page, 'practice-name="Harbour Counselling" storage-key="safety-settings" '
    + 'safety-url="https://harbour.example/safety" safety-phone="0808 2000 247" '
    + 'safety-text="Our safety line is free and open day and night."');
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  // The intro's help line names the practice's safety contact (and so no emergency line).
  const line = page.locator('intimacy-check').locator('.ic-help-line');
  await expect(line.getByRole('link', { name: 'Find help in confidence' })).toHaveAttribute('href', 'https://harbour.example/safety');
  await expect(line.getByText('If you are in danger', { exact: false })).toHaveCount(0);
  await finishQuiz(page, () => 'Disagree', () => 'Strongly agree');
  const panel = page.getByRole('region', { name: 'Your safety comes first' });
  await expect(panel.getByText('Our safety line is free and open day and night.')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Find help in confidence' })).toHaveAttribute('href', 'https://harbour.example/safety');
  await expect(panel.getByRole('link', { name: 'Call 0808 2000 247 in confidence' })).toHaveAttribute('href', 'tel:08082000247');
  await expect(panel.getByText('If you are in danger, call your local emergency number.')).toBeVisible();
  await expectNoAxeViolations(page);
  // A hostile value is refused with a warning and never becomes a link.
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await openHost(page, 'storage-key="safety-hostile" safety-url="javascript:alert(1)" safety-phone="<b>999</b>"');
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await expect(page.locator('intimacy-check').getByRole('link', { name: 'Find help in confidence' })).toHaveCount(0);
  await expect.poll(() => warnings.filter((w) => /safety-(url|phone)/.test(w)).length).toBe(2);
});

test("a crafted iframe link cannot set the practice's safety contact", async ({ page }) => {
  await page.goto('http://127.0.0.1:8092/frame.html?practice=harbour&lang=en'
    + '&safety-phone=0900+666+666&safety-url=https://evil.example/&safety-text=Call+this+number+instead');
  await expect(page.getByRole('heading', { name: 'Do we have emotional intimacy?' })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await finishQuiz(page, () => 'Disagree', () => 'Agree');
  const panel = page.getByRole('region', { name: 'Your safety comes first' });
  await expect(panel.getByRole('link', { name: 'Call 0808 2000 247 in confidence' })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Find help in confidence' })).toHaveAttribute('href', 'https://harbour.example/safety');
  await expect(page.getByText('0900 666 666')).toHaveCount(0);
  await expect(page.getByText('Call this number instead')).toHaveCount(0);
});

test('in Spanish: the check, the safety panel, the plan for one and the partner screen', async ({ page }) => {
  await openHost(page, 'lang="es" storage-key="safety-es"');
  await expect(page.getByRole('heading', { name: '¿Tenemos intimidad emocional?' })).toBeVisible();
  await expect(page.getByText('Si estás en peligro, llama al número de emergencias de tu zona.')).toBeVisible();
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await expect(page.getByText(`Pregunta ${n} de ${QUESTION_COUNT}`)).toBeVisible();
    if (n === SCORED_COUNT + 1) {
      await expect(page.getByText('Unas preguntas sobre sentirte a salvo')).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.getByRole('radio', { name: n === QUESTION_COUNT ? 'De acuerdo' : 'En desacuerdo', exact: true }).check();
    await page.getByRole('button', { name: /^(Continuar|Ver mis resultados)$/ }).click();
  }
  const panel = page.getByRole('region', { name: 'Tu seguridad es lo primero' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Mereces sentirte a salvo y que te traten con respeto.', { exact: false })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Salir de esta página ahora' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Comparar con mi pareja' })).toHaveCount(0);
  await expect(page.getByText('Tu plan es solo para ti.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Crear mi plan' }).click();
  await expect(page.getByRole('heading', { name: 'Tu plan para reconectar' })).toBeVisible();
  await expect(page.getByText('Este plan te da tiempo a ti', { exact: false })).toBeVisible();
  const titles = await planTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(FOR_YOU_ES, title).toContain(title);
  await expectNoAxeViolations(page);
  // A partner's link: the kind word on why comparing is not suggested, and no code.
  await page.evaluate(() => { location.hash = 'ic-partner=4S8N-CCHJ-K70R'; });
  await expect(page.getByText('Ahora no se sugiere comparar con tu pareja.', { exact: false })).toBeVisible();
  await expect(page.locator('intimacy-check').locator('.ic-code')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
