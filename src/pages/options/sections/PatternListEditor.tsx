/**
 * Add and remove entries of a validated list (site patterns, paused sites). A rejected
 * entry stays in the field with the reason next to it, so nothing typed is lost.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../platform/i18n';

interface PatternListEditorProps {
  id: string;
  label: string;
  hint: string;
  items: string[];
  /** Tidies the typed text before it is checked. */
  normalise?(value: string): string;
  /** Returns a sentence explaining what is wrong, or undefined when the value is fine. */
  check?(value: string): string | undefined;
  onChange(items: string[]): Promise<boolean>;
  /** Called when an entry is refused, so nothing says "Saved" beside the reason. */
  onRefuse?(): void;
  removeLabel(item: string): string;
  /** Lists such as paused sites are only emptied here, not added to. */
  canAdd?: boolean;
  max?: number;
  /** How a stored entry is shown (a site's host as typed rather than its ASCII form). */
  display?(item: string): string;
}

export function PatternListEditor(props: PatternListEditorProps): JSX.Element {
  const {
    id,
    label,
    hint,
    items,
    normalise = (v) => v.trim(),
    check,
    onChange,
    onRefuse,
    removeLabel,
    canAdd = true,
    max = Infinity,
    display = (item) => item,
  } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();

  const add = async (event: Event) => {
    event.preventDefault();
    const value = normalise(draft);
    const problem =
      items.length >= max ? t('options_list_full', [max]) : items.includes(value) ? t('options_already_listed', [value]) : check?.(value);
    if (problem !== undefined) {
      onRefuse?.();
      return setError(problem);
    }
    if (await onChange([...items, value])) {
      setDraft('');
      setError(undefined);
    }
  };

  return (
    <div class="list-editor" id={id}>
      <h3 id={`${id}-heading`}>{label}</h3>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {canAdd && (
        <form onSubmit={(event) => void add(event)} class="add-row">
          <label for={`${id}-input`} class="visually-hidden">
            {label}
          </label>
          <input
            id={`${id}-input`}
            type="text"
            value={draft}
            spellcheck={false}
            autocomplete="off"
            aria-invalid={error !== undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit">{t('options_add')}</button>
        </form>
      )}
      <p id={`${id}-error`} class="field-error" role="alert">
        {error ?? ''}
      </p>
      {items.length === 0 ? (
        <p class="hint">{t('options_list_empty')}</p>
      ) : (
        <ul aria-labelledby={`${id}-heading`} class="entries">
          {items.map((item) => (
            <li key={item}>
              <span class="entry">{display(item)}</span>
              <button type="button" aria-label={removeLabel(display(item))} onClick={() => void onChange(items.filter((x) => x !== item))}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
