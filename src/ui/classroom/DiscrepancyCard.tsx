import type { Discrepancy, StoryPack } from '../../core/pack/schema';
import { compareQuotes } from '../../core/classroom/quote-versions';
import { StanceMarker } from './StanceMarker';
import { WordDiff } from './WordDiff';
import { severityLabel, sourceName, t, typeDescription, typeLabel } from './i18n';

interface Props {
  pack: StoryPack;
  discrepancy: Discrepancy;
  /** Seed id → its 1-based number in the matrix, so cards and table name sources alike. */
  sourceNumbers: ReadonlyMap<string, number>;
  headingLevel: 2 | 3;
}

/**
 * One discrepancy: its type, the competing versions side by side, a word-level
 * diff when it is about a quotation, what is right and why it matters.
 */
export function DiscrepancyCard({ pack, discrepancy: d, sourceNumbers, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const quotes = compareQuotes(pack, d);
  const nameOf = (id: string) => sourceName(sourceNumbers.get(id) ?? 0);
  const facts = d.factIds.flatMap((id) => pack.facts.filter((f) => f.id === id));
  return (
    <article class={`discrepancy severity-${d.severity}`} data-discrepancy={d.id} aria-labelledby={`d-${d.id}`}>
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
        </section>
        {d.sources.map((s) => (
          <section class="version" key={s.sourceId}>
            <Sub>{nameOf(s.sourceId)}</Sub>
            <StanceMarker stance={s.stance} />
            <p>{s.says}</p>
            {s.excerpt && <q class="excerpt">{s.excerpt}</q>}
          </section>
        ))}
      </div>

      {quotes && quotes.versions.length > 0 && (
        <section class="quote-diff">
          <Sub>{t('classroom_quoteDiffTitle')}</Sub>
          <p class="diff-baseline">
            <span class="diff-label">
              {quotes.baselineSourceId === null ? t('classroom_diffRecord') : t('classroom_diffFirstVersion', nameOf(quotes.baselineSourceId))}
            </span>{' '}
            <q>{quotes.baseline}</q>
          </p>
          <ul class="diff-list">
            {quotes.versions.map((v) => (
              <li key={v.sourceId}>
                <span class="diff-label">
                  {t('classroom_diffVersion', [nameOf(v.sourceId), String(Math.round(v.kept * 100))])}
                </span>
                <WordDiff parts={v.parts} startsLater={v.startsLater} endsEarlier={v.endsEarlier} />
              </li>
            ))}
          </ul>
          <p class="diff-key">{t('classroom_diffKey')}</p>
        </section>
      )}

      <section class="why">
        <Sub>{t('classroom_whyItMatters')}</Sub>
        <p>{d.whyItMatters}</p>
      </section>

      {facts.length > 0 && (
        <p class="related">
          {t('classroom_relatedFacts')} {facts.map((f) => f.question).join(' · ')}
        </p>
      )}
    </article>
  );
}
