/** Elements after which text continues on a new line: paragraphs stay separate lines. */
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER",
  "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR", "UL",
]);
/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set(["TITLE", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "BUTTON", "SELECT", "TEXTAREA", "HEAD"]);
const CELL_TAGS = new Set(["TD", "TH"]);
/** Stands for a <br> until the line is flushed: NUL cannot occur in decoded text (it is refused as binary). */
const BREAK = "\u0000";

/** The subset of DOM nodes the walk needs; linkedom and browser nodes both fit. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * Visible text of a DOM subtree, one line per block (paragraph, heading, list item), inline
 * whitespace collapsed. Iterative, so deeply nested malformed markup cannot overflow the stack.
 */
export function domToText(root: DomNode): string {
  const lines: string[] = [];
  let line = "";
  // A single <br> is a wrapped line inside a paragraph (a space); two in a row separate paragraphs.
  const flush = () => {
    for (const part of line.split(/\u0000\s*\u0000[\s\u0000]*/)) {
      const trimmed = part.replace(/[\s\u0000]+/g, " ").trim();
      if (trimmed) lines.push(trimmed);
    }
    line = "";
  };
  // Stack entries: a node to visit, or a marker to end a block after its children.
  const stack: Array<DomNode | "end-block"> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === "end-block") {
      flush();
      continue;
    }
    if (item.nodeType === TEXT || item.nodeType === CDATA) {
      line += item.nodeValue ?? "";
      continue;
    }
    if (item.nodeType !== ELEMENT && item !== root) continue;
    const tag = item.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (CELL_TAGS.has(tag)) line += " ";
    if (tag === "BR") line += BREAK;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push("end-block");
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines.join("\n");
}
