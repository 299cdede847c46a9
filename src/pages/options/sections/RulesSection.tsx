/** Every annotation rule and claim check from the story packs, with a switch and its description. */
import type { JSX } from 'preact';
import { t } from '../../../platform/i18n';
import { storyPacks } from '../../../ui/components/story-packs';
import { groupRules, type RuleItem } from '../rule-groups';
import type { SectionProps } from './section-props';

const TOPICS = groupRules(storyPacks);

function groupHeading(key: string): string {
  return key === 'checks' ? t('options_rules_checks') : t('options_rules_language', [t(`options_lang_${key}`)]);
}

export function RulesSection({ settings, update }: SectionProps): JSX.Element {
  const disabled = new Set(settings.rules.disabled);
  const toggle = (item: RuleItem, on: boolean) =>
    update((draft) => {
      const rest = draft.rules.disabled.filter((id) => id !== item.id);
      draft.rules.disabled = on ? rest : [...rest, item.id];
    });
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options_rules_heading')}</h2>
      <p class="hint">{t('options_rules_hint')}</p>
      {TOPICS.length === 0 && <p>{t('options_rules_none')}</p>}
      {TOPICS.map((topic) => (
        <section key={topic.topicId} aria-labelledby={`rules-topic-${topic.topicId}`} class="rule-topic">
          <h3 id={`rules-topic-${topic.topicId}`}>{topic.label}</h3>
          {topic.groups.map((group) => (
            <fieldset key={group.key}>
              <legend>{groupHeading(group.key)}</legend>
              {group.items.map((item) => (
                <div class="rule" key={item.id}>
                  <input
                    type="checkbox"
                    id={`rule-${item.id}`}
                    data-rule-id={item.id}
                    checked={!disabled.has(item.id)}
                    aria-describedby={`rule-${item.id}-description`}
                    onChange={(event) => void toggle(item, event.currentTarget.checked)}
                  />
                  <label for={`rule-${item.id}`}>
                    <code>{item.id}</code>
                  </label>
                  {/* Pack text is written in English. */}
                  <p id={`rule-${item.id}-description`} class="hint" lang="en">
                    {item.description}
                  </p>
                </div>
              ))}
            </fieldset>
          ))}
        </section>
      ))}
    </section>
  );
}
