/**
 * A record claim's source, so a reader can go and check it: outlet, the item
 * itself (linked when its address is known for certain) and its date.
 */
import type { RecordSource } from '../../core/pack-view/topic-view';

function readableDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function SourceLink({ source }: { source: RecordSource }) {
  return (
    <cite class="record-source" data-reference={source.id}>
      {source.outlet},{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      , <time dateTime={source.date}>{readableDate(source.date)}</time>
    </cite>
  );
}

/** Several sources, one per line item. */
export function SourceList({ sources }: { sources: readonly RecordSource[] }) {
  return (
    <ul class="record-sources">
      {sources.map((s) => (
        <li key={s.id}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}
