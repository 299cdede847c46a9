/** Plain-text accuracy report for the terminal (the CLI's `--expect`). */
import type { PageScore, Summary, Tally } from './score';

const pct = (x: number) => x.toFixed(2);

export function tallyLine(label: string, t: Tally): string {
  return `${label.padEnd(34)} recall ${pct(t.recall)} (${t.hit}/${t.phrases})  false marks ${t.falseMarks}  unrelated-page marks ${t.unrelatedMarks}  flags ${t.flagsFound}/${t.errors}  wrong flags ${t.wrongFlags}`;
}

export function formatSummary(pages: readonly PageScore[], summary: Summary): string {
  const lines: string[] = [];
  for (const p of pages) {
    const hit = p.recall.filter((r) => r.hit).length;
    const flags = p.flags.filter((r) => r.hit).length;
    lines.push(
      `${p.page.padEnd(34)} ${p.relevant ? `recall ${hit}/${p.recall.length}` : 'unrelated'}  false ${p.falseMarks.length}  flags ${flags}/${p.flags.length}  wrong flags ${p.wrongFlags.length}`,
    );
    for (const r of p.recall) if (!r.hit) lines.push(`    missed${r.found ? '' : ' (not in the text)'} [${r.category}] ${r.text}`);
    for (const f of p.falseMarks) lines.push(`    FALSE MARK ${f}`);
    for (const r of p.flags) if (!r.hit) lines.push(`    flag missed${r.found ? '' : ' (not in the text)'} ${r.text}`);
    for (const f of p.wrongFlags) lines.push(`    WRONG FLAG ${f}`);
    for (const u of p.unlocated) lines.push(`    label not in the text: ${u}`);
  }
  lines.push('');
  for (const [lang, t] of Object.entries(summary.byLang)) lines.push(tallyLine(`language ${lang}`, t));
  for (const [c, t] of Object.entries(summary.byCategory))
    lines.push(`${`category ${c}`.padEnd(34)} recall ${pct(t.recall)} (${t.hit}/${t.phrases})`);
  lines.push(tallyLine('overall', summary.overall));
  return lines.join('\n');
}
