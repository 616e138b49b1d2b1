/**
 * Language of a cleaned text as an ISO 639-1 code (`en`), with franc-min; `und` when the text is too short to
 * tell. A language declared by the page (`<html lang>`) is trusted when the text is short.
 */
import { franc } from 'franc-min';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', por: 'pt', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl',
  kor: 'ko', jpn: 'ja', cmn: 'zh', arb: 'ar', tur: 'tr', pes: 'fa', hin: 'hi', ben: 'bn', vie: 'vi', ind: 'id',
  tha: 'th', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', ell: 'el', heb: 'he', bul: 'bg', srp: 'sr', hrv: 'hr',
  zlm: 'ms', uzn: 'uz', azj: 'az', kaz: 'kk', fin: 'fi', dan: 'da', nob: 'no', slk: 'sk', tgl: 'tl', swh: 'sw',
};

/**
 * @param text the cleaned text
 * @param declared a language the page declares (`en-US`), or null
 * @example detectLanguage('North Korea will deploy thousands of additional military personnel to Russia.', null) // 'en'
 */
export function detectLanguage(text: string, declared: string | null): string {
  // A thousand characters tell the language as well as the whole text, at a fraction of franc's cost.
  const sample = text.length > 1200 ? text.slice(0, 1200) : text;
  const declared1 = declared ? declared.toLowerCase().slice(0, 2) : null;
  if (sample.trim().length < 40) return declared1 && /^[a-z]{2}$/.test(declared1) ? declared1 : 'und';
  // Most news here is English: a text whose words are largely English function words needs no trigram model.
  if (englishShare(sample) >= 0.25) return 'en';
  const code = franc(sample, { minLength: 10 });
  return ISO3_TO_1[code] ?? (code === 'und' ? declared1 ?? 'und' : code);
}

const ENGLISH = new Set('the of and to a in is that for on was with as by at from it be are have has said were his her their an this which not but or will would after who been also more than its they he she we'.split(' '));

/** Share of a sample's words that are common English function words (English prose: about 0.4). */
function englishShare(sample: string): number {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 20) return 0;
  let n = 0;
  for (const w of words) if (ENGLISH.has(w)) n++;
  return n / words.length;
}
