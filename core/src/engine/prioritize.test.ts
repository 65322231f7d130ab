import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { type PrioritizableAction, prioritize } from './prioritize.ts';

const today = '2026-01-05';

const actionsArb = fc.uniqueArray(
  fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
      importance: fc.integer({ min: 1, max: 5 }),
      difficulty: fc.integer({ min: 1, max: 5 }),
      deadline: fc.integer({ min: -60, max: 400 }).map((d) => addDays(today, d)),
    },
    { requiredKeys: ['id', 'importance', 'difficulty'] },
  ),
  { selector: (a) => a.id, maxLength: 30 },
);

const isOverdue = (a: PrioritizableAction) => a.deadline !== undefined && a.deadline < today;

describe('prioritize', () => {
  it('puts "install a chat plugin on the website", due in January and important, before a nice-to-have', () => {
    const actions = [
      { id: 'newsletter-redesign', importance: 2, difficulty: 3 },
      { id: 'chat-plugin', importance: 4, difficulty: 2, deadline: '2026-01-31' },
    ];
    expect(prioritize(actions, today)).toEqual(['chat-plugin', 'newsletter-redesign']);
  });

  it('puts overdue actions first, the most overdue first, whatever their score', () => {
    const actions = [
      { id: 'easy-win', importance: 5, difficulty: 1, deadline: today },
      { id: 'late-a-day', importance: 1, difficulty: 5, deadline: '2026-01-04' },
      { id: 'late-a-month', importance: 1, difficulty: 5, deadline: '2025-12-05' },
    ];
    expect(prioritize(actions, today)).toEqual(['late-a-month', 'late-a-day', 'easy-win']);
  });

  it('prefers more important, then easier, then nearer-deadline actions', () => {
    const base = { difficulty: 3, deadline: '2026-03-01' };
    expect(
      prioritize(
        [
          { id: 'minor', importance: 2, ...base },
          { id: 'major', importance: 5, ...base },
        ],
        today,
      ),
    ).toEqual(['major', 'minor']);
    expect(
      prioritize(
        [
          { id: 'hard', importance: 3, difficulty: 5 },
          { id: 'easy', importance: 3, difficulty: 1 },
        ],
        today,
      ),
    ).toEqual(['easy', 'hard']);
    expect(
      prioritize(
        [
          { id: 'later', importance: 3, difficulty: 3, deadline: '2026-06-01' },
          { id: 'undated', importance: 3, difficulty: 3 },
          { id: 'sooner', importance: 3, difficulty: 3, deadline: '2026-01-12' },
        ],
        today,
      ),
    ).toEqual(['sooner', 'later', 'undated']);
  });

  it('compares scores exactly: due today doubles a score, and a tie goes to the better impact over effort', () => {
    // 2/2 × 2 (due today) = 2 equals 4/2 × 1 (no deadline): an exact tie, broken by impact over effort.
    const actions = [
      { id: 'due-today', importance: 2, difficulty: 2, deadline: today },
      { id: 'undated', importance: 4, difficulty: 2 },
    ];
    expect(prioritize(actions, today)).toEqual(['undated', 'due-today']);
  });

  it('keeps input order between actions that tie exactly', () => {
    const same = { importance: 3, difficulty: 2, deadline: '2026-02-01' };
    expect(
      prioritize(
        [
          { id: 'b', ...same },
          { id: 'a', ...same },
          { id: 'c', ...same },
        ],
        today,
      ),
    ).toEqual(['b', 'a', 'c']);
  });

  it.each([
    ['importance', 0],
    ['importance', 2.5],
    ['difficulty', 6],
    ['difficulty', Number.NaN],
  ])('throws invalid-number naming actions[1].%s when it is %s', (field, value) => {
    const actions = [
      { id: 'a', importance: 3, difficulty: 3 },
      { id: 'b', importance: 3, difficulty: 3, [field]: value },
    ];
    expect(() => prioritize(actions, today)).toThrow(
      expect.objectContaining({ code: 'invalid-number', field: `actions[1].${field}` }),
    );
  });

  it('throws invalid-date on a bad deadline or today, and duplicate-id on a repeated id', () => {
    const ok = { importance: 3, difficulty: 3 };
    expect(() => prioritize([{ id: 'a', ...ok, deadline: '2026-13-01' }], today)).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'actions[0].deadline' }),
    );
    expect(() => prioritize([], 'tomorrow')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'today' }),
    );
    expect(() =>
      prioritize(
        [
          { id: 'a', ...ok },
          { id: 'a', ...ok },
        ],
        today,
      ),
    ).toThrow(expect.objectContaining({ code: 'duplicate-id', field: 'actions[1].id' }));
  });

  it('returns a permutation of the ids', () => {
    fc.assert(
      fc.property(actionsArb, (actions) => {
        expect([...prioritize(actions, today)].sort()).toEqual(actions.map((a) => a.id).sort());
      }),
    );
  });

  it('lists every overdue action before any other, the most overdue first', () => {
    fc.assert(
      fc.property(actionsArb, (actions) => {
        const byId = new Map(actions.map((a) => [a.id, a]));
        const ordered = prioritize(actions, today).map((id) => byId.get(id) as PrioritizableAction);
        const overdue = ordered.filter(isOverdue);
        expect(ordered.slice(0, overdue.length)).toEqual(overdue);
        const deadlines = overdue.map((a) => a.deadline as string);
        expect(deadlines).toEqual([...deadlines].sort());
      }),
    );
  });

  it('is deterministic, and ranks an action that is more important, easier and due sooner first', () => {
    fc.assert(
      fc.property(actionsArb, (actions) => {
        const ordered = prioritize(actions, today);
        expect(prioritize(structuredClone(actions), today)).toEqual(ordered);
        const rank = new Map(ordered.map((id, i) => [id, i]));
        for (const a of actions) {
          for (const b of actions) {
            const dominates =
              !isOverdue(a) &&
              !isOverdue(b) &&
              a.importance >= b.importance &&
              a.difficulty <= b.difficulty &&
              (b.deadline === undefined || (a.deadline !== undefined && a.deadline <= b.deadline));
            if (dominates && a.id !== b.id && (rank.get(a.id) as number) > (rank.get(b.id) as number)) {
              // Only an exact tie in every respect may keep b first (input order).
              expect([a.importance, a.difficulty, a.deadline]).toEqual([
                b.importance,
                b.difficulty,
                b.deadline,
              ]);
            }
          }
        }
      }),
    );
  });
});
