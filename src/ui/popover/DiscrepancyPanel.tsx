/**
 * A flagged sentence: opens on the error (how sure the flag is, what this page says
 * against what the record says); why it matters and which outlets printed what are one
 * disclosure away, each list holding only the outlets it names (printed the same thing,
 * told it differently, unconfirmed, left it out, got it right). A flag whose headline
 * names the page's own claim also names the rule that raised it, as the options list it.
 */
import type { Stance as StanceId, StoryPack } from '../../core/pack/schema';
import { discrepancyView, type DiscrepancyView } from '../../core/pack-view/topic-view';
import { SourceList } from '../components/SourceLink';
import { SourceName } from './SourceName';
import type { Translate } from './types';

type SourceEntry = DiscrepancyView['sources'][number];

const OTHER_GROUPS: { stance: StanceId; key: string }[] = [
  { stance: 'wrong', key: 'popoverAlsoPrinted' },
  { stance: 'differs', key: 'popoverToldDifferently' },
  { stance: 'unconfirmed', key: 'popoverUnconfirmedHere' },
  { stance: 'silent', key: 'popoverLeftOut' },
  { stance: 'agrees', key: 'popoverGotItRight' },
];

function OutletGroup({
  pack,
  group,
  title,
  entries,
  t,
}: {
  pack: StoryPack;
  group: string;
  title: string;
  entries: SourceEntry[];
  t: Translate;
}) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul data-stance={group}>
        {entries.map((s, i) => (
          <li key={s.source?.id ?? i}>
            {s.source && <SourceName pack={pack} source={s.source} t={t} />}
            <br />
            {s.says}
            {s.excerpt && (
              <>
                {' '}
                <q class="excerpt">{s.excerpt}</q>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function DiscrepancyPanel(props: {
  pack: StoryPack;
  discrepancyId: string;
  pageText: string;
  t: Translate;
  titleId: string;
  /** Replaces the pack's title when the page's own claim can be named (a wrong date). */
  headline?: string | undefined;
  /** `wrong`: the record contradicts the page; `differs`: the page's words drift from it. */
  strength?: 'wrong' | 'differs' | undefined;
  /** Outlets that printed the same thing as this page; when given, they head the list. */
  sourceIds?: readonly string[] | undefined;
}) {
  const { pack, discrepancyId, pageText, t, titleId, headline, strength = 'wrong', sourceIds } = props;
  const view = discrepancyView(pack, discrepancyId);
  if (!view) return <h2 id={titleId}>{t('popoverUnknownStory')}</h2>;
  const { discrepancy } = view;
  const samePrint = (s: SourceEntry) => s.source !== undefined && (sourceIds ?? []).includes(s.source.id);
  const printed = sourceIds ? view.sources.filter(samePrint) : [];
  const others = view.sources.filter((s) => !samePrint(s));
  return (
    <>
      <h2 id={titleId}>{headline ?? discrepancy.title}</h2>
      <p class="strength" data-strength={strength}>
        {t(strength === 'differs' ? 'popoverStrengthDiffers' : 'popoverStrengthWrong')}
      </p>
      {headline !== undefined && headline !== discrepancy.title && (
        // A headline that names the page's own date hides which rule raised the flag: "dated
        // to November 2023" may come from the month rule after the year rule is switched off.
        <p class="rule" data-rule={discrepancyId}>
          {t('popoverFlagRule', [discrepancy.title])}
        </p>
      )}
      <p class={`says ${strength}`}>
        <strong>{t('popoverPageSays')}</strong> “{pageText.replace(/\s+/g, ' ').trim()}”
      </p>
      <p class="record">
        <strong>{t('popoverRecordSays')}</strong> {discrepancy.right}
      </p>
      <details class="more">
        {/* Outlets are promised only when some are listed: an error none of them made is explained, not attributed. */}
        <summary>{t(view.sources.length > 0 ? 'popoverWhyAndWho' : 'popoverWhyItMatters')}</summary>
        <h3>{t('popoverWhyItMatters')}</h3>
        <p>{discrepancy.whyItMatters}</p>
        <OutletGroup pack={pack} group="printed" title={t('popoverPrintedSame')} entries={printed} t={t} />
        {OTHER_GROUPS.map((g) => (
          <OutletGroup
            key={g.stance}
            group={g.stance}
            pack={pack}
            title={t(g.key)}
            entries={others.filter((s) => s.stance === g.stance)}
            t={t}
          />
        ))}
        {view.references.length > 0 && (
          <>
            <h3>{t('popoverReferences')}</h3>
            <SourceList sources={view.references} />
          </>
        )}
      </details>
    </>
  );
}
