/** The page report the popup and the badge show, built from the live highlights. */
import type { FindingSummary, PageReport } from '../core/messages';
import type { InactiveReason } from '../core/settings/inactive';
import type { Finding } from './highlighter';

const LABEL_MAX = 80;

export function buildReport(url: string, findings: readonly Finding[], inactive?: InactiveReason): PageReport {
  const summaries: FindingSummary[] = findings.map((f, index) => {
    const text = f.text.replace(/\s+/g, ' ').trim();
    return {
      index,
      kind: f.hit.kind,
      ruleId: f.hit.ruleId,
      topic: f.hit.topic,
      ...(f.hit.discrepancyId ? { discrepancyId: f.hit.discrepancyId } : {}),
      text: text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text,
    };
  });
  return {
    url,
    ...(inactive ? { inactiveReason: inactive } : {}),
    mentions: summaries.filter((s) => s.kind === 'mention').length,
    discrepancies: summaries.filter((s) => s.kind === 'discrepancy').length,
    topics: [...new Set(summaries.map((s) => s.topic))],
    findings: summaries,
  };
}
