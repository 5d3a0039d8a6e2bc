// Inline Markdown and embedded HTML to plain text: links keep their words, images,
// tags and emphasis marks go, escapes and entities become the characters they stand for.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Script, style and comment blocks of embedded HTML, removed before anything else. */
export function stripHtmlBlocks(text: string): string {
  return text
    .replace(/<(script|style|noscript|template|iframe)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

// Escaped punctuation is parked in the private-use area while marks are stripped,
// so "\*not emphasis\*" keeps its asterisks.
const PARK = 0xe000;
const park = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => String.fromCharCode(PARK + ch.charCodeAt(0)));
const unpark = (text: string) => text.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK));

/**
 * Past this length a "line" is not prose written in Markdown (it is minified data or
 * an attack): the link and emphasis patterns, quadratic on unclosed marks, are skipped.
 */
const MAX_INLINE = 10_000;

export function stripInline(line: string): string {
  if (line.length > MAX_INLINE) return decodeEntities(line.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')).trim();
  let text = park(line);
  text = text
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '') // images
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // [text](url "title")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1') // <https://…>
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '') // embedded HTML tags
    .replace(/(`+)(.+?)\1/g, '$2') // `code`
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // **strong**
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1') // *em*
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1') // _em_, but not snake_case
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'); // ~~struck~~
  return decodeEntities(unpark(text)).replace(/[ \t]{2,}/g, ' ').trim();
}
