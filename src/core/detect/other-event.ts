/**
 * Is a word for the call ("the call", "la llamada", "разговор") this story's call, or
 * another event of the same people that its own clause names?
 *
 * Articles about the leak also report the calls around it: the Trump–Putin call of
 * 16 October that Witkoff and Ushakov prepared, the next call they planned, a call
 * between the presidents. A reader does not take those for the leaked call, and neither
 * does the matcher: a call word is another event when
 * - the presidents hold it and none of the story's people do ("the call between Trump
 *   and Putin", "rozmowa telefoniczna Putina z Trumpem", "the presidents' call");
 * - it is still to come ("the next call", "to arrange a call", "организовать звонок",
 *   "een gesprek te plannen");
 * - it is any call, not one ("every call", "the tape of each conversation");
 * - a date other than the story's days stands with it ("the 16 October call") and the
 *   sentence names neither of the call's people;
 * - it is the recording of a programme: "the recording of the show", "запись эфира",
 *   "l'enregistrement de l'émission", "nagranie audycji" (a podcast page's own episode);
 * - it is the recording of an official whom the story has no part for: "a recording of the
 *   mayor", "l'enregistrement d'un conseiller municipal", "nagranie burmistrza", "rekaman
 *   suara kepala dinas";
 * - it is an entry of the page itself: Russian "запись" and Ukrainian "запис" also mean a
 *   live blog's entry, which a clock time ("в записи от 10:20") or an editor's word
 *   ("Запись исправлена", "запис оновлено") makes plain.
 *
 * Who holds a call is read with the claim checks' word lists (checks-lexicon.ts), more
 * narrowly than the checks read it: a claim check must not pin a date on the wrong call,
 * while a mark must not drop the story's own: Dmitriev's call with Ushakov is the second
 * recording, and "Trump on the recording" is Trump speaking about it, not holding it.
 *
 * Pure: offsets are into the normalised text; only the one sentence around the word is read.
 */
import { monthOf } from './checks-dates';
import { CALL_LINKS, HEADS_OF_STATE, NAME_LINKS, OWNER_LINKS, PARTIES, PARTY_ROLES, PRESIDENTS } from './checks-lexicon';
import { lazyPhrases, type PhraseSet } from './checks-phrase';
import { sentenceEnd, sentenceStart, tokenize, type Sentence } from './checks-text';

/** Furthest a sentence is read on either side of the call word, in chars. */
const REACH = 300;
/** A day number and its dot at the end of a stretch ("vom 16."). */
const DAY_DOT = /\b\d{1,2}\.$/;
/** Words a planning word or a date may stand from the call word. */
const PLAN_REACH = 3;
const DATE_REACH = 3;

/** Before a call word: it is still to come ("the next call", "to arrange a call", "d'organiser un appel"). */
const PLANNED_BEFORE = lazyPhrases([
  'next',
  'upcoming',
  'planned',
  'future',
  'arrange',
  'arranging',
  'set up',
  'setting up',
  'organise',
  'organize',
  'organising',
  'organizing',
  'schedule',
  'scheduling',
  'initiate',
  'request',
  'requested',
  'nachste*',
  'kommende*',
  'geplante*',
  'organisieren',
  'vereinbaren',
  'arrangieren',
  'prochain*',
  'futur*',
  'organiser',
  'initier',
  'planifier',
  'programme',
  'programmer',
  'proxima',
  'proximo',
  'futura',
  'futuro',
  'organizar',
  'concertar',
  'programar',
  'prossim*',
  'organizzare',
  'volgend*',
  'geplande',
  'komende',
  'nastepn*',
  'przyszl*',
  'zorganizowa*',
  'zorganizuj*',
  'organizowa*',
  'zaplanowa*',
  'zaplanowan*',
  'следующ*',
  'предстоящ*',
  'будущ*',
  'запланированн*',
  'организовать',
  'организует',
  'устроить',
  'провести',
  'наступн*',
  'майбутн*',
  'запланован*',
  'організувати',
  'організує',
  'влаштувати',
  'провести',
]);

