import { filterFromValue, filterToValue, type TypeFilter } from '../../core/classroom/filters';
import type { DiscrepancyTypeId } from '../../core/pack/schema';
import { t, typeLabel } from './i18n';

interface Props {
  id: string;
  filter: TypeFilter;
  types: readonly { type: DiscrepancyTypeId; count: number }[];
  onChange(filter: TypeFilter): void;
}

/** One <select> for the discrepancy-type filter; the matrix, explorer and presenter share the choice. */
export function TypeFilterSelect({ id, filter, types, onChange }: Props) {
  const known = types.map((x) => x.type);
  return (
    <div class="filter">
      <label for={id}>{t('classroom_filterLabel')}</label>
      <select id={id} value={filterToValue(filter)} onChange={(event) => onChange(filterFromValue(event.currentTarget.value, known))}>
        <option value="all">{t('classroom_filterAll')}</option>
        <option value="any-discrepancy">{t('classroom_filterAny')}</option>
        {types.map(({ type, count }) => (
          <option key={type} value={`type:${type}`}>
            {t('classroom_filterType', [typeLabel(type), String(count)])}
          </option>
        ))}
      </select>
    </div>
  );
}
