/**
 * Export settings to a JSON file, import them back, reset to defaults. An import is all
 * or nothing: a file with any problem is refused with the full list of what is wrong,
 * and the current settings stay exactly as they were.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { exportFileName, exportSettings, parseSettingsFile } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import { resetAllSettings } from '../../../platform/settings-store';
import { describeProblem } from '../../../ui/components/describe-problem';
import { ProblemList } from '../../../ui/components/ProblemList';
import type { SaveOutcome } from '../../shared/use-settings';
import type { SectionProps } from './section-props';
import { JsonFileField } from './JsonFileField';

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
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setLastFile('');
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setProblems(result.problems.map((problem) => describeProblem(t, problem)));
      setLastFile(file.name);
      announce('');
      return;
    }
    const outcome = await save(result.settings);
    if (!outcome.ok) {
      announce('');
      return setProblems([t('options_save_failed', [outcome.error])]);
    }
    setProblems([]);
    setLastFile(file.name);
    announce(t('options_import_done', [file.name]));
  };

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
        onPick={(input) => void importFile(input)}
      />
      <div id="import-result" data-file={lastFile}>
        <ProblemList id="import-problems" title={t('options_import_refused')} problems={problems} />
      </div>
      <div class="backup-row">
        {!confirming ? (
          <button
            type="button"
            id="reset-settings"
            class="danger"
            ref={resetButton}
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmButton.current?.focus());
            }}
          >
            {t('options_reset')}
          </button>
        ) : (
          <div role="group" aria-labelledby="reset-question" class="confirm">
            <p id="reset-question">{t('options_reset_question')}</p>
            <button type="button" id="reset-confirm" class="danger" ref={confirmButton} onClick={() => void reset()}>
              {t('options_reset_confirm')}
            </button>{' '}
            <button
              type="button"
              id="reset-cancel"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              {t('options_cancel')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
