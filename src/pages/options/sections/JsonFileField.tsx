/**
 * A labelled picker for one JSON file with its hint, as the backup and story-pack rows
 * use it. The caller reads and checks the file; the input is handed over so the caller
 * can clear it after a refusal and the same file can be picked again.
 */
import type { JSX } from 'preact';

interface JsonFileFieldProps {
  id: string;
  label: string;
  hint: string;
  onPick: (input: HTMLInputElement) => void;
}

export function JsonFileField({ id, label, hint, onPick }: JsonFileFieldProps): JSX.Element {
  return (
    <div class="backup-row">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onPick(event.currentTarget)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}
