/**
 * Links written into text: addresses with a scheme or `www.`, and bare domains under the
 * top-level domains spam favours. Not e-mail addresses (the `@` before), nor words such as
 * "Node.js". Deliberately simple: it counts, it does not validate.
 */
const LINK_IN_TEXT = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"']+`,
    String.raw`(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+` +
      String.raw`(?:com|net|org|info|biz|io|co|xyz|top|online|site|shop|app|ru|cn|ly|me)\b` +
      String.raw`(?:\/[^\s<>"']*)?`,
  ].join('|'),
  'gi',
);

export function linksInText(text: string): number {
  return text.match(LINK_IN_TEXT)?.length ?? 0;
}

/**
 * What a member writes that may carry links, field by field: free text (links counted in it),
 * or a list of addresses (each one a link). Null or undefined carries none.
 */
export type LinkFields = Readonly<Record<string, string | readonly string[] | null | undefined>>;

export function linksIn(value: LinkFields[string]): number {
  if (!value) return 0;
  if (typeof value === 'string') return linksInText(value);
  return value.filter((url) => url.trim().length > 0).length;
}

export function totalLinks(fields: LinkFields): number {
  return Object.values(fields).reduce((sum, value) => sum + linksIn(value), 0);
}
