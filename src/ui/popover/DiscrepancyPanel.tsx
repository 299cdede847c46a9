/** A discrepancy flag: what this page says, what the record says, who else printed it and why it matters. */
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
  /** Replaces the pack's title when the page's own claim can be named (a wrong date). */
  headline?: string | undefined;
}) {
  const { pack, discrepancyId, pageText, t, titleId, headline } = props;
  const view = discrepancyView(pack, discrepancyId);
  if (!view) return <h2 id={titleId}>{t('popoverUnknownStory')}</h2>;
  const { discrepancy } = view;
  return (
    <>
      <h2 id={titleId}>{headline ?? discrepancy.title}</h2>
      <p class="says">
        <strong>{t('popoverPageSays')}</strong> “{pageText.replace(/\s+/g, ' ').trim()}”
      </p>
      <p class="record">
        <strong>{t('popoverRecordSays')}</strong> {discrepancy.right}
      </p>
      <h3>{t('popoverWhyItMatters')}</h3>
      <p>{discrepancy.whyItMatters}</p>
      {view.sources.length > 0 && (
        <>
          <h3>{t('popoverAlsoPrinted')}</h3>
          <ul>
            {view.sources.map((s, i) => (
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
