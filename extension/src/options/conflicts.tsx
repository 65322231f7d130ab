import {
  dismissConflict,
  getRecord,
  listConflicts,
  restoreConflict,
  StorageError,
  storageMessage,
  type VisibleConflict,
} from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../messages.ts';
import { useT } from '../ui/i18n.tsx';
import { db } from './db.ts';

type Row = VisibleConflict & { recordName: string };

/** A value as text for review: whatever it holds is shown, never interpreted as markup. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function withNames(conflicts: VisibleConflict[]): Promise<Row[]> {
  return Promise.all(
    conflicts.map(async (conflict) => {
      const record = (await getRecord(db, conflict.table, conflict.recordId)) as
        | Record<string, unknown>
        | undefined;
      const name = record?.name ?? record?.title ?? record?.text ?? conflict.recordId;
      return { ...conflict, recordName: String(name).slice(0, 120) };
    }),
  );
}

/** Kept conflicts: the value that lost a real conflict, to keep out of the way or to bring back. */
export function Conflicts({ version, language }: { version: number; language: Language }) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | undefined>();
  const load = () => listConflicts(db).then(withNames).then(setRows, setFailure);
  function setFailure(caught: unknown) {
    setError(caught instanceof StorageError ? storageMessage(caught.code, language) : t('errorGeneric'));
  }
  useEffect(() => void load(), [version]);

  const resolve = (work: () => Promise<void>) => work().then(load, setFailure);
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
                {t('conflictCurrent')} <code>{shown(row.current)}</code>
              </div>
              <div>
                {t('conflictOther')} <code>{shown(row.value)}</code>
              </div>
              <div class="row">
                <button type="button" onClick={() => resolve(() => dismissConflict(db, row))}>
                  {t('conflictKeep')}
                </button>
                <button type="button" onClick={() => resolve(() => restoreConflict(db, row))}>
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
