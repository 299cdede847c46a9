/**
 * Words the claim checks know in all seven pack languages, in normalised spelling
 * (lower case, no diacritics, ё -> е, й -> и, ї -> і). A word ending in "*" is a stem
 * (up to STEM_TAIL more letters). Plain lists: the run-time code turns them into sets
 * and prefix lists on first use, which costs microseconds, not a compiled expression.
 */

/** Letters a stem may take after it ("ушаков*" -> ушакова, ушаковым). */
export const STEM_TAIL = 5;

export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'enero', 'stycznia', 'styczen', 'января', 'январь', 'январе', 'січня', 'січень', 'січні'],
  ['february', 'feb', 'februar', 'feber', 'fevrier', 'febrero', 'lutego', 'luty', 'февраля', 'февраль', 'феврале', 'лютого', 'лютии', 'лютому'],
  ['march', 'mar', 'marz', 'mars', 'marzo', 'marca', 'marzec', 'марта', 'март', 'марте', 'березня', 'березень', 'березні'],
  ['april', 'apr', 'avril', 'abril', 'kwietnia', 'kwiecien', 'апреля', 'апрель', 'апреле', 'квітня', 'квітень', 'квітні'],
  ['may', 'mai', 'mayo', 'maja', 'maj', 'мая', 'маи', 'мае', 'травня', 'травень', 'травні'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'czerwca', 'czerwiec', 'июня', 'июнь', 'июне', 'червня', 'червень', 'червні'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'lipca', 'lipiec', 'июля', 'июль', 'июле', 'липня', 'липень', 'липні'],
  ['august', 'aug', 'aout', 'agosto', 'sierpnia', 'sierpien', 'августа', 'август', 'августе', 'серпня', 'серпень', 'серпні'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'wrzesnia', 'wrzesien', 'сентября', 'сентябрь', 'сентябре', 'вересня', 'вересень', 'вересні'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'pazdziernika', 'pazdziernik', 'октября', 'октябрь', 'октябре', 'жовтня', 'жовтень', 'жовтні'],
  ['november', 'nov', 'novembre', 'noviembre', 'listopada', 'listopad', 'ноября', 'ноябрь', 'ноябре', 'листопада', 'листопад', 'листопаді'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'grudnia', 'grudzien', 'декабря', 'декабрь', 'декабре', 'грудня', 'грудень', 'грудні'],
];

/** Words between a day and its month or a month and its year: "14 de octubre de 2025", "14th of October". */
export const DATE_LINKS = ['of', 'de', 'del', 'the'];
/** "In 2023", "w 2023 roku": a bare year counts as a date only after one of these. */
export const YEAR_PREPOSITIONS = ['in', 'im', 'en', 'w', 'в', 'у', 'of', 'jahr', 'year', 'ano', 'annee', 'году', 'року', 'roku'];
/** "In November": a month with neither day nor year counts as a date only after one of these. */
export const MONTH_PREPOSITIONS = ['in', 'im', 'en', 'w', 'в', 'у', 'au', 'mois', 'during'];

// ---------------------------------------------------------------------------
// Lengths
// ---------------------------------------------------------------------------

