import { conflictsWithLabels, type Writer } from '../../data/conflicts.ts';
import { useLive } from '../../data/live.ts';
import { write } from '../../data/write.ts';
import { formatNumber } from '../../i18n/format.ts';
import { type Lang, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { showToast } from '../../shell/toast.tsx';
import { errorText } from '../../ui/errors.ts';
import { syncMessages } from './messages.ts';

function show(value: unknown, lang: Lang, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'number') return formatNumber(value, lang, 6);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The losing values of real conflicts, kept by core for the user to decide on, one card each. */
export function Conflicts() {
  const t = useT(syncMessages);
  const lang = useLang();
  const data = useLive(conflictsWithLabels, []);
  if (data.status !== 'ready') return null;
  const writtenBy = (w: Writer) => t('writtenBy', { name: w.self ? t('thisDevice') : w.name });
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      showToast({ message: errorText(error, lang) });
    }
  };
  if (data.value.length === 0) return <p class="muted">{t('noConflicts')}</p>;
  return (
    <>
      <p>{t('conflictsIntro')}</p>
      <ul class="list conflicts" data-testid="conflicts">
        {data.value.map((c) => (
          <li key={c.id} class="card conflict" data-testid="conflict">
            <p>
              <strong>{t(`table.${c.table}`)}</strong>
              {c.label && <> · {c.label}</>} · <code>{c.field}</code>
            </p>
            <dl class="figures two">
              <div>
                <dt>{t('current')}</dt>
                <dd data-testid="conflict-current">{show(c.current, lang, t('empty'))}</dd>
                <dd class="muted" data-testid="conflict-current-by">
                  {writtenBy(c.currentBy)}
                </dd>
              </div>
              <div>
                <dt>{t('other')}</dt>
                <dd data-testid="conflict-other">{show(c.value, lang, t('empty'))}</dd>
                <dd class="muted" data-testid="conflict-other-by">
                  {writtenBy(c.otherBy)}
                </dd>
              </div>
            </dl>
            <div class="row">
              <button type="button" onClick={() => void act(() => write.resolveConflict(c, 'keep-current'))}>
                {t('keepCurrent')}
              </button>
              <button
                type="button"
                class="primary"
                onClick={() => void act(() => write.resolveConflict(c, 'use-kept'))}
              >
                {t('useOther')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
