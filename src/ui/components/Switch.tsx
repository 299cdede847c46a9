/** An on/off control: a native checkbox announced as a switch, operable with Space. */
import type { JSX } from 'preact';

interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  describedBy?: string;
  disabled?: boolean;
}

export function Switch({ id, label, checked, onChange, describedBy, disabled }: SwitchProps): JSX.Element {
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}
