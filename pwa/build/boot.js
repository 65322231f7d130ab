// The boot script, inlined into index.html by build/prerender.ts (its hash is in the
// Content-Security-Policy). It runs while the page is parsed, before any module: it picks the
// language as src/i18n/locale.ts does and the prerendered frame and first screen that fit, so
// the first paint is the right screen in the right language. Plain ES2017, no imports.
(() => {
  const app = document.getElementById('app');
  let lang = null;
  let plan = null;
  try {
    lang = localStorage.getItem('jalon.lang');
    plan = localStorage.getItem('jalon.planId');
  } catch {
    // storage blocked: a first visit
  }
  if (lang !== 'fr' && lang !== 'en') {
    lang = 'en';
    for (const language of navigator.languages || [navigator.language]) {
      const base = String(language).slice(0, 2).toLowerCase();
      if (base === 'fr' || base === 'en') {
        lang = base;
        break;
      }
    }
  }
  document.documentElement.lang = lang;
  const base = app.dataset.base;
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length - 1) : '/';
  const landing = !plan && (path === '/' || path === '/start') && !/[?&]mode=/.test(location.search);
  const take = (id) => document.getElementById(id).content.cloneNode(true);
  const frame = take(`boot-frame-${lang}-${plan ? 'plan' : 'none'}`);
  frame.querySelector('main').append(take(`boot-${landing ? 'start' : 'loading'}-${lang}`));
  app.append(frame);
})();
