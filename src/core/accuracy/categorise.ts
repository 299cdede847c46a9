/**
 * Which kind of mention a labelled phrase is, by the annotation guide's "mark these"
 * list, so accuracy can be read per category. Labels may name the category; when they
 * do not, the phrase's own words decide, in the seven languages of the corpus. This is
 * a reporting aid only: the engine never reads it.
 */
export const CATEGORIES = ['famous-words', 'plan', 'call', 'name', 'role'] as const;
export type Category = (typeof CATEGORIES)[number];

const TESTS: [Category, RegExp][] = [
  [
    'famous-words',
    /deal ?maker|man of peace|land swap|dealmaker|обмін|обмен|territor|gebietstausch|échange|intercambio|wymian|миротвор|человек\p{L}* мира|людин\p{L}* миру|укладає угод|заключа\p{L}* сделк|переговорщик|переговорник|hombre de paz|homme de paix|friedensm|mann des friedens|negociador|negociateur|negocjator|człowiek\p{L}* pokoju|nur donezk|donetsk et peut|donetsk y quiz/iu,
  ],
  [
    'plan',
    /\d+\s*-?\s*(?:point|punkt|пункт|punti|punten|poin|puntos?|points)|(?:plan|план|proposal|propos|draft|entwurf|projet|borrador|projekt|framework|vorschlag|propuesta|propozycj|пропозиц|предложен|deal|acuerdo|accord|abkommen|porozumien|угод|соглашен|version|versión|wersj|верс|point|punkt|пункт)/iu,
  ],
  [
    'call',
    /call|tape|record|transcript|leak|conversation|phone|audio|telefon|gespräch|aufnahme|mitschnitt|appel|enregistr|fuite|conversación|llamada|grabación|filtra|rozmow|nagran|przeciek|розмов|запис|дзвін|разговор|звон|утечк|стенограм|витік|leck/iu,
  ],
  [
    'name',
    /witkoff|ushakov|dmitriev|віткоф|уіткоф|уиткоф|виткоф|ушаков|дмитрі?єв|дмитриев|uschakow|ouchakov|ushakow|uszakow|dmitrijew|dmitrijev|oesjakov|witkoffa|витков/iu,
  ],
];

/** The given label when there is one, else the first matching Category (a string, since labels are free-form). */
export function categorise(text: string, given?: string): string {
  if (given) return given;
  // Compared without accents: "Dmítriev", "négociateur".
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
  for (const [category, re] of TESTS) if (re.test(plain)) return category;
  return 'role';
}