/** After a call word: "een telefoongesprek te plannen", "telepon berikutnya". */
const PLANNED_AFTER = lazyPhrases(['te plannen', 'te regelen', 'te organiseren', 'berikutnya', 'mendatang']);

/**
 * Words that make a call word any call, not one: "every call", "recordings of each
 * conversation", "nagrania każdej rozmowy", "записи кожної розмови". Only words that pick
 * one at a time: "the whole call" ("toda la conversación") is still the call.
 */
const EVERY = lazyPhrases([
  'every',
  'each',
  'any',
  'jede',
  'jeder',
  'jedes',
  'jedem',
  'jeden',
  'chaque',
  'cada',
  'ogni',
  'qualsiasi',
  'elke',
  'ieder',
  'iedere',
  'setiap',
  'tiap',
  'kazd*',
  'jakiejkolwiek',
  'jakakolwiek',
  'кажд*',
  'любо*',
  'любы*',
  'кожн*',
  'будь-як*',
]);
/** Words an "every" word may stand from the call word, before or after it ("the tape of every call"). */
const EVERY_REACH = 2;

function generic(text: string, s: Sentence, ts: number, te: number): boolean {
  for (let j = Math.max(0, ts - EVERY_REACH); j < ts; j++) {
    const end = EVERY().matchAt(s.tokens, j);
    if (end > j && end <= ts && !punctuatedBetween(text, s, end - 1, ts)) return true;
  }
  for (let j = te; j < s.tokens.length && j < te + EVERY_REACH; j++) {
    if (EVERY().matchAt(s.tokens, j) > j && !punctuatedBetween(text, s, te - 1, j)) return true;
  }
  return false;
}

/** A broadcast or an episode of one: what a page's own "recording of …" is mostly of. */
const PROGRAMMES = lazyPhrases([
  // Not "show" or "broadcast": verbs as well ("the transcript shows").
  'programme*',
  'episode*',
  'podcast*',
  'webinar*',
  'livestream*',
  'sendung*',
  'folge',
  'ubertragung*',
  'emission*',
  'programa*',
  'emision*',
  'episodio*',
  'puntata*',
  'trasmission*',
  'programma*',
  'uitzending*',
  'aflevering*',
  'audycj*',
  'programu',
  'odcink*',
  'transmisj*',
  'программ*',
  'эфир*',
  'передач*',
  'выпуск*',
  'подкаст*',
  'трансляци*',
  'програм*',
  'ефір*',
  'випуск*',
  'трансляці*',
  'siaran*',
  'acara',
]);
/**
 * Words that may stand between the recording word and the programme ("of the", "de l'",
 * "della", "van de", "dari"), and what a recording is said to be on the way ("the audio
 * recording of", "l'enregistrement audio de", "la grabación falsa de").
 */
const PROGRAMME_LINKS = new Set([
  'audio',
  'video',
  'full',
  'complete',
  'fake',
  'vollstandige',
  'gefalschte',
  'complet',
  'integral',
  'faux',
  'fausse',
  'completa',
  'completo',
  'falsa',
  'falso',
  'integrale',
  'intera',
  'volledige',
  'nep',
  'pelna',
  'falszywe',
  'полная',
  'полную',
  'фейковая',
  'фейковую',
  'повна',
  'повну',
  'фейкова',
  'фейковий',
  'lengkap',
  'palsu',
  'of',
  'the',
  'this',
  'our',
  'der',
  'dieser',
  'unserer',
  'de',
  'du',
  'la',
  'l',
  'cette',
  'del',
  'della',
  'dello',
  'di',
  'van',
  'het',
  'deze',
  'dari',
  'ini',
  'этой',
  'цієї',
  'tej',
]);

