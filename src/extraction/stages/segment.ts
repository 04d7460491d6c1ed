import type { Sentence, Token } from "../analysis.js";
import { wink } from "../nlp.js";
import { firstWord, foldText } from "../recognize/form-index.js";
import type { Stage } from "../stage.js";

const POSSESSIVE_TAIL = /^(\p{L}[\p{L}\d.&-]*)(['’]s)$/u;

function makeToken(text: string, lemma: string, pos: string, start: number, sentence: number): Token {
  return { text, lower: text.toLowerCase(), lemma, key: firstWord(foldText(text)), pos, start, end: start + text.length, sentence };
}

/**
 * Text → paragraphs → sentences → tokens with POS and lemmas.
 * wink-nlp does not treat a newline as a sentence boundary, so each line is read on its own.
 */
export const segment: Stage = {
  name: "segment",
  run({ article }) {
    const nlp = wink();
    const { its } = nlp;
    const text = article.text;
    const paragraphs: { start: number; end: number }[] = [];
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const lineRe = /[^\n]+/g;
    for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
      const raw = m[0];
      if (!raw.trim()) continue;
      const pStart = m.index;
      const paragraph = paragraphs.length;
      paragraphs.push({ start: pStart, end: pStart + raw.length });
      let cursor = 0;
      nlp.readDoc(raw).sentences().each((s) => {
        const items = s.tokens();
        const words = items.out();
        const pos = items.out(its.pos);
        const lemmas = items.out(its.lemma);
        const tokenStart = tokens.length;
        const index = sentences.length;
        for (let i = 0; i < words.length; i++) {
          const word = words[i] ?? "";
          const at = raw.indexOf(word, cursor);
          // wink returns the original characters, so the word is found just ahead; anything
          // else would be a tokenizer surprise, and a token without a place is dropped.
          if (at < 0 || at - cursor > 64) continue;
          cursor = at + word.length;
          const start = pStart + at;
          // wink's lexicon cache grows with the words it meets; once "victim's" has been cached whole,
          // later documents get it as one token. Splitting it back keeps output independent of order.
          const possessive = POSSESSIVE_TAIL.exec(word);
          if (possessive) {
            const base = possessive[1]!;
            tokens.push(makeToken(base, base.toLowerCase(), /^[A-Z]/.test(base) ? "PROPN" : "NOUN", start, index));
            tokens.push(makeToken(possessive[2]!, possessive[2]!.toLowerCase(), "PART", start + base.length, index));
            continue;
          }
          tokens.push(makeToken(word, (lemmas[i] ?? word).toLowerCase(), pos[i] ?? "X", start, index));
        }
        if (tokens.length === tokenStart) return;
        const first = tokens[tokenStart]!;
        const last = tokens[tokens.length - 1]!;
        sentences.push({ index, paragraph, start: first.start, end: last.end, tokenStart, tokenEnd: tokens.length });
      });
    }
    return { paragraphs, sentences, tokens };
  },
};
