/**
 * Phrases a reader adds to a topic. They are plain text, every character meaning itself:
 * checked here with the same rules as the schema (not empty, not too long, not too many),
 * and refused when made only of a language's commonest words. They are marked only on
 * pages about the story, which the section says.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { isCommonWordsOnly, LIMITS, normalisePhrase, phraseKey, phraseProblem } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import { describePhraseProblem } from '../../../ui/components/describe-problem';
import { storyPacks } from '../../../ui/components/story-packs';
import { topicChoices } from '../rule-groups';
import type { SectionProps } from './section-props';

const TOPICS = topicChoices(storyPacks);
const labelOf = (id: string) => TOPICS.find((topic) => topic.id === id)?.label ?? id;

export function PhrasesSection({ settings, update, announce }: SectionProps): JSX.Element {
  const [topic, setTopic] = useState(TOPICS[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const phrases = settings.customPhrases;

  const add = async (event: Event) => {
    event.preventDefault();
    const phrase = normalisePhrase(draft);
    const problem = phraseProblem(phrase);
    const existing = new Set(phrases.map((p) => phraseKey(p.topic, p.phrase)));
    let message: string | undefined;
    if (topic === '') message = t('options_phrase_no_topic');
    else if (problem) message = describePhraseProblem(t, problem);
    // Marked all through every article about the story: not worth a mark.
    else if (isCommonWordsOnly(phrase)) message = t('options_phrase_common_word', [phrase]);
    else if (phrases.length >= LIMITS.customPhrases) message = t('options_list_full', [LIMITS.customPhrases]);
    else if (existing.has(phraseKey(topic, phrase))) message = t('options_already_listed', [phrase]);
    // A phrase that was not saved: no "Saved" may stand next to its error.
    const refuse = (why: string) => {
      announce('');
      setError(why);
    };
    if (message !== undefined) return refuse(message);
    const outcome = await update((settingsDraft) => void settingsDraft.customPhrases.push({ topic, phrase }));
    if (!outcome.ok) return refuse(outcome.error);
    setDraft('');
    setError(undefined);
  };

  const remove = (index: number) => update((settingsDraft) => void settingsDraft.customPhrases.splice(index, 1));

  return (
    <section aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('options_phrases_heading')}</h2>
      <p id="phrase-hint" class="hint">
        {t('options_phrases_hint', [LIMITS.phraseMaxLength, LIMITS.customPhrases])}
      </p>
      <p id="phrase-story-only" class="hint">
        {t('options_phrases_story_only')}
      </p>
      <form class="add-row" onSubmit={(event) => void add(event)}>
        <label for="phrase-topic">{t('options_phrase_topic')}</label>
        <select id="phrase-topic" value={topic} onChange={(event) => setTopic(event.currentTarget.value)}>
          {TOPICS.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
        <label for="phrase-input">{t('options_phrase_text')}</label>
        <input
          id="phrase-input"
          type="text"
          value={draft}
          maxLength={LIMITS.phraseMaxLength * 2}
          aria-invalid={error !== undefined}
          aria-describedby="phrase-hint phrase-story-only phrase-error"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('options_add')}</button>
      </form>
      <p id="phrase-error" class="field-error" role="alert">
        {error ?? ''}
      </p>
      {phrases.length === 0 ? (
        <p class="hint">{t('options_list_empty')}</p>
      ) : (
        <ul class="entries" aria-labelledby="phrases-heading">
          {phrases.map((entry, index) => (
            <li key={phraseKey(entry.topic, entry.phrase)}>
              <span class="entry">{entry.phrase}</span> <span class="hint">({labelOf(entry.topic)})</span>
              <button type="button" aria-label={t('options_remove_item', [entry.phrase])} onClick={() => void remove(index)}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
