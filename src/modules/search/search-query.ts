/**
 * The pure parts of search: turning what someone typed into safe tokens and a tsquery, snippets
 * into segments, and grouped counts into facets. No SQL is ever built from the user's text: the
 * tokens travel as parameters, and the tsquery is assembled from lexemes the database produced.
 */

/** Only this much of a query counts: the rest is ignored, never an error. */
export const MAX_QUERY_CHARACTERS = 200;
export const MAX_QUERY_TOKENS = 8;
/** Longer "words" are noise (a pasted hash, a URL without separators): they are skipped. */
export const MAX_TOKEN_CHARACTERS = 40;
/** Shorter words are matched as typed, never as the start of longer ones. */
export const MIN_PREFIX_CHARACTERS = 3;
/** Shorter words are never corrected: trigram similarity says little about them. */
export const MIN_FUZZY_CHARACTERS = 4;

/**
 * At most this many matches of each type are read for one search: counted, counted into the
 * facets, and the first of them ranked. A common word matches a good part of a city ("fund": a
 * quarter of 165,000 documents), and reading every match costs microseconds each: beyond this
 * many, the total and the facet counts are lower bounds (a client shows "900+"), and results are
 * ranked among the first matches read and the matches in names, titles and headlines.
 */
export const SEARCH_MATCH_CAP = 300;

/** Markers around matches in ts_headline's output; stripped from the texts beforehand. */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_STOP = '\u0002';

/**
 * The words of a query: runs of letters, digits and combining marks, after Unicode normalization
 * (so that full-width or composed forms match); everything else (punctuation, emoji, operators,
 * quotes, control characters) separates words. At most MAX_QUERY_TOKENS, each at most
 * MAX_TOKEN_CHARACTERS.
 */
export function tokenize(query: string): string[] {
  // Bounded before normalizing, so that a megabyte of input costs nothing.
  const head = Array.from(query.slice(0, MAX_QUERY_CHARACTERS * 4))
    .slice(0, MAX_QUERY_CHARACTERS)
    .join('')
    .normalize('NFKC');
  const words = head.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words
    .filter((word) => Array.from(word).length <= MAX_TOKEN_CHARACTERS)
    .slice(0, MAX_QUERY_TOKENS);
}

/** What the database knows of one token (see SearchRepository.analyze). */
export interface AnalyzedToken {
  /** Its stems in the search configuration; empty for a stop word. */
  stems: string[];
  /** Lower-cased, accents folded, not stemmed. */
  plain: string;
  /** One of its stems is in the lexicon. */
  known: boolean;
  /** A lexicon entry starts with its first stem (or, for a stop word, its plain form). */
  prefixKnown: boolean;
  /**
   * Lexicon entries most like it (trigram similarity), best first; looked up only when it is
   * neither known nor the start of a known word (otherwise unused).
   */
  similar: string[];
}

/** A lexeme as a tsquery operand: quoted, so that nothing in it is read as an operator. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsquery for the analyzed tokens, all of them required (AND), or null when nothing is left
 * to search for. Each token is matched:
 * - as typed (its stems) when some document has the word; the last token, being typed, also as
 *   the start of longer words ("tec" finds "technology");
 * - as the start of longer words when no document has it as a whole word but some start with it;
 * - else as the known words most like it (typo tolerance: "fundng" finds "funding");
 * - else as typed (it then matches nothing, and neither does the query).
 * Stop words are dropped, except as the last token where they may be the start of a word.
 */
export function buildTsquery(tokens: readonly AnalyzedToken[]): string | null {
  const terms: string[] = [];
  tokens.forEach((token, index) => {
    const last = index === tokens.length - 1;
    const base = token.stems[0] ?? token.plain;
    const prefixable = Array.from(base).length >= MIN_PREFIX_CHARACTERS;
    if (token.stems.length === 0) {
      if (last && prefixable && token.prefixKnown) terms.push(`${quoteLexeme(base)}:*`);
      return;
    }
    if (token.known) {
      const suffix = last && prefixable ? ':*' : '';
      terms.push(and(token.stems.map((stem) => quoteLexeme(stem) + suffix)));
    } else if (prefixable && token.prefixKnown) {
      terms.push(`${quoteLexeme(base)}:*`);
    } else if (token.similar.length > 0) {
      terms.push(or(token.similar.map(quoteLexeme)));
    } else {
      terms.push(and(token.stems.map(quoteLexeme)));
    }
  });
  return terms.length > 0 ? terms.join(' & ') : null;
}

const and = (operands: string[]) =>
  operands.length === 1 ? operands[0] : `(${operands.join(' & ')})`;
const or = (operands: string[]) =>
  operands.length === 1 ? operands[0] : `(${operands.join(' | ')})`;

export interface Segment {
  text: string;
  highlighted: boolean;
}

/** ts_headline's output, marked with HIGHLIGHT_START/STOP, as plain-text segments. */
export function segmentsOf(marked: string): Segment[] {
  const segments: Segment[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (!text) return;
    const previous = segments.at(-1);
    if (previous && previous.highlighted === highlighted) previous.text += text;
    else segments.push({ text, highlighted });
    text = '';
  };
  for (const character of marked) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_STOP) {
      flush();
      highlighted = character === HIGHLIGHT_START;
    } else {
      text += character;
    }
  }
  flush();
  return segments;
}

/** The start of a text, cut at a word boundary: the snippet when nothing is highlighted. */
export function openingOf(text: string, maxCharacters = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxCharacters) return clean;
  const cut = clean.slice(0, maxCharacters);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxCharacters / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
