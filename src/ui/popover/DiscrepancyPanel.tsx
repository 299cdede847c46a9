/**
 * A discrepancy flag: how sure it is, what this page says, what the record says, who
 * else printed the same thing and why it matters.
 */
import type { StoryPack } from '../../core/pack/schema';
import { discrepancyView, sourceName } from '../../core/pack-view/topic-view';
import { SourceList } from '../components/SourceLink';
import type { Translate } from './types';

export function DiscrepancyPanel(props: {
  pack: StoryPack;
  discrepancyId: string;
  pageText: string;
  t: Translate;
  titleId: string;
  /** `wrong`: the record contradicts the page; `differs`: the page's words drift from it. */
  strength?: 'wrong' | 'differs' | undefined;
  /** Outlets that printed the same thing; when given, only they are listed. */
  sourceIds?: readonly string[] | undefined;
}) {
  const { pack, discrepancyId, pageText, t, titleId, strength = 'wrong', sourceIds } = props;
  const view = discrepancyView(pack, discrepancyId);
  if (!view) return <h2 id={titleId}>{t('popoverUnknownStory')}</h2>;
  const { discrepancy } = view;
  const printed = sourceIds ? view.sources.filter((_, i) => sourceIds.includes(discrepancy.sources[i]!.sourceId)) : view.sources;
  return (
    <>
      <h2 id={titleId}>{discrepancy.title}</h2>
      <p class="strength" data-strength={strength}>
        {t(strength === 'differs' ? 'popoverStrengthDiffers' : 'popoverStrengthWrong')}
      </p>
      <p class={`says ${strength}`}>
        <strong>{t('popoverPageSays')}</strong> “{pageText.replace(/\s+/g, ' ').trim()}”
      </p>
      <p class="record">
        <strong>{t('popoverRecordSays')}</strong> {discrepancy.right}
      </p>
      <h3>{t('popoverWhyItMatters')}</h3>
      <p>{discrepancy.whyItMatters}</p>
      {printed.length > 0 && (
        <>
          <h3>{t('popoverAlsoPrinted')}</h3>
          <ul>
            {printed.map((s, i) => (
              <li key={i}>
                {s.source ? sourceName(s.source) : ''}: {s.says}
                {s.excerpt && <span class="excerpt"> “{s.excerpt}”</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {view.references.length > 0 && (
        <div class="record-basis">
          <strong>{t('popoverReferences')}</strong>
          <SourceList sources={view.references} />
        </div>
      )}
    </>
  );
}
