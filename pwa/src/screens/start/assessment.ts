/**
 * The short assessment of a team's current marketing, one question per weak spot the method
 * targets. Each answer scores 0 (not at all), 1 (partly) or 2 (yes); the wording is in messages.ts.
 */
export const questions = ['objectives', 'funnel', 'personas', 'levers', 'reviews'] as const;
export type Question = (typeof questions)[number];
export type Score = 0 | 1 | 2;
export type Answers = Record<Question, Score>;

export type Level = 'starting' | 'building' | 'solid';

export interface Assessment {
  /** 0 to 10. */
  total: number;
  level: Level;
  /** Questions not fully met, weakest first (ties in the method's order): the first actions. */
  gaps: Question[];
}

export function assess(answers: Answers): Assessment {
  const total = questions.reduce((sum, q) => sum + answers[q], 0);
  const level: Level = total <= 3 ? 'starting' : total <= 7 ? 'building' : 'solid';
  const gaps = questions
    .filter((q) => answers[q] < 2)
    .sort((a, b) => answers[a] - answers[b] || questions.indexOf(a) - questions.indexOf(b));
  return { total, level, gaps };
}