/** "the recording of the show", "запись программы": the word is followed by a programme, at most two link words apart. */
function ofAProgramme(text: string, s: Sentence, te: number): boolean {
  return followedBy(text, s, te, PROGRAMMES(), PROGRAMME_LINKS, 3);
}

/** Whether tokens from `te` hold one of `phrases` after at most `reach` words of `links`, in one clause. */
function followedBy(text: string, s: Sentence, te: number, phrases: PhraseSet, links: ReadonlySet<string>, reach: number): boolean {
  for (let j = te; j < s.tokens.length && j <= te + reach; j++) {
    if (punctuatedBetween(text, s, te - 1, j)) return false;
    if (phrases.matchAt(s.tokens, j) > j) return true;
    if (!links.has(s.tokens[j]!.w)) return false;
  }
  return false;
}

/**
 * Officials the story has no part for, whose own recordings leak too: a town's mayor, a
 * judge, a minister, a coach. Not advisers, aides, envoys or officials in general: the
 * story's two men are all of those.
 */
const OTHER_OFFICIALS = lazyPhrases([
  'mayor*',
  'governor*',
  'judge*',
  'prosecutor*',
  'councillor*',
  'councilor*',
  'minister*',
  'coach*',
  'burgermeister*',
  'landrat*',
  'richter*',
  'staatsanwalt*',
  'stadtrat*',
  'maire*',
  'prefet*',
  'juge*',
  'procureur*',
  'ministre*',
  'conseiller municipal',
  'conseillere municipale',
  'alcalde*',
  'gobernador*',
  'juez*',
  'fiscal',
  'ministro*',
  'concejal*',
  'sindaco*',
  'governatore*',
  'giudice*',
  'procuratore*',
  'assessore*',
  'burgemeester*',
  'wethouder*',
  'rechter*',
  'gedeputeerde*',
  'burmistrz*',
  'wojt*',
  'starost*',
  'sedzi*',
  'prokurator*',
  'radn*',
  'мэр',
  'мэра',
  'мэром',
  'губернатор*',
  'судья',
  'судьи',
  'судье',
  'судью',
  'судьеи',
  'судеи',
  'прокурор*',
  'министр*',
  'мер',
  'мера',
  'мером',
  'судд*',
  'міністр*',
  'kepala dinas',
  'kepala daerah',
  'bupati',
  'walikota',
  'wali kota',
  'gubernur',
  'hakim',
  'jaksa',
  'menteri',
  // People of sport and local politics whose calls leak too. Not developers or business
  // people: Witkoff is both ("l'ex costruttore", "der Unternehmer").
  'council leader*',
  'contractor*',
  'referee*',
  'football agent*',
  'schiedsrichter*',
  'spielerberater*',
  'arbitre*',
  'entraineur*',
  'agent de joueurs',
  'adjoint au maire',
  'arbitro*',
  'entrenador*',
  'allenator*',
  'scheidsrechter*',
  'kamerlid',
  'kamerleden',
  'raadslid',
  'raadsleden',
  'fractievoorzitter*',
  'trener*',
  'prezes*',
  'agent* pilkarsk*',
  'menedzer*',
  'тренер*',
  'агент* футболист*',
  'президент* клуба',
  'агент* футболіст*',
  'заступник* мера',
  'kontraktor',
  'pelatih',
  'wasit',
  'manajer',
  'agen pemain',
]);
/**
 * Words between a recording word and the official ("of a", "d'un", "des", "van de",
 * "suara"), and the calls recorded ("nagrania rozmów polityków", "recordings of calls of").
 */
const OFFICIAL_LINKS = new Set([
  ...PROGRAMME_LINKS,
  'a',
  'an',
  'un',
  'une',
  'des',
  'eines',
  'einer',
  'een',
  'dei',
  'degli',
  'suara',
  'd',
  'calls',
  'conversations',
  'gesprache',
  'telefonate',
  'appels',
  'llamadas',
  'conversaciones',
  'conversazioni',
  'gesprekken',
  'rozmow',
  'разговоров',
  'розмов',
  'percakapan',
]);

