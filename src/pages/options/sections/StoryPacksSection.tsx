/**
 * Story packs: the packs that come with Lateral and the ones installed from a file,
 * each switched on or off; install, update (same id, higher version, after a summary
 * of what changes) and remove; download a pack's discrepancies as ClaimReview JSON-LD.
 * A file with any problem is refused with every problem and its JSON path, and nothing
 * installed changes. Every text from a pack is rendered as text.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { exportClaimReviews } from '../../../core/claimreview/export';
import { packFromFile } from '../../../core/pack-install/from-file';
import {
  compareVersions,
  compileInstalled,
  summarize,
  summarizeUpdate,
  type InstalledPack,
  type PackSummary,
  type UpdateSummary,
} from '../../../core/pack-install/installed';
import type { StoryPack } from '../../../core/pack/schema';
import { t } from '../../../platform/i18n';
import { describePackProblem } from '../../../ui/components/pack-problem';
import {
  disabledBuiltins,
  listInstalled,
  removeInstalled,
  saveInstalled,
  setBuiltinEnabled,
  setInstalledEnabled,
} from '../../../platform/pack-store';
import { ProblemList } from '../../../ui/components/ProblemList';
import { storyPacks } from '../../../ui/components/story-packs';
import { Switch } from '../../../ui/components/Switch';
import { download } from './BackupSection';
import { JsonFileField } from './JsonFileField';

interface Row extends PackSummary {
  builtin: boolean;
  enabled: boolean;
  pack: StoryPack;
}

const BUILTINS = storyPacks.map((pack) => ({ id: pack.id, title: pack.title }));

async function loadRows(): Promise<Row[]> {
  const [installed, off] = await Promise.all([listInstalled(), disabledBuiltins()]);
  return [
    ...storyPacks.map((pack) => ({ ...summarize(pack), builtin: true, enabled: !off.includes(pack.id), pack })),
    ...installed.map((p) => ({ ...summarize(p.pack), builtin: false, enabled: p.enabled, pack: p.pack })),
  ];
}

function PackRow({ row, onToggle, onRemove }: { row: Row; onToggle(on: boolean): void; onRemove(): void }): JSX.Element {
  const meta = `pack-meta-${row.id}`;
  return (
    <li class="pack-row" data-pack-id={row.id}>
      <Switch id={`pack-on-${row.id}`} label={row.title} checked={row.enabled} onChange={onToggle} describedBy={meta} />
      <p id={meta} class="hint">
        {t('packs_meta', [row.version, row.languages.join(', ') || '—', row.counts.facts, row.counts.discrepancies, row.counts.rules])}{' '}
        {row.builtin ? t('packs_builtin') : t('packs_installed')}
      </p>
      <button
        type="button"
        class="pack-claimreview"
        onClick={() => download(`${JSON.stringify(exportClaimReviews(row.pack), null, 2)}\n`, `${row.id}.claimreview.json`)}
      >
        {t('packs_claimreview')}
      </button>{' '}
      {!row.builtin && (
        <button type="button" class="pack-remove danger" onClick={onRemove}>
          {t('packs_remove')}
        </button>
      )}
    </li>
  );
}

export function StoryPacksSection({ announce }: { announce(message: string): void }): JSX.Element {
  const [rows, setRows] = useState<Row[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [lastFile, setLastFile] = useState('');
  const [pending, setPending] = useState<{ installed: InstalledPack; summary: UpdateSummary } | null>(null);
  const refresh = async () => setRows(await loadRows());
  useEffect(() => void refresh(), []);

  const finish = async (message: string) => {
    setPending(null);
    await refresh();
    announce(message);
  };

  const installFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setLastFile('');
    setPending(null);
    const refuse = (list: string[]) => {
      setProblems(list);
      setLastFile(file.name);
      announce('');
    };
    const checked = packFromFile(await file.text(), file.name, BUILTINS);
    if (!checked.ok) return refuse(checked.problems.map((p) => `${p.path}: ${describePackProblem(t, p.message)}`));
    const compiled = compileInstalled(checked.pack);
    if (!compiled.ok) return refuse(compiled.problems.map((p) => `${p.path}: ${describePackProblem(t, p.message)}`));
    const current = (await listInstalled()).find((p) => p.id === checked.pack.id);
    if (current && compareVersions(checked.pack.version, current.version) <= 0) {
      return refuse([`version: ${t('packs_not_newer', [checked.pack.version, current.version])}`]);
    }
    setProblems([]);
    setLastFile(file.name);
    if (current) {
      setPending({ installed: { ...compiled.installed, enabled: current.enabled }, summary: summarizeUpdate(current.pack, checked.pack) });
      return;
    }
    try {
      await saveInstalled(compiled.installed);
    } catch (error) {
      // Storage full (or unavailable): nothing was written, so nothing installed changed.
      return refuse([`(storage): ${(error as Error).message}`]);
    }
    await finish(t('packs_install_done', [checked.pack.title]));
  };

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packs_heading')}</h2>
      <p class="hint">{t('packs_intro_here')}</p>
      <ul id="pack-list" class="pack-list">
        {rows.map((row) => (
          <PackRow
            key={row.id}
            row={row}
            onToggle={(on) =>
              void (row.builtin ? setBuiltinEnabled(row.id, on) : setInstalledEnabled(row.id, on)).then(() =>
                finish(t(on ? 'packs_on' : 'packs_off', [row.title])),
              )
            }
            onRemove={() => void removeInstalled(row.id).then(() => finish(t('packs_removed', [row.title])))}
          />
        ))}
      </ul>
      <JsonFileField id="pack-file" label={t('packs_install')} hint={t('packs_install_hint')} onPick={(input) => void installFile(input)} />
      <div id="pack-install-result" data-file={lastFile}>
        <ProblemList id="pack-problems" title={t('packs_refused')} problems={problems} />
        {pending && (
          <div id="pack-update" role="group" aria-labelledby="pack-update-question" class="confirm">
            <p id="pack-update-question">
              {t('packs_update_question', [pending.installed.title, pending.summary.from, pending.summary.to])}
            </p>
            <ul id="pack-update-changes">
              {(pending.summary.changes.length > 0 ? pending.summary.changes : [t('packs_update_same')]).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <button
              type="button"
              id="pack-update-confirm"
              onClick={() =>
                void saveInstalled(pending.installed).then(() =>
                  finish(t('packs_update_done', [pending.installed.title, pending.summary.to])),
                )
              }
            >
              {t('packs_update')}
            </button>{' '}
            <button type="button" id="pack-update-cancel" onClick={() => setPending(null)}>
              {t('options_cancel')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
