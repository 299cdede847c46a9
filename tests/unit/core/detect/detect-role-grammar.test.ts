/**
 * A role word beside the principal it serves ("Putin's top aide", "kremlowski doradca")
 * is read by grammar from two word classes (role words, principals), in every language,
 * not from a list of their combinations. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';
import { marksUnder } from '../../../fixtures/detect/marks';

const matcher = createMatcher(compiledPack());

const cases: [opening: string, line: string, roles: string[]][] = [
  [
    'Bloomberg published the recording of the Witkoff–Ushakov call of 14 October about the 28-point plan for Ukraine.',
    "Days later, Putin's top aide said the leak changed nothing, and a Kremlin adviser agreed.",
    ["Putin's top aide", 'Kremlin adviser'],
  ],
  [
    'Bloomberg veröffentlichte die Aufnahme des Telefonats zwischen Witkoff und Uschakow vom 14. Oktober über den 28-Punkte-Plan.',
    'Der Kreml-Berater schwieg, doch Putins Berater ließ ausrichten, das Gespräch sei normal gewesen.',
    ['Kreml-Berater', 'Putins Berater'],
  ],
  [
    'Bloomberg publicó la grabación de la llamada entre Witkoff y Ushakov del 14 de octubre sobre el plan de 28 puntos para Ucrania.',
    'Al día siguiente, el asesor de Putin calló.',
    ['asesor de Putin'],
  ],
  [
    'Bloomberg опубликовал запись разговора Уиткоффа с Ушаковым от 14 октября о плане из 28 пунктов.',
    'Помощник Путина назвал утечку провокацией, а кремлевский помощник добавил, что разговор был обычным.',
    ['Помощник Путина', 'кремлевский помощник'],
  ],
  [
    'Bloomberg opublikował nagranie rozmowy Witkoffa z Uszakowem z 14 października o planie 28 punktów dla Ukrainy.',
    'Doradca Putina nazwał przeciek prowokacją, a kremlowski doradca dodał, że rozmowa była zwyczajna.',
    ['Doradca Putina', 'kremlowski doradca'],
  ],
  [
    'Bloomberg оприлюднив запис розмови Віткоффа з Ушаковим від 14 жовтня про план з 28 пунктів для України.',
    'Помічник Путіна назвав витік провокацією, а кремлівський радник додав, що розмова була звичайною.',
    ['Помічник Путіна', 'кремлівський радник'],
  ],
];

describe('a role beside its principal', () => {
  it('is marked whole in every language', () => {
    for (const [opening, line, roles] of cases) expect(marksUnder(matcher, opening, line)).toEqual(expect.arrayContaining(roles));
  });
});