/**
 * Others whose calls are recorded and leak, who are no officials: politicians as a group,
 * patients, customers or callers of a service, and the line they called (a switchboard,
 * a hotline, a call centre).
 */
const OTHER_CALLERS = lazyPhrases([
  'politicians',
  'patients',
  'customers',
  'clients',
  'callers',
  'switchboard',
  'hotline',
  'call centre',
  'call center',
  'politiker',
  'patienten',
  'kunden',
  'anrufer',
  'telefonzentrale',
  'politiques',
  'patients',
  'standard',
  'politicos',
  'pacientes',
  'centralita',
  'politici',
  'pazienti',
  'clienti',
  'centralino',
  'politici',
  'patienten',
  'klanten',
  'beller*',
  'telefooncentrale',
  'politykow',
  'pacjentow',
  'klientow',
  'infolinii',
  'политиков',
  'пациентов',
  'клиентов',
  'горячей линии',
  'політиків',
  'пацієнтів',
  'клієнтів',
  'гарячої лінії',
  'politisi',
  'pasien',
  'pelanggan',
]);

/** "a recording of the mayor", "nagranie burmistrza", "le registrazioni del centralino": the word is followed by someone the story has no part for. */
function ofAnotherOfficial(text: string, s: Sentence, te: number): boolean {
  return (
    followedBy(text, s, te, OTHER_OFFICIALS(), OFFICIAL_LINKS, 3) ||
    followedBy(text, s, te, OTHER_CALLERS(), OFFICIAL_LINKS, 3) ||
    heldByOthers(text, s, te)
  );
}

/**
 * Words that lead from a call word to whoever held the call: "between", "with",
 * articles and possessives, and the words of the call itself ("rekaman sadapan percakapan
 * teleponnya dengan seorang kontraktor", "nagranie rozmowy prezesa").
 */
const HOLDER_LINKS = new Set([
  ...OFFICIAL_LINKS,
  'between',
  'with',
  'his',
  'her',
  'their',
  'zwischen',
  'mit',
  'seinem',
  'seiner',
  'entre',
  'avec',
  'son',
  'sa',
  'ses',
  'con',
  'su',
  'sus',
  'tra',
  'fra',
  'suo',
  'sua',
  'tussen',
  'met',
  'zijn',
  'haar',
  'z',
  'ze',
  'swojego',
  'jego',
  'с',
  'со',
  'своего',
  'его',
  'з',
  'із',
  'свого',
  'його',
  'dengan',
  'antara',
  'seorang',
  'sebuah',
  'phone',
  'telephone',
  'call',
  'conversation',
  'telefonat',
  'telefonats',
  'gesprach',
  'gesprachs',
  'telefonique',
  'conversacion',
  'telefonica',
  'telefonico',
  'conversazione',
  'telefonata',
  'gesprek',
  'telefoongesprek',
  'rozmowy',
  'telefonicznej',
  'разговора',
  'телефонного',
  'розмови',
  'телефонної',
  'telepon',
  'teleponnya',
  'sadapan',
]);
/** Furthest a holder is read after the call word, in words. */
const HOLDERS_REACH = 6;

/**
 * "a recording of a phone call between the club's president and a player's agent",
 * "аудиозапись телефонного разговора главного тренера": who held the call stands after the
 * word, through words that lead to holders and at most one other right before it (an
 * adjective), and is
 * someone the story has no part for. One of the story's people or the presidents on the
 * way ends the search: "Witkoff's call with Ushakov and the minister's reply" is the call.
 */
