/**
 * The facilitator console (`facilitator.html`). Without a session in the URL it shows the form that
 * opens one (`create-form.ts`); with `#session=<id>&secret=<secret>` (the secret facilitator link)
 * it joins the session's workshop room and runs it (`console.ts`). The secret stays in the URL
 * fragment, which browsers never send to a server or in a Referer header.
 */
import { chooseLanguage } from '../i18n/choice.js';
import { workshopT } from '../online/i18n.js';
import { runConsole } from './console.js';
import { createForm } from './create-form.js';
import './console.css';

const root = document.getElementById('console') as HTMLElement;

async function main(): Promise<void> {
  // The console speaks the facilitator's language (`?lang=`, or remembered, or the browser's).
  const t = await workshopT(chooseLanguage(new URLSearchParams(location.search)).language);
  document.title = t('app.console');
  const hash = new URLSearchParams(location.hash.slice(1));
  const session = hash.get('session');
  const secret = hash.get('secret');
  if (session && secret) await runConsole(root, t, session, secret);
  else await createForm(root, t, (id, key) => void runConsole(root, t, id, key));
}

void main();
