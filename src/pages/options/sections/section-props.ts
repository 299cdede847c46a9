import type { Settings } from '../../../core/settings';
import type { SaveOutcome } from '../../shared/use-settings';

/** What every options section gets: the current settings, a way to change them, a way to speak. */
export interface SectionProps {
  settings: Settings;
  update(change: (draft: Settings) => void): Promise<SaveOutcome>;
  announce(message: string): void;
}
