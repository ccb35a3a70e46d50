/**
 * Line breaking for actor labels, the same on screen and in every image. Text with spaces breaks
 * at spaces; Japanese breaks where a reader would: before an opening bracket, after a closing one
 * or a middle dot, where kanji meets katakana; never leaving a line of one character, a line that
 * starts with a closing bracket or small kana, or one that ends with an opening bracket.
 */

const WIDE = /[\u3000-\u9FFF\uFF00-\uFFEF]/;
/** Characters a Japanese line may not start with (kinsoku). */
const NO_START = new Set([
	...'）〕］｝〉》」』】、。，．・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]}'
]);
/** Characters a Japanese line may not end with. */
const NO_END = new Set([...'（〔［｛〈《「『【([{']);

type Script = 'kanji' | 'katakana' | 'hiragana' | 'latin' | 'other';
function script(ch: string): Script {
	if (/[\u4E00-\u9FFF\u3005]/.test(ch)) return 'kanji';
	if (/[\u30A0-\u30FF]/.test(ch)) return 'katakana';
	if (/[\u3040-\u309F]/.test(ch)) return 'hiragana';
	if (/[A-Za-z0-9\uFF10-\uFF5A]/.test(ch)) return 'latin';
	return 'other';
}

/** How bad a break before `chars[i]` reads; Infinity where the rules forbid it. */
function penalty(chars: readonly string[], i: number): number {
	const before = chars[i - 1];
	const after = chars[i];
	if (NO_START.has(after) || NO_END.has(before)) return Infinity;
	if (after === '（' || after === '(' || before === '）' || before === ')') return 0;
	if (before === '・') return 1;
	const a = script(before);
	const b = script(after);
	if (a !== b && (a === 'latin') === (b === 'latin')) return 1;
	if (a === 'latin' && b === 'latin') return 6;
	return 3;
}

function wrapWide(text: string, max: number): string[] {
	const chars = [...text];
	if (chars.length <= max) return [text];
	const lines: string[] = [];
	let start = 0;
	while (chars.length - start > max) {
		const rest = chars.length - start;
		const count = Math.ceil(rest / max);
		const target = start + Math.ceil(rest / count);
		let best = -1;
		let bestScore = Infinity;
		// A line may run one character over to break at a better place; none is shorter than two.
		for (let i = start + 2; i <= Math.min(start + max + 1, chars.length - 2); i++) {
			const p = penalty(chars, i);
			if (p === Infinity) continue;
			const score = p * 2 + Math.abs(i - target) + (i - start > max ? 2 : 0);
			if (score < bestScore) [best, bestScore] = [i, score];
		}
		if (best < 0) break;
		lines.push(chars.slice(start, best).join(''));
		start = best;
	}
	lines.push(chars.slice(start).join(''));
	return lines;
}

/** Breaks a label into lines of about `max` characters (Japanese) or at most `max` (spaced text). */
export function wrapLabel(text: string, max: number): string[] {
	if (!text.includes(' ')) return WIDE.test(text) ? wrapWide(text, max) : [text];
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && [...line].length + 1 + [...word].length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Characters per line of an organisation's label: about the width of its box and a margin. */
export function labelWidth(lang: 'en' | 'ja'): number {
	return lang === 'ja' ? 10 : 18;
}
