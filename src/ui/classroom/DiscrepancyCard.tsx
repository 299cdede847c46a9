import type { Discrepancy, StoryPack } from '../../core/pack/schema';
import { compareQuotes } from '../../core/classroom/quote-versions';
import { recordSources } from '../../core/pack-view/topic-view';
import { SourceList } from '../components/SourceLink';
import { StanceMarker } from './StanceMarker';
import { QuoteDiff } from './QuoteDiff';
import { severityLabel, sourceName, t, typeDescription, typeLabel } from './i18n';

interface Props {
  pack: StoryPack;
  discrepancy: Discrepancy;
  /** Seed id → its 1-based number in the matrix, so cards and table name sources alike. */
  sourceNumbers: ReadonlyMap<string, number>;
  headingLevel: 2 | 3;
  /**
   * `slide` (presenter) must fit a 1280×720 projector: for quotes the word diff
   * stands in for the version boxes, and related questions are left out.
   */
  layout: 'card' | 'slide';
}

/**
 * One discrepancy: its type, the competing versions side by side, a word-level
 * diff when it is about a quotation, what is right and why it matters.
 */
export function DiscrepancyCard({ pack, discrepancy: d, sourceNumbers, headingLevel, layout }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const quotes = compareQuotes(pack, d);
  const hasDiff = quotes !== null && quotes.versions.length > 0;
  const stanceOf = (id: string) => d.sources.find((s) => s.sourceId === id)?.stance;
  const nameOf = (id: string) => sourceName(sourceNumbers.get(id) ?? 0);
  const facts = d.factIds.flatMap((id) => pack.facts.filter((f) => f.id === id));
  return (
    <article class={`discrepancy severity-${d.severity} layout-${layout}`} data-discrepancy={d.id} aria-labelledby={`d-${d.id}`}>
      <header class="discrepancy-head">
        <p class="discrepancy-meta">
          <span class="type-badge" title={typeDescription(d.type)}>
            {typeLabel(d.type)}
          </span>
          <span class="severity">{t('classroom_severity', severityLabel(d.severity))}</span>
        </p>
        <Heading id={`d-${d.id}`}>{d.title}</Heading>
      </header>

      <div class="versions">
        <section class="version version-record">
          <Sub>{t('classroom_whatIsRight')}</Sub>
          <p>{d.right}</p>
          {d.referenceIds.length > 0 && <SourceList sources={recordSources(pack, d.referenceIds)} />}
        </section>
        {(layout === 'card' || !hasDiff) &&
          d.sources.map((s) => (
            <section class="version" key={s.sourceId}>
              <Sub>{nameOf(s.sourceId)}</Sub>
              <StanceMarker stance={s.stance} />
              <p>{s.says}</p>
              {s.excerpt && <q class="excerpt">{s.excerpt}</q>}
            </section>
          ))}
      </div>

      {hasDiff && <QuoteDiff quotes={quotes} nameOf={nameOf} stanceOf={stanceOf} Sub={Sub} showRecordBaseline={layout === 'card'} />}

      <section class="why">
        <Sub>{t('classroom_whyItMatters')}</Sub>
        <p>{d.whyItMatters}</p>
      </section>

      {layout === 'card' && facts.length > 0 && (
        <p class="related">
          {t('classroom_relatedFacts')} {facts.map((f) => f.question).join(' · ')}
        </p>
      )}
    </article>
  );
}