function heldByOthers(text: string, s: Sentence, te: number): boolean {
  let others = 0;
  for (let j = te; j < s.tokens.length && j <= te + HOLDERS_REACH; j++) {
    if (punctuatedBetween(text, s, te - 1, j)) return false;
    if (who(text, s, j) !== undefined) return false;
    if (someoneElse(s, j)) return true;
    if (HOLDER_LINKS.has(s.tokens[j]!.w)) continue;
    // One other word only right before the holder: "главного тренера", "a housing developer".
    if (++others > 1 || !someoneElse(s, j + 1) || who(text, s, j + 1) !== undefined) return false;
  }
  return false;
}

/** Whether an official or caller the story has no part for starts at token j. */
function someoneElse(s: Sentence, j: number): boolean {
  return j < s.tokens.length && (OTHER_OFFICIALS().matchAt(s.tokens, j) > j || OTHER_CALLERS().matchAt(s.tokens, j) > j);
}

/** The call's own people, Dmitriev of the second recording among them, and their roles. */
const parties = lazyPhrases([...PARTIES, ...PARTY_ROLES, 'dmitriev*', 'dmitrijew*', 'дмитриев*', 'дмитрієв*', 'usakov*']);
/** The presidents by name, and by title where the text says whose ("the Russian president"). */
const presidents = lazyPhrases([
  ...PRESIDENTS,
  'russian president',
  'us president',
  'american president',
  'russische president',
  'amerikaanse president',
  'russischen prasidenten',
  'russische prasident',
  'president russe',
  'president americain',
  'presidente ruso',
  'presidente estadounidense',
  'presidente russo',
  'presidente americano',
  'presiden rusia',
  'presiden as',
  'prezydentem rosji',
  'prezydentem usa',
  'президентом россии',
  'президентом сша',
  'президентом росії',
  'президентом сша',
]);
const roles = lazyPhrases(PARTY_ROLES);
/** Furthest a role may follow a president's name and still be whose role it is ("Putin's long-serving adviser"), in words. */
const ROLE_REACH = 5;
/** Words for heads of state: the checks' list, and Italian, Dutch and Indonesian ones it does not read. */
const headsOfState = new Set([...HEADS_OF_STATE, 'presidenti', 'leader', 'presidenten', 'leiders', 'presiden', 'pemimpin']);
/** Words that join a call word to its holders; the checks' lists, and Dutch, Italian and Indonesian ones they do not read. */
const links = new Set([
  ...CALL_LINKS,
  ...NAME_LINKS,
  ...OWNER_LINKS,
  'met',
  'tussen',
  'en',
  'het',
  'tra',
  'fra',
  'i',
  'gli',
  'due',
  'dengan',
  'antara',
  'dan',
  'kedua',
  'a',
]);
/** A day or a month between a call word and its holders ("the call of 16 October between Trump and Putin"). */
const isDatePart = (w: string) => /^\d{1,2}$/.test(w) || monthOf(w) > 0;
/** Furthest the holders of a call word are read after it, in words ("the call between the two presidents"). */
const HOLDER_REACH = 6;
/** Furthest both presidents may stand from a call word nobody holds ("Trump and Putin held a long call"), in words. */
const NAMES_REACH = 6;

/** The story's days (month * 100 + day): the call, the second recording, the plan's leak and the recordings' publication. */
const STORY_DAYS = new Set([1014, 1029, 1119, 1120, 1125]);
/** The call's own day (month * 100 + day): the same day of another month is the call misdated ("am 14. November"), a known error, not another call. */
const CALL_DAY = 1014;

