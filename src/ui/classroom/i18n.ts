/**
 * Every classroom string comes from locales/<lang>/classroom.json through the
 * browser's i18n, so the page follows the browser language (English, Ukrainian).
 * Taxonomy and stance names also have translations there; when a pack uses a type
 * the locale files do not know yet, the English text from the taxonomy is shown.
 */
import { DISCREPANCY_TYPES, type DiscrepancyTypeId, type Stance } from '../../core/pack/schema';
import { makeTn } from '../components/plural';

/** The browser's getMessage: '' for a key the locale files do not have. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

// Set by the page entry (src/pages/classroom/main.tsx); until then every key shows as itself.
let getMessage: GetMessage = () => '';
let uiLanguage: () => string = () => 'en';

/** The page hands the classroom its message lookup and UI language; src/ui never reaches the browser itself. */
export function setClassroomI18n(messages: GetMessage, language: () => string): void {
  getMessage = messages;
  uiLanguage = language;
}

export function t(key: string, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

/** Counted messages: see plural-key.ts for how the form is chosen. */
export const tn = makeTn(
  (key, substitutions) => t(key, substitutions.map(String)),
  () => uiLanguage(),
);

const keyPart = (id: string) => id.replace(/-/g, '_');

function localisedOr(key: string, fallback: string): string {
  return getMessage(key) || fallback;
}

export function typeLabel(type: DiscrepancyTypeId): string {
  const entry = DISCREPANCY_TYPES.find((d) => d.id === type);
  return localisedOr(`classroom_type_${keyPart(type)}`, entry?.label ?? type);
}

export function typeDescription(type: DiscrepancyTypeId): string {
  const entry = DISCREPANCY_TYPES.find((d) => d.id === type);
  return localisedOr(`classroom_typeDesc_${keyPart(type)}`, entry?.description ?? '');
}

export function stanceLabel(stance: Stance): string {
  return t(`classroom_stance_${stance}`);
}

export function stanceDescription(stance: Stance): string {
  return t(`classroom_stanceDesc_${stance}`);
}

export function severityLabel(severity: 'low' | 'medium' | 'high'): string {
  return t(`classroom_severity_${severity}`);
}

/** "Source 3" — the seed articles carry no outlet names, so they are numbered. */
export function sourceName(number: number): string {
  return t('classroom_sourceName', String(number));
}