/** Unit stems, with minutes per unit. Compound adjectives ("десятиминутного") are split by COMPOUND_PREFIXES. */
export const UNIT_STEMS: readonly [string, number][] = [
  ['minute*', 1], ['min', 1], ['mins', 1], ['minuten', 1], ['minutig*', 1], ['minuto*', 1], ['minut*', 1],
  ['минут*', 1], ['хвилин*', 1],
  ['hour*', 60], ['hr', 60], ['hrs', 60], ['stunde*', 60], ['stundig*', 60], ['heure*', 60], ['hora*', 60], ['godzin*', 60],
  ['часа', 60], ['часов', 60], ['часов*', 60], ['годин*', 60],
];
/** The Russian "час" (hour) is also the Ukrainian "time" ("під час" = during): a length only with a number before it. */
export const BARE_HOUR = ['час'];
export const HALF_WORDS = ['half', 'halbe', 'halben', 'halb', 'demi', 'demie', 'media', 'medio', 'pol', 'пол', 'пів', 'половина', 'половину'];
export const ONE_WORDS = ['a', 'an', 'one', 'une', 'un', 'una', 'uno', 'eine', 'einer', 'einen', 'ein', 'jedna', 'jedne', 'jeden', 'одна', 'один', 'одну'];
/** Number stems that open a compound length: "десяти|минутного", "zehn|minütigen", "dziesięcio|minutowa", "pół|godzinna". */
export const COMPOUND_PREFIXES: readonly [string, number][] = [
  ['одно', 1], ['двух', 2], ['трех', 3], ['четырех', 4], ['пяти', 5], ['шести', 6], ['семи', 7], ['восьми', 8], ['девяти', 9],
  ['десяти', 10], ['пятнадцати', 15], ['двадцати', 20], ['тридцати', 30], ['сорока', 40], ['полу', 0.5],
  ['дво', 2], ['три', 3], ['чотири', 4], ["п'яти", 5], ['шести', 6], ["дев'яти", 9], ["п'ятнадцяти", 15], ['двадцяти', 20], ['тридцяти', 30], ['пів', 0.5],
  ['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['funf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10],
  ['funfzehn', 15], ['zwanzig', 20], ['dreissig', 30], ['vierzig', 40], ['halb', 0.5], ['viertel', 0.25],
  ['jedno', 1], ['dwu', 2], ['trzy', 3], ['cztero', 4], ['piecio', 5], ['szescio', 6], ['dziesiecio', 10], ['pietnasto', 15],
  ['dwudziesto', 20], ['trzydziesto', 30], ['pol', 0.5],
];
/** Unit stems of compound lengths. */
export const COMPOUND_UNITS: readonly [string, number][] = [
  ['минутн', 1], ['часов', 60], ['хвилинн', 1], ['годинн', 60], ['minutig', 1], ['stundig', 60], ['minutow', 1], ['godzinn', 60],
];
/** After a length, these make it a time ("30 minutes later"), not a length. */
export const NOT_A_LENGTH = ['before', 'after', 'later', 'earlier', 'ago', 'prior', 'vor', 'nach', 'spater', 'avant', 'apres', 'antes', 'despues', 'przed', 'po', 'pozniej', 'до', 'после', 'спустя', 'позже', 'после', 'після', 'пізніше', 'тому', 'назад'];
/** Words that may stand between a call and its length: "the call lasted about an hour". */
export const LENGTH_VERBS = [
  'lasted', 'last', 'lasting', 'ran', 'went', 'took', 'running', 'dauerte', 'dauerte*', 'a dure', 'dure', 'duro', 'trwala', 'trwal', 'trwalo',
  'длился', 'длилась', 'длилось', 'продолжался', 'продолжалась', 'тривав', 'тривала', 'тривало',
];

// ---------------------------------------------------------------------------
// Other events: a date or length next to one of these belongs to it, not to the call.
// ---------------------------------------------------------------------------
export const OTHER_EVENT_WORDS = [
  // en
  'published', 'publish*', 'released', 'release', 'leaked', 'leak', 'leaks', 'surfaced', 'revealed', 'reported', 'report*', 'transcript',
  'article', 'story', 'meeting', 'meetings', 'met', 'meet', 'visit*', 'summit', 'talks', 'invasion', 'invaded', 'war', 'began', 'since',
  'election', 'elected', 'inauguration', 'sworn', 'deadline', 'thanksgiving', 'interview', 'said', 'says', 'told', 'wrote', 'posted',
  'announced', 'trip', 'travel*', 'miami', 'alaska', 'anchorage', 'geneva', 'moscow', 'knesset', 'dmitriev*', 'putin-trump', 'trump-putin',
  // de
  'veroffentlicht*', 'publiziert*', 'bericht*', 'geleakt', 'durchgesickert', 'treffen', 'traf', 'besuch*', 'gipfel*', 'invasion', 'krieg*',
  'angriff*', 'seit', 'sagte', 'erklarte', 'moskau', 'genf', 'dmitrijew',
  // fr
  'publie*', 'revele*', 'fuite', 'rencontre*', 'visite', 'sommet', 'guerre', 'depuis', 'a declare', 'declare', 'moscou', 'geneve', 'dmitriev',
  // es
  'publico', 'publicad*', 'revelo', 'filtr*', 'reunion', 'visita', 'cumbre', 'invasion', 'guerra', 'desde', 'dijo', 'moscu', 'ginebra',
  // pl
  'opublikowal*', 'opublikowan*', 'ujawnil*', 'ujawnion*', 'spotkani*', 'spotkal*', 'wizyt*', 'szczyt*', 'inwazj*', 'wojn*', 'od', 'powiedzial*', 'moskwie', 'genewie', 'dmitrijew*',
  // ru
  'опубликовал*', 'опубликован*', 'обнародовал*', 'утечк*', 'встреч*', 'визит*', 'саммит*', 'вторжени*', 'войн*', 'заявил*', 'сказал*',
  'москве', 'женев*', 'дмитриев*', 'переговор*', 'начал*', 'после',
  // uk
  'опублікував*', 'опублікован*', 'оприлюднив*', 'оприлюднен*', 'витік', 'зустріч*', 'візит*', 'саміт*', 'вторгнен*', 'війн*', 'заявив', 'сказав',
  'москві', 'женев*', 'дмитрієв*', 'переговор*', 'почал*', 'після',
];
/** Words for the two presidents: a call they held (16 October, the Alaska summit) is not this call. */
export const PRESIDENTS = ['trump*', 'putin*', 'трамп*', 'путин*', 'путін*', 'poutine', 'putina', 'putinem', 'putinowi'];
/** Words for this call's two parties. */
export const PARTIES = ['witkoff*', 'ushakov*', 'ouchakov', 'uschakow*', 'uszakow*', 'уиткофф*', 'виткофф*', 'віткофф*', 'ушаков*', 'envoy', 'emissaire', 'enviado', 'gesandte*', 'wyslannik*', 'посланник*', 'спецпосланник*', 'посланец', 'спецпосланец', 'посланц*', 'спецпосланц*'];

