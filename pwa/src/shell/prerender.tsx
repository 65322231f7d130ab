import { render } from 'preact-render-to-string';
import { type Lang, langs } from '../i18n/locale.ts';
import { translator } from '../i18n/messages.ts';
import { StartLanding } from '../screens/start/landing.tsx';
import { Frame } from './frame.tsx';
import { shellMessages } from './messages.ts';

/**
 * What index.html shows before any JavaScript module has run, rendered at build time
 * (build/prerender.ts) from the app's own components: the frame for each language, with and
 * without a plan, and the two first screens (a first visit's Start, or "Loading…" while a
 * returning visit's screen loads its data). They are inert `<template>`s; the boot script
 * (build/boot.js) picks one of each as the page is parsed.
 */
export function prerenderTemplates(): string {
  const templates: string[] = [];
  const template = (id: string, html: string) => templates.push(`<template id="${id}">${html}</template>`);
  for (const lang of langs) {
    for (const hasPlan of [false, true]) {
      template(
        `boot-frame-${lang}-${hasPlan ? 'plan' : 'none'}`,
        render(
          <div class="app">
            <Frame lang={lang} hasPlan={hasPlan} />
          </div>,
        ),
      );
    }
    template(`boot-start-${lang}`, render(<StartLanding lang={lang} />));
    template(`boot-loading-${lang}`, render(<Loading lang={lang} />));
  }
  return templates.join('\n');
}

function Loading({ lang }: { lang: Lang }) {
  return <p aria-busy="true">{translator(shellMessages, lang)('loading')}</p>;
}
