/**
 * The mentions and repeated errors on the page, grouped by topic. Each is a button:
 * activating it asks the content script to scroll to that highlight and focus it.
 */
import type { JSX } from 'preact';
import type { FindingSummary, PageReport } from '../../core/messages';
import type { StoryPack } from '../../core/pack/schema';
import { t } from '../../platform/i18n';
import { claimHeadline } from '../../core/pack-view/claim';
import { tn } from '../shared/plural';
import { discrepancyTitle, topicLabel } from './pack-labels';

/** A popup is small; a page with hundreds of mentions lists the first ones and counts the rest. */
export const MAX_LISTED = 60;

interface FindingListProps {
  report: PageReport;
  /** The packs in use, installed ones included, for topic names and discrepancy titles. */
  packs: readonly StoryPack[];
  onFocus(finding: FindingSummary): void;
}

function groupByTopic(findings: FindingSummary[]): Map<string, FindingSummary[]> {
  const groups = new Map<string, FindingSummary[]>();
  for (const finding of findings) groups.set(finding.topic, [...(groups.get(finding.topic) ?? []), finding]);
  return groups;
}

function FindingButton({
  finding,
  packs,
  onFocus,
}: {
  finding: FindingSummary;
  packs: readonly StoryPack[];
  onFocus(f: FindingSummary): void;
}): JSX.Element {
  const isFlag = finding.kind === 'discrepancy';
  const title = !isFlag
    ? undefined
    : finding.claimed
      ? claimHeadline(finding.claimed, topicLabel(finding.topic, packs), t)
      : discrepancyTitle(finding.discrepancyId, packs);
  return (
    <li>
      <button type="button" class={isFlag ? 'finding flag' : 'finding'} data-finding-index={finding.index} onClick={() => onFocus(finding)}>
        {isFlag && <span class="flag-label">{t('popup_flag_label')}</span>}
        <span class="finding-text">“{finding.text}”</span>
        {title !== undefined && <span class="finding-note">{title}</span>}
      </button>
    </li>
  );
}

export function FindingList({ report, packs, onFocus }: FindingListProps): JSX.Element {
  const listed = report.findings.slice(0, MAX_LISTED);
  const hidden = report.findings.length - listed.length;
  return (
    <div class="findings">
      <p class="summary">
        {tn('popup_mentions', report.mentions)}
        {report.discrepancies > 0 && `, ${tn('popup_errors', report.discrepancies)}`}
      </p>
      {[...groupByTopic(listed)].map(([topic, findings]) => (
        <section key={topic} class="topic" aria-labelledby={`topic-${topic}`}>
          <h3 id={`topic-${topic}`}>
            {topicLabel(topic, packs)} <span class="count">({findings.length})</span>
          </h3>
          <ul>
            {findings.map((finding) => (
              <FindingButton key={finding.index} finding={finding} packs={packs} onFocus={onFocus} />
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 && (
        <p class="more">
          {tn('popup_more_findings', hidden)} {t('popup_step_keys')}
        </p>
      )}
    </div>
  );
}
