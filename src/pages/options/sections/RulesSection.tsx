/**
 * What Lateral marks, by what it means: each topic's mentions (and, under it, each person
 * named on their own), each known error in the pack's own words, and the languages Lateral
 * reads. Every switch acts on a meaning across all rules and languages (rule-switches.ts),
 * so switching one off removes what it names. Switches from earlier versions, by rule id,
 * are listed until the reader switches them back on.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { compiledPacks } from 'virtual:lateral/compiled';
import type { CompiledPack } from '../../../core/detect/types';
import type { Settings } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import { listInstalled, onInstalledPacksChanged } from '../../../platform/pack-store';
import { storyPacks } from '../../../ui/components/story-packs';
import { packSwitches, ruleLanguages, type MeaningSwitch, type PackPair, type PackSwitches } from '../rule-groups';
import type { SectionProps } from './section-props';

const COMPILED: readonly CompiledPack[] = compiledPacks;
const BUNDLED: PackPair[] = storyPacks.map((pack) => ({ pack, compiled: COMPILED.find((c) => c.packId === pack.id) }));

/** Ids are made from pack ids, which are kebab-case: safe in an id attribute. */
const domId = (key: string) => `switch-${key.replace(':', '-')}`;

type Toggle = (list: 'off' | 'languagesOff', value: string, on: boolean) => void;

function MeaningToggle(props: { id: string; label: string; on: boolean; packText?: boolean; onChange(on: boolean): void }): JSX.Element {
  const { id, label, on, packText, onChange } = props;
  return (
    <div class="switch meaning" data-state={on ? 'on' : 'off'}>
      <input id={id} type="checkbox" role="switch" checked={on} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>
        {/* Pack text is written in English. */}
        <span lang={packText ? 'en' : undefined}>{label}</span>{' '}
        <span class="switch-state">{on ? t('options_switch_state_on') : t('options_switch_state_off')}</span>
      </label>
    </div>
  );
}

/** A switch for a meaning the pack names, in the pack's words. */
function PackToggle({ item, off, toggle }: { item: MeaningSwitch; off: Set<string>; toggle: Toggle }): JSX.Element {
  return (
    <MeaningToggle
      id={domId(item.key)}
      label={item.label}
      packText
      on={!off.has(item.key)}
      onChange={(on) => toggle('off', item.key, on)}
    />
  );
}

function PackRules({ group, off, toggle }: { group: PackSwitches; off: Set<string>; toggle: Toggle }): JSX.Element {
  return (
    <section aria-labelledby={`rules-pack-${group.packId}`} class="rule-topic" data-pack-id={group.packId}>
      <h3 id={`rules-pack-${group.packId}`} lang="en">
        {group.title}
      </h3>
      <fieldset>
        <legend>{t('options_rules_mentions')}</legend>
        {group.topics.map((topic) => (
          <div key={topic.key} class="meaning-group">
            <PackToggle item={topic} off={off} toggle={toggle} />
            {topic.names.length > 0 && !off.has(topic.key) && (
              <div class="nested" role="group" aria-labelledby={`${domId(topic.key)}-names`}>
                <p id={`${domId(topic.key)}-names`} class="hint">
                  {t('options_rules_names')}
                </p>
                {topic.names.map((name) => (
                  <PackToggle key={name.key} item={name} off={off} toggle={toggle} />
                ))}
              </div>
            )}
          </div>
        ))}
      </fieldset>
      {group.errors.length > 0 && (
        <fieldset>
          <legend>{t('options_rules_errors')}</legend>
          {group.errors.map((error) => (
            <PackToggle key={error.key} item={error} off={off} toggle={toggle} />
          ))}
        </fieldset>
      )}
    </section>
  );
}

function languageName(code: string): string {
  const key = `options_lang_${code}`;
  const name = t(key);
  return name === key ? code : name;
}

function EarlierSwitches({ rules, update }: { rules: Settings['rules']; update: SectionProps['update'] }): JSX.Element | null {
  if (rules.disabled.length === 0) return null;
  return (
    <div id="rules-earlier" class="list-editor">
      <h3 id="rules-earlier-heading">{t('options_rules_earlier')}</h3>
      <p class="hint">{t('options_rules_earlier_hint')}</p>
      <ul class="entries" aria-labelledby="rules-earlier-heading">
        {rules.disabled.map((id) => (
          <li key={id}>
            <code class="entry">{id}</code>
            <button
              type="button"
              data-rule-id={id}
              onClick={() => void update((draft) => void (draft.rules.disabled = draft.rules.disabled.filter((x) => x !== id)))}
            >
              {t('options_rules_earlier_on', [id])}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RulesSection({ settings, update }: SectionProps): JSX.Element {
  const [pairs, setPairs] = useState<PackPair[]>(BUNDLED);
  useEffect(() => {
    // Installed packs bring their own topics, names and known errors, from the moment they are installed.
    const controller = new AbortController();
    const load = () =>
      void listInstalled().then((installed) => {
        if (!controller.signal.aborted) setPairs([...BUNDLED, ...installed.map(({ pack, compiled }) => ({ pack, compiled }))]);
      });
    load();
    onInstalledPacksChanged(load, controller.signal);
    return () => controller.abort();
  }, []);
  const groups = pairs.map(packSwitches);
  const languages = ruleLanguages(pairs.map((p) => p.pack));
  const off = new Set(settings.rules.off);
  const languagesOff = new Set(settings.rules.languagesOff);
  const toggle: Toggle = (list, value, on) =>
    void update((draft) => {
      const rest = draft.rules[list].filter((x) => x !== value);
      draft.rules[list] = on ? rest : [...rest, value];
    });

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options_rules_heading')}</h2>
      <p class="hint">{t('options_rules_meaning_hint')}</p>
      {groups.length === 0 && <p>{t('options_rules_none')}</p>}
      {groups.map((group) => (
        <PackRules key={group.packId} group={group} off={off} toggle={toggle} />
      ))}
      {languages.length > 0 && (
        <fieldset id="rules-languages">
          <legend>{t('options_rules_languages')}</legend>
          <p class="hint">{t('options_rules_languages_hint')}</p>
          <div class="language-grid">
            {languages.map((code) => (
              <MeaningToggle
                key={code}
                id={`language-${code}`}
                label={languageName(code)}
                on={!languagesOff.has(code)}
                onChange={(on) => toggle('languagesOff', code, on)}
              />
            ))}
          </div>
        </fieldset>
      )}
      <EarlierSwitches rules={settings.rules} update={update} />
    </section>
  );
}
