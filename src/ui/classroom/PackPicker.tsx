import type { StoryPack } from '../../core/pack/schema';
import { t } from './i18n';

/** Shown only when more than one story pack is installed; each new pack appears here. */
export function PackPicker({ packs, packId, onChange }: { packs: readonly StoryPack[]; packId: string; onChange(id: string): void }) {
  if (packs.length < 2) return null;
  return (
    <div class="pack-picker">
      <label for="pack-picker">{t('classroom_packLabel')}</label>
      <select id="pack-picker" value={packId} onChange={(e) => onChange(e.currentTarget.value)}>
        {packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </div>
  );
}
