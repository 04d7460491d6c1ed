import { IngestError } from "./ingest-error.js";

const START_TAG = /<([A-Za-z_][-\w.:]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][-\w.:]*)\s*>/y;

/**
 * Refuses XML that a feed must not be, before any parser sees it:
 * - any entity declaration (<!ENTITY>): entity expansion ("billion laughs") is never performed;
 * - markup that is not well formed (unbalanced or malformed tags, text outside the root),
 *   because the DOM parser used afterwards silently repairs such input into something else.
 * One linear scan; throws IngestError 'bad_xml' naming the line.
 */
export function assertSafeWellFormedXml(xml: string, origin: string): void {
  if (/<!ENTITY/i.test(xml)) {
    throw new IngestError("bad_xml", origin, "declares XML entities (<!ENTITY>); refused to prevent entity expansion");
  }
  const fail = (position: number, detail: string): never => {
    throw new IngestError("bad_xml", origin, `malformed XML at line ${lineAt(xml, position)}: ${detail}`);
  };
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (stack.length === 0 && /[^\s\uFEFF]/.test(xml.slice(i, textEnd))) fail(i, "text outside the root element");
    if (lt === -1) break;

    if (xml.startsWith("<!--", lt)) {
      i = skipPast(xml, "-->", lt + 4) ?? fail(lt, "unclosed comment");
    } else if (xml.startsWith("<![CDATA[", lt)) {
      if (stack.length === 0) fail(lt, "CDATA outside the root element");
      i = skipPast(xml, "]]>", lt + 9) ?? fail(lt, "unclosed CDATA section");
    } else if (xml.startsWith("<?", lt)) {
      i = skipPast(xml, "?>", lt + 2) ?? fail(lt, "unclosed processing instruction");
    } else if (/^<!DOCTYPE/i.test(xml.slice(lt, lt + 9))) {
      if (rootSeen || stack.length > 0) fail(lt, "DOCTYPE after the root element");
      i = skipDoctype(xml, lt) ?? fail(lt, "unclosed DOCTYPE");
    } else if (xml.startsWith("</", lt)) {
      END_TAG.lastIndex = lt;
      const match = END_TAG.exec(xml) ?? fail(lt, "malformed end tag");
      const open = stack.pop();
      if (open !== match[1]) fail(lt, open ? `expected </${open}>, found </${match[1]}>` : `unexpected </${match[1]}>`);
      i = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const match = START_TAG.exec(xml) ?? fail(lt, `malformed tag "${xml.slice(lt, lt + 30).split(/\s/)[0]}"`);
      if (stack.length === 0 && rootSeen) fail(lt, "a second root element");
      rootSeen = true;
      if (match[3] !== "/") stack.push(match[1]!);
      i = START_TAG.lastIndex;
    }
  }
  if (stack.length > 0) fail(xml.length, `unclosed <${stack[stack.length - 1]}>`);
  if (!rootSeen) fail(0, "no root element");
}

function skipPast(xml: string, terminator: string, from: number): number | undefined {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? undefined : end + terminator.length;
}

/** End of a DOCTYPE, including an internal subset in [...] (already known to hold no entities). */
function skipDoctype(xml: string, from: number): number | undefined {
  const close = xml.indexOf(">", from);
  const bracket = xml.indexOf("[", from);
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    const subsetEnd = xml.indexOf("]", bracket);
    return subsetEnd === -1 ? undefined : skipPast(xml, ">", subsetEnd);
  }
  return close === -1 ? undefined : close + 1;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
