/**
 * What a French reader must not see in rendered text, whatever built it (a catalog, code that
 * joins words, the example plan): a line that may break before : ; ! ? » or after «, a "(s)"
 * plural, "n/a" or "n/c", a whole amount written with ",00". The message catalogs are checked at
 * the source by test/project/french.test.ts; this catches the text assembled at run time.
 */
export function typographyProblems(text: string, lang: 'fr' | 'en'): string[] {
  const problems: string[] = [];
  const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 30), index + 30));
  const each = (pattern: RegExp, what: string) => {
    for (const match of text.matchAll(pattern)) problems.push(`${what}: ${around(match.index ?? 0)}`);
  };
  each(/\(s\)/g, '"(s)" plural');
  each(/\bn\/[ac]\b/gi, '"n/a" or "n/c"');
  if (lang === 'fr') {
    // A space only counts where it could break: not at a line's end (the layout's own breaks).
    each(/[^\s][ \t][:;!?»]/g, 'breakable space before high punctuation');
    each(/«[ \t]/g, 'breakable space after «');
    each(/\d,00\s?€/g, 'whole amount with ",00"');
  }
  return problems;
}
