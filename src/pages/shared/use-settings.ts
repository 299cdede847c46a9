/**
 * Settings as Preact state for the popup and the options page: loaded once, reloaded
 * whenever storage changes (another page or another browser wrote them), saved through
 * the schema so a page can never store something invalid.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { SettingsNotWritten, settingsSchema, type Settings } from '../../core/settings';
import { t } from '../../platform/i18n';
import { onSettingsChanged, readSettings, writeSettings } from '../../platform/settings-store';

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export interface SettingsState {
  settings: Settings | undefined;
  /** Fields that storage held in a broken form and that were reset to their defaults. */
  repaired: string[];
  /** The stored settings version, when a newer Lateral wrote them (nothing is saved then). */
  newerVersion?: number;
  /** Fields whose pieces are still arriving through sync. */
  pending: string[];
  save(next: Settings): Promise<SaveOutcome>;
  update(change: (draft: Settings) => void): Promise<SaveOutcome>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [repaired, setRepaired] = useState<string[]>([]);
  const [newerVersion, setNewerVersion] = useState<number>();
  const [pending, setPending] = useState<string[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const loaded = await readSettings();
      if (controller.signal.aborted) return;
      setSettings(loaded.settings);
      setRepaired(loaded.repaired);
      setNewerVersion(loaded.newerVersion);
      setPending(loaded.pending ?? []);
    };
    void load();
    onSettingsChanged(() => void load(), controller.signal);
    return () => controller.abort();
  }, []);

  // Only what the reader changed relative to what they were shown is written (see saveSettings).
  const save = useCallback(
    async (next: Settings): Promise<SaveOutcome> => {
      const checked = settingsSchema.safeParse(next);
      if (!checked.success) return { ok: false, error: checked.error.issues.map((i) => i.message).join('; ') };
      try {
        await writeSettings(checked.data, settings);
        setSettings(checked.data);
        return { ok: true };
      } catch (error) {
        if (error instanceof SettingsNotWritten) {
          const why =
            error.reason === 'newer-version' ? t('options_not_saved_newer') : t('options_not_saved_pending', [error.fields.join(', ')]);
          return { ok: false, error: why };
        }
        // storage.sync quota errors land here; the page shows them instead of losing the change silently.
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    [settings],
  );

  const update = useCallback(
    async (change: (draft: Settings) => void): Promise<SaveOutcome> => {
      if (!settings) return { ok: false, error: 'not loaded' };
      const draft = structuredClone(settings);
      change(draft);
      return save(draft);
    },
    [settings, save],
  );

  return { settings, repaired, newerVersion, pending, save, update };
}
