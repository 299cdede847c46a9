/**
 * What the options page's install input accepts: a story pack, or a fact-checker's
 * ClaimReview file or feed, which becomes a pack whose claims are flags (its id comes
 * from the file name). Either way the result passes the same checks and limits.
 */
import { importClaimReviews } from '../claimreview/import';
import { checkInstallable, type BuiltinIdentity, type InstallCheck } from './check';

export function packIdFromFileName(fileName: string): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `claims-${stem || 'file'}`;
}

export function packFromFile(
  text: string,
  fileName: string,
  builtins: readonly BuiltinIdentity[],
): InstallCheck & { fromClaimReview: boolean } {
  const asPack = checkInstallable(text, builtins);
  if (asPack.ok) return { ...asPack, fromClaimReview: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...asPack, fromClaimReview: false };
  }
  // A story pack is an object with an id; anything holding ClaimReviews is read as a feed.
  const looksLikePack = !!json && typeof json === 'object' && !Array.isArray(json) && 'facts' in json;
  if (looksLikePack) return { ...asPack, fromClaimReview: false };
  const imported = importClaimReviews(json, { id: packIdFromFileName(fileName) });
  if (!imported.ok) return { ...asPack, fromClaimReview: false };
  return { ...checkInstallable(JSON.stringify(imported.pack), builtins), fromClaimReview: true };
}
