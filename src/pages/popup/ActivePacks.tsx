/**
 * Which story packs Lateral is using: the titles of those switched on (bundled and
 * installed), and those switched off, so a reader can tell why a story is or is not marked.
 */
import type { JSX } from 'preact';
import type { AvailablePack } from '../../core/pack-install/available';
import { t } from '../../platform/i18n';

export function ActivePacks({ packs }: { packs: readonly AvailablePack[] }): JSX.Element {
  const on = packs.filter((p) => p.enabled);
  const off = packs.filter((p) => !p.enabled);
  return (
    <section aria-labelledby="packs-heading" class="packs">
      <h2 id="packs-heading">{t('popup_packs_heading')}</h2>
      {on.length > 0 ? (
        <ul id="active-packs">
          {on.map(({ pack }) => (
            <li key={pack.id} data-pack-id={pack.id}>
              {pack.title}
            </li>
          ))}
        </ul>
      ) : (
        <p id="active-packs-none">{t('popup_packs_none')}</p>
      )}
      {off.length > 0 && <p id="inactive-packs">{t('popup_packs_off', [off.map((p) => p.pack.title).join('; ')])}</p>}
    </section>
  );
}
