import { type Idea, ideaActionTitle, type Lever } from '@jalon/core';
import { useState } from 'preact/hooks';
import { write } from '../../data/write.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import { showToast } from '../../shell/toast.tsx';
import { errorText } from '../../ui/errors.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import { ideasMessages } from './messages.ts';

/**
 * Idea → action: the title (the idea's first line, editable), the lever it serves, an owner and a
 * due date, saved by core's acceptIdea in one transaction; the action and the idea link to each
 * other, and the toast says where the action landed.
 */
export function AcceptForm({
  idea,
  levers,
  owners,
  onDone,
}: {
  idea: Idea;
  levers: readonly Lever[];
  owners: readonly string[];
  onDone: () => void;
}) {
  const t = useT(ideasMessages);
  const lang = useLang();
  const [title, setTitle] = useState(() => ideaActionTitle(idea));
  const [leverId, setLeverId] = useState(idea.leverId ?? levers[0]?.id ?? '');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>();
  if (levers.length === 0) {
    return (
      <div class="accept-form">
        <p>{t('noLevers')}</p>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const action = await write.acceptIdea(idea.id, {
        title,
        leverId,
        ...(owner.trim() ? { owner } : {}),
        ...(deadline ? { deadline } : {}),
      });
      const lever = levers.find((l) => l.id === leverId)?.name ?? '';
      showToast({
        message: t('acceptedToast', { title: action.title, lever }),
        link: { label: t('seeAction'), href: href(`/actions?action=${encodeURIComponent(action.id)}`) },
      });
      onDone();
    } catch (failure) {
      setError(errorText(failure, lang));
    }
  };
  const listId = `owners-idea-${idea.id}`;
  return (
    <form class="form accept-form" onSubmit={(e) => void submit(e)}>
      <TextField label={t('actionTitle')} name="title" required value={title} onInput={setTitle} />
      <SelectField
        label={t('lever')}
        name="lever"
        value={leverId}
        options={levers.map((l) => ({ value: l.id, label: l.name }))}
        onChange={setLeverId}
      />
      <div class="field">
        <label for={`${listId}-input`}>{t('owner')}</label>
        <input
          id={`${listId}-input`}
          name="owner"
          list={listId}
          value={owner}
          onInput={(e) => setOwner(e.currentTarget.value)}
        />
        <datalist id={listId}>
          {owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <DateField label={t('deadline')} name="deadline" value={deadline} onChange={setDeadline} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('confirm')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
