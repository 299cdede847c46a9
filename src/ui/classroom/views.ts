/**
 * The classroom's views live in the URL hash (#coverage, #discrepancies,
 * #exercise, #presenter) so a teacher can bookmark or reload a view and the
 * browser's back button steps between them.
 */
export const VIEWS = ['coverage', 'discrepancies', 'exercise', 'presenter'] as const;
export type View = (typeof VIEWS)[number];

export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#/, '');
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : 'coverage';
}