/** A comma or clause mark between tokens a and b: the words are in different clauses. */
function punctuatedBetween(text: string, s: Sentence, a: number, b: number): boolean {
  return /[,;:()"]/.test(text.slice(s.tokens[a]!.to, s.tokens[b]!.from));
}

function planned(text: string, s: Sentence, ts: number, te: number): boolean {
  for (let j = Math.max(0, ts - PLAN_REACH); j < ts; j++) {
    const end = PLANNED_BEFORE().matchAt(s.tokens, j);
    if (end > j && end <= ts && !punctuatedBetween(text, s, end - 1, ts)) return true;
  }
  for (let j = te; j < s.tokens.length && j <= te + 1; j++) {
    if (PLANNED_AFTER().matchAt(s.tokens, j) > j && !punctuatedBetween(text, s, te - 1, j)) return true;
  }
  return false;
}

/** Words that may join a day to its month ("3 de marzo", "3 di marzo"). */
const DAY_MONTH_LINKS = new Set(['de', 'di', 'del']);

/** Month * 100 + day of a day and month next to each other at token j ("3 march", "march 3", "3 de marzo"), or 0. */
function dayMonthAt(s: Sentence, j: number): number {
  const a = s.tokens[j]?.w;
  const linked = DAY_MONTH_LINKS.has(s.tokens[j + 1]?.w ?? '');
  const b = s.tokens[j + (linked ? 2 : 1)]?.w;
  if (a === undefined || b === undefined) return 0;
  const day = (w: string) => (/^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31 ? Number(w) : 0);
  if (day(a) > 0 && monthOf(b) > 0) return monthOf(b) * 100 + day(a);
  if (monthOf(a) > 0 && day(b) > 0) return monthOf(a) * 100 + day(b);
  return 0;
}

function otherDate(text: string, s: Sentence, ts: number, te: number): boolean {
  if (parties().any(s.tokens)) return false;
  for (let j = Math.max(0, ts - DATE_REACH - 1); j < Math.min(s.tokens.length, te + DATE_REACH); j++) {
    if (j >= ts - 1 && j < te) continue;
    const date = dayMonthAt(s, j);
    if (date === 0 || STORY_DAYS.has(date) || date % 100 === CALL_DAY % 100) continue;
    const [lo, hi] = j < ts ? [j + 1, ts] : [te - 1, j];
    if (!punctuatedBetween(text, s, lo, hi)) return true;
  }
  return false;
}

/** Who stands at token j: one of the story's people (or their role), a president, or neither. */
function who(text: string, s: Sentence, j: number): 'party' | 'president' | undefined {
  if (parties().matchAt(s.tokens, j) > j) return 'party';
  const end = presidents().matchAt(s.tokens, j);
  if (end <= j) return undefined;
  // "Putin's veteran diplomatic adviser" names Ushakov, not Putin.
  for (let k = end; k < s.tokens.length && k <= end + ROLE_REACH && !punctuatedBetween(text, s, k - 1, k); k++)
    if (roles().matchAt(s.tokens, k) > k) return 'party';
  return 'president';
}

/** A first name between a link and a president's surname ("между Дональдом Трампом"). */
function firstName(text: string, s: Sentence, j: number): boolean {
  return links.has(s.tokens[j - 1]!.w) && j + 1 < s.tokens.length && who(text, s, j + 1) === 'president';
}

/**
 * The presidents hold the call word in tokens[ts, te) and the story's people do not: a
 * heads-of-state word qualifies it, the names stand right before it ("the Trump–Putin
 * call") or are linked after it ("the call between Trump and Putin", "rozmowa
 * telefoniczna Putina z Trumpem"), or both presidents stand close to a call nobody holds.
 */
function heldByPresidents(text: string, s: Sentence, ts: number, te: number): boolean {
  const found = new Set<string>();
  if (ts > 0 && headsOfState.has(s.tokens[ts - 1]!.w)) return true;
  for (let j = ts - 1; j >= Math.max(0, ts - 2) && !punctuatedBetween(text, s, j, j + 1); j--) {
    const holder = who(text, s, j);
    if (!holder) break;
    found.add(holder);
  }
  // One word that is neither a link nor a name may stand right after the word (an
  // adjective: "la llamada telefónica entre Trump y Putin"); past it, only links and dates.
  for (let j = te; j < s.tokens.length && j < te + HOLDER_REACH && !punctuatedBetween(text, s, j - 1, j); j++) {
    const w = s.tokens[j]!.w;
    if (headsOfState.has(w)) return !found.has('party');
    const holder = who(text, s, j);
    if (holder) found.add(holder);
    else if (!links.has(w) && !isDatePart(w) && j > te && !firstName(text, s, j)) break;
  }
  if (found.size > 0) return !found.has('party');
  const lo = Math.max(0, ts - NAMES_REACH);
  const hi = Math.min(s.tokens.length, te + NAMES_REACH);
  const names = new Set<string>();
  for (let j = lo; j < hi; j++) {
    const holder = who(text, s, j);
    if (holder === 'party') return false;
    if (holder === 'president') names.add(s.tokens[j]!.w.slice(0, 4));
  }
  return names.size >= 2;
}

/** Whether the call word at text[span] is another event by the words of its own sentence (see above). */
export function otherEventNoun(text: string, span: { from: number; to: number }, isBreak: (i: number) => boolean): boolean {
  const read = sentenceOf(text, span, isBreak);
  if (!read) return false;
  const { s, ts, te } = read;
  return (
    pageEntry(text, span) ||
    heldByPresidents(text, s, ts, te) ||
    planned(text, s, ts, te) ||
    generic(text, s, ts, te) ||
    ofAProgramme(text, s, te) ||
    ofAnotherOfficial(text, s, te) ||
    otherDate(text, s, ts, te)
  );
}

/**
 * Whether the call word at text[span] belongs to another story altogether, not to an event
 * beside the call (the presidents' call, a planned one): a recording of a programme or of
 * someone the story has no part for. Every word for a call in an item that names none of
 * the story's people then speaks of that story (matcher.ts followFirstEvent).
 */
export function anotherStorysEventNoun(text: string, span: { from: number; to: number }, isBreak: (i: number) => boolean): boolean {
  const read = sentenceOf(text, span, isBreak);
  return read !== undefined && (ofAProgramme(text, read.s, read.te) || ofAnotherOfficial(text, read.s, read.te));
}

/** The sentence around text[span] as tokens, and the tokens [ts, te) of the span, or undefined when no word is in it. */
function sentenceOf(
  text: string,
  span: { from: number; to: number },
  isBreak: (i: number) => boolean,
): { s: Sentence; ts: number; te: number } | undefined {
  const from = sentenceStart(text, span.from, REACH, isBreak);
  let to = sentenceEnd(text, span.to, REACH, isBreak);
  // "das Telefonat vom 16. Oktober": a day's dot before a month does not end the sentence.
  if (DAY_DOT.test(text.slice(Math.max(0, to - 4), to)) && monthOf(/^ ?(\p{L}+)/u.exec(text.slice(to))?.[1] ?? '') > 0)
    to = sentenceEnd(text, to + 1, REACH, isBreak);
  const tokens = tokenize(text, from, to);
  const ts = tokens.findIndex((t) => t.from >= span.from);
  if (ts < 0) return undefined;
  let te = ts;
  while (te < tokens.length && tokens[te]!.to <= span.to) te++;
  return te === ts ? undefined : { s: { from, to, tokens }, ts, te };
}

/** "запись"/"запис" in any case, the word that also names a live blog's entry (normalised: no breve, no diaeresis). */
const ENTRY_WORD = /^запис/u;
/** After it, a clock time ("от 10:20", "від 9.45") or an editor's word ("исправлена", "оновлено"). */
const ENTRY_AFTER =
  /^ (?:(?:от|вид|в|о|за) )?(?:\d{1,2}[:.]\d{2}(?!\d)|(?:исправлен|обновлен|дополнен|уточнен|виправлен|оновлен|доповнен)\p{L}*)/u;

/** Whether the word at text[span] is an entry of a live blog, not the recording (see above). */
function pageEntry(text: string, span: { from: number; to: number }): boolean {
  return ENTRY_WORD.test(text.slice(span.from, span.to)) && ENTRY_AFTER.test(text.slice(span.to, span.to + 24));
}