// ---------------------------------------------------------------------------
// Corrections: a sentence that reports an error in order to correct it.
// ---------------------------------------------------------------------------

/** Anywhere in the sentence, these mean it reports or disputes a claim rather than makes it. */
export const CORRECTION_CUES = [
  // en
  'wrongly', 'falsely', 'erroneously', 'incorrectly', 'mistakenly', 'inaccurately', 'got it wrong', 'got wrong', 'is false', 'was false', 'untrue', 'misreport*', 'misstat*',
  'misquot*', 'mislabel*', 'misdat*', 'debunk*', 'fact check', 'fact-check*', 'myth', 'contrary to', 'some outlets', 'some sites',
  'some media', 'some reports', 'some articles', 'some reposts', 'several reposts', 'other outlets', 'several outlets', 'many outlets',
  'reposted article', 'reposts', 'claimed', 'claim that', 'claims that', 'allegedly', 'supposedly', 'in fact', 'actually', 'the opposite',
  'rather than', 'instead of', 'not true', 'in error', 'correction', 'corrected', 'implied', 'what some',
  // de
  'falsch*', 'falschlich*', 'irrtumlich*', 'fehlerhaft*', 'unzutreffend*', 'tatsachlich', 'in wahrheit', 'entgegen', 'anstatt', 'statt am', 'statt im',
  'sondern', 'angeblich', 'einige medien', 'manche medien', 'andere medien', 'behauptet*', 'richtigstell*', 'faktencheck', 'fehler',
  // fr
  'a tort', 'faussement', 'erronement', 'par erreur', 'inexact*', 'en realite', 'contrairement', 'au lieu de', 'certains medias',
  'certains sites', 'pretendu*', 'dementi*', 'et non', 'erreur', 'faux', 'fausse',
  // es
  'erroneamente', 'falsamente', 'equivocadamente', 'por error', 'incorrectamente', 'en realidad', 'contrariamente', 'en lugar de',
  'algunos medios', 'algunos sitios', 'supuestamente', 'desmenti*', 'y no', 'error', 'falso', 'falsa',
  // pl
  'blednie', 'falszywie', 'mylnie', 'nieprawdziw*', 'nieprawda', 'w rzeczywistosci', 'wbrew', 'zamiast', 'niektore media', 'niektore portale',
  'rzekomo', 'dementi*', 'a nie', 'blad', 'bledn*',
  // ru
  'ошибочно', 'ложно', 'неверно', 'неправильно', 'неправда', 'на самом деле', 'вопреки', 'вместо', 'а не', 'некоторые издания',
  'некоторые сми', 'некоторые сайты', 'утверждали', 'якобы', 'опроверг*', 'фейк*', 'ошибк*', 'не соответству*',
  // uk
  'помилково', 'хибно', 'неправдиво', 'неправильно', 'неправда', 'насправді', 'всупереч', 'замість', 'а не', 'деякі видання', 'деякі змі',
  'деякі сайти', 'стверджували', 'нібито', 'спростов*', 'фейк*', 'помилк*', 'не відповіда*',
];

/** Shortly before a claim in its clause, these deny it ("not in November", "did not dismiss"). */
export const NEGATORS = [
  'not', 'never', 'no', 'nor', "didn't", "wasn't", "isn't", "doesn't", "don't", "hasn't", "hadn't", "weren't",
  'nicht', 'nie', 'kein*', 'niemals', 'ne', 'pas', 'jamais', 'non', 'nunca', 'jamas', 'nigdy', 'не', 'ни', 'никогда', 'нет', 'ні', 'ніколи',
];
/** How many words before a claim a negator may stand. */
export const NEGATION_REACH = 4;
