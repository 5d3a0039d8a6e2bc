// DOM to plain text with the paragraph structure kept: each block element becomes
// a paragraph (blank-line separated), <br> a line break, inline runs are joined with
// HTML's whitespace collapsing. The walk uses an explicit stack, so a page of
// 10,000 nested elements cannot overflow the call stack.

/** Elements whose content is never article text (code, embeds, form controls). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'svg', 'math', 'canvas', 'head', 'button', 'select', 'textarea', 'input', 'video', 'audio', 'map',
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'caption',
]);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function hidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Collects inline text and cuts it into paragraphs at block boundaries. */
class ParagraphBuilder {
  readonly paragraphs: string[] = [];
  private current = '';

  text(value: string, preformatted: boolean): void {
    this.current += preformatted ? value : value.replace(/\s+/g, ' ');
  }

  lineBreak(): void {
    this.current += '\n';
  }

  flush(): void {
    // A blank line inside <pre> (or two <br>s) separates paragraphs too.
    for (const part of this.current.split(/\n[ \t\u00a0]*\n/)) {
      const lines = part
        .split('\n')
        .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter((line) => line.length > 0);
      if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
    }
    this.current = '';
  }
}

export function htmlToText(root: Node): string {
  const out = new ParagraphBuilder();
  // Each entry is a node to enter, or (exit) an element whose end is reached.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  let preDepth = 0;
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      out.text(node.nodeValue ?? '', preDepth > 0);
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (exit) {
      if (tag === 'pre') preDepth--;
      if (BLOCK.has(tag)) out.flush();
      continue;
    }
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (BLOCK.has(tag)) out.flush();
    if (tag === 'td' || tag === 'th') out.text(' ', false);
    if (tag === 'pre') preDepth++;
    stack.push({ node, exit: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  out.flush();
  return out.paragraphs.join('\n\n');
}

/** Depth of the element tree, measured without recursion. */
export function treeDepth(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}
