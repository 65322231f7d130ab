import type { Page } from 'playwright-core';

/**
 * What makes a screen usable with a thumb on a phone, checked in the page: the page never scrolls
 * sideways; nothing in it scrolls inside the page (a table may scroll sideways in its own strip,
 * with its first column held); every control is at least 44 px tall and wide (a check box counts
 * with its label); every form field lies within the screen's width. Returns what is wrong, in
 * words, so a failure names the control.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '';
      return `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} “${text || label || ''}”`;
    };
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      const past = [...document.querySelectorAll('body *')].filter(
        (el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.scroll-x'),
      );
      const widest = past.filter((el) => !past.some((other) => other !== el && other.contains(el))).at(-1);
      problems.push(
        `the page scrolls sideways (${document.documentElement.scrollWidth} > ${width}): ${widest ? name(widest) : ''}`,
      );
    }
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('.visually-hidden')
      );
    };
    for (const el of document.querySelectorAll('main *, nav *, header *')) {
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        problems.push(
          `${name(el)} scrolls inside the page (${el.clientHeight} px tall, ${el.scrollHeight} px of content)`,
        );
      if (
        /(auto|scroll)/.test(style.overflowX) &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.matches('.scroll-x')
      )
        problems.push(`${name(el)} scrolls sideways`);
    }
    const controls = document.querySelectorAll(
      'button, select, textarea, input:not([type="hidden"]), summary, a.button, nav a, .tabs a',
    );
    for (const el of controls) {
      if (!visible(el)) continue;
      const target =
        el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')
          ? el.closest('label')!
          : el;
      const box = target.getBoundingClientRect();
      if (box.height < 43.5 || box.width < 43.5)
        problems.push(`${name(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px, under 44 px`);
      if (el.matches('input, select, textarea') && !el.closest('.scroll-x')) {
        const own = el.getBoundingClientRect();
        if (own.left < -0.5 || own.right > width + 0.5)
          problems.push(`${name(el)} goes past the screen's edge`);
      }
    }
    return [...new Set(problems)];
  });
}
