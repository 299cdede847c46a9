/** One outlet as the popover names it: name or headline, what kind of outlet, date, and a link when the pack has one. */
import type { Source, StoryPack } from '../../core/pack/schema';
import { sourceLine } from '../../core/pack-view/source-line';
import type { Translate } from './types';

const KIND_KEYS: Record<string, string> = {
  news: 'popoverKindNews',
  aggregator: 'popoverKindAggregator',
  blog: 'popoverKindBlog',
  wire: 'popoverKindWire',
  social: 'popoverKindSocial',
  official: 'popoverKindOfficial',
  consensus: 'popoverKindConsensus',
};

/** The reader's language for dates ("26 Nov 2025" / "26 лист. 2025 р."). */
function uiLocale(t: Translate): string {
  const locale = t('@@ui_locale');
  return locale && locale !== '@@ui_locale' ? locale.replace('_', '-') : 'en';
}

export function formatDay(iso: string, t: Translate): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  try {
    return new Intl.DateTimeFormat(uiLocale(t), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
  } catch {
    return iso;
  }
}

function dateText(line: ReturnType<typeof sourceLine>, t: Translate): string | null {
  if (!line.date) return line.kind === 'consensus' ? null : t('popoverDateUnknown');
  const day = formatDay(line.date, t);
  if (line.dateIsEarliest) return t('popoverDateEarliest', day);
  return line.dateInferred ? t('popoverDateInferred', day) : day;
}

/** "Article 3 (news site, 26 Nov 2025, date inferred): “headline”", or "Reuters (news agency)" with its link. */
export function SourceName({ pack, source, t }: { pack: StoryPack; source: Source; t: Translate }) {
  const line = sourceLine(pack, source);
  const meta = [t(KIND_KEYS[line.kind] ?? 'popoverKindNews'), dateText(line, t)].filter(Boolean).join(', ');
  if (line.number !== undefined) {
    return (
      <span class="source" data-source={line.id}>
        <strong>{t('classroom_sourceName', String(line.number))}</strong> ({meta}): <cite>“{line.name}”</cite>
      </span>
    );
  }
  return (
    <span class="source" data-source={line.id}>
      {line.url ? (
        <a href={line.url} target="_blank" rel="noopener noreferrer">
          {line.name}
        </a>
      ) : (
        <strong>{line.name}</strong>
      )}{' '}
      ({meta})
    </span>
  );
}
