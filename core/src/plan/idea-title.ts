import type { Idea } from '../model/idea.ts';

/** The title an idea's action starts with: its first line, cut at a word near 120 characters. */
export function ideaActionTitle(idea: Pick<Idea, 'text' | 'pageTitle'>): string {
  const line = (idea.text.split('\n').find((l) => l.trim() !== '') ?? idea.pageTitle)
    .replace(/\s+/g, ' ')
    .trim();
  const text = line || idea.pageTitle.trim() || '—';
  if (text.length <= 120) return text;
  const cut = text.slice(0, 120);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 60 ? space : 120)}…`;
}

/** What an accepted idea's action says about where it comes from. */
export function ideaActionDescription(idea: Pick<Idea, 'text' | 'note' | 'pageTitle' | 'pageUrl'>): string {
  const source = [idea.pageTitle, idea.pageUrl].filter(Boolean).join(' — ');
  return [idea.text.trim(), idea.note.trim(), source].filter(Boolean).join('\n\n').slice(0, 20_000);
}
