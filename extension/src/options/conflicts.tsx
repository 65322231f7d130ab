import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';
import { type conflicts, type Writer, watchConflicts, write } from './data.ts';
import { failureText } from './failure.ts';

type Row = Awaited<ReturnType<typeof conflicts>>[number];

/** A value as text for review: whatever it holds is shown, never interpreted as markup. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Kept conflicts: the value that lost a real conflict, to keep out of the way or to bring back. */
export function Conflicts({ version, language }: { version: number; language: Language }) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | undefined>();
  function setFailure(caught: unknown) {
    setError(failureText(caught, language, t));
  }
  useEffect(() => watchConflicts(setRows, setFailure), [version]);

  const writtenBy = (w: Writer) =>
    t('conflictWrittenBy', { name: w.self ? t('conflictThisDevice') : w.name });
  const resolve = (work: () => Promise<void>) => work().catch(setFailure);
  return (
    <div class="conflicts">
      <h3>{t('conflictsTitle')}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="muted">{t('conflictsEmpty')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id} class="conflict">
              <strong>{row.recordName}</strong>{' '}
              <span class="muted">({t('conflictField', { table: row.table, field: row.field })})</span>
              <div>
                {t('conflictCurrent')} <code>{shown(row.current)}</code>{' '}
                <span class="muted" data-testid="conflict-current-by">
                  ({writtenBy(row.currentBy)})
                </span>
              </div>
              <div>
                {t('conflictOther')} <code>{shown(row.value)}</code>{' '}
                <span class="muted" data-testid="conflict-other-by">
                  ({writtenBy(row.otherBy)})
                </span>
              </div>
              <div class="row">
                <button
                  type="button"
                  onClick={() => resolve(() => write.resolveConflict(row, 'keep-current'))}
                >
                  {t('conflictKeep')}
                </button>
                <button type="button" onClick={() => resolve(() => write.resolveConflict(row, 'use-kept'))}>
                  {t('conflictUse')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
