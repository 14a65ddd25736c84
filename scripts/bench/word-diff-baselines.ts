/**
 * Baselines for the compare cases: the usual way to diff two texts by words with the two
 * popular libraries. Each word and each whitespace run becomes one character (the "lines to
 * chars" trick of diff-match-patch's docs, applied to words), the encoded texts are diffed,
 * and the result is decoded back into words. diff-match-patch keeps its default 1 s budget.
 */
import DiffMatchPatch from 'diff-match-patch';
import fastDiff from 'fast-diff';

type Op = -1 | 0 | 1;

/** Words and whitespace runs as single characters (skipping surrogates), plus the way back. */
export function encodeWords(left: string, right: string): { a: string; b: string; tokens: string[] } {
  const codes = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (text: string) => {
    let out = '';
    for (const token of text.match(/\s+|[^\s]+/g) ?? []) {
      let code = codes.get(token);
      if (code === undefined) {
        let n = tokens.length;
        if (n >= 0xd800) n += 0x800; // past the surrogate block
        code = String.fromCharCode(Math.min(n, 0xffff));
        codes.set(token, code);
        tokens.push(token);
      }
      out += code;
    }
    return out;
  };
  return { a: encode(left), b: encode(right), tokens };
}

function decode(diffs: [Op, string][], tokens: string[]): [Op, string][] {
  return diffs.map(([op, chars]) => {
    let text = '';
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      text += tokens[code >= 0xe000 ? code - 0x800 : code] ?? '';
    }
    return [op, text];
  });
}

export function fastDiffWords(left: string, right: string): [Op, string][] {
  const { a, b, tokens } = encodeWords(left, right);
  return decode(fastDiff(a, b) as [Op, string][], tokens);
}

export function diffMatchPatchWords(left: string, right: string): [Op, string][] {
  const { a, b, tokens } = encodeWords(left, right);
  const dmp = new DiffMatchPatch();
  return decode(dmp.diff_main(a, b, false) as [Op, string][], tokens);
}
