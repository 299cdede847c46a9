/**
 * Export settings to a JSON file, import them back, reset to defaults. An import is all
 * or nothing: a file with any problem is refused with the full list of what is wrong,
 * and the current settings stay exactly as they were. A good file replaces settings only
 * once the reader has seen what changes and said yes, as a reset does.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { exportFileName, exportSettings, parseSettingsFile, previewImport, type Settings } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import { resetAllSettings } from '../../../platform/settings-store';
import { describeProblem } from '../../../ui/components/describe-problem';
import { ProblemList } from '../../../ui/components/ProblemList';
import type { SaveOutcome } from '../../shared/use-settings';
import { settingName } from '../setting-names';
import type { SectionProps } from './section-props';
import { ConfirmGroup } from './ConfirmGroup';
import { JsonFileField } from './JsonFileField';

/** A good file waiting for the reader's yes. */
interface PendingImport {
  fileName: string;
  settings: Settings;
}

interface BackupSectionProps extends SectionProps {
  save(next: SectionProps['settings']): Promise<SaveOutcome>;
  /** After a reset: the other sections drop what they show about earlier input (errors, drafts). */
  onReset(): void;
}

export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ settings, save, announce, onReset }: BackupSectionProps): JSX.Element {
  const [problems, setProblems] = useState<string[]>([]);
  // Names the file the current result belongs to, so tests (and people) can tell results apart.
  const [lastFile, setLastFile] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the file picker once the question is answered.
  const picker = useRef<HTMLInputElement | null>(null);

  const readFile = async (input: HTMLInputElement) => {
    picker.current = input;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setLastFile('');
    setPending(null);
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setProblems(result.problems.map((problem) => describeProblem(t, problem)));
      setLastFile(file.name);
      announce('');
      return;
    }
    setProblems([]);
    announce('');
    setPending({ fileName: file.name, settings: result.settings });
  };

  const importPending = async ({ fileName, settings: next }: PendingImport) => {
    setPending(null);
    const outcome = await save(next);
    picker.current?.focus();
    if (!outcome.ok) {
      announce('');
      return setProblems([t('options_save_failed', [outcome.error])]);
    }
    setLastFile(fileName);
    announce(t('options_import_done', [fileName]));
  };

  const cancelImport = () => {
    setPending(null);
    announce(t('options_import_cancelled'));
    picker.current?.focus();
  };

  // Worked out on each render, so a setting changed in another tab while the question is open is counted too.
  const preview = pending ? previewImport(settings, pending.settings) : undefined;

  const reset = async () => {
    await resetAllSettings();
    setConfirming(false);
    setProblems([]);
    setLastFile('');
    onReset();
    announce(t('options_reset_done'));
    resetButton.current?.focus();
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_backup_heading')}</h2>
      <div class="backup-row">
        <button type="button" id="export-settings" onClick={() => download(exportSettings(settings), exportFileName())}>
          {t('options_export')}
        </button>
      </div>
      <JsonFileField
        id="import-file"
        label={t('options_import')}
        hint={t('options_import_hint')}
        onPick={(input) => void readFile(input)}
      />
      {preview && pending && (
        <ConfirmGroup
          id="import"
          question={t('options_import_question', [pending.fileName, preview.changed.length, preview.phrasesRemoved, preview.phrasesAdded])}
          confirmLabel={t('options_import_confirm')}
          onConfirm={() => void importPending(pending)}
          onCancel={cancelImport}
        >
          {preview.changed.length > 0 && (
            <>
              <p id="import-changes-title">{t('options_import_changes')}</p>
              <ul id="import-changes" aria-labelledby="import-changes-title">
                {preview.changed.map((path) => (
                  <li key={path} data-setting={path}>
                    {settingName(t, path)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </ConfirmGroup>
      )}
      <div id="import-result" data-file={lastFile}>
        <ProblemList id="import-problems" title={t('options_import_refused')} problems={problems} />
      </div>
      <div class="backup-row">
        {!confirming ? (
          <button type="button" id="reset-settings" class="danger" ref={resetButton} onClick={() => setConfirming(true)}>
            {t('options_reset')}
          </button>
        ) : (
          <ConfirmGroup
            id="reset"
            question={t('options_reset_question')}
            confirmLabel={t('options_reset_confirm')}
            onConfirm={() => void reset()}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => resetButton.current?.focus());
            }}
          />
        )}
      </div>
    </section>
  );
}
