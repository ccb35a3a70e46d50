import type { Lang } from '../schema/common.ts';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function fromRoman(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const v = ROMAN[s[i]];
		n += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
	}
	return n;
}

/**
 * Where in a source a fact is written, in the reader's language: "Article 4" and "Art. V" read
 * 第4条 and 第5条 in Japanese, "para. 2" 第2項. Anything else (a page, a heading, a locator
 * already in Japanese or Korean) is shown as written.
 */
export function localLocator(locator: string, lang: Lang): string {
	if (lang !== 'ja') return locator;
	const article = /^Art(?:icle|\.)\s*(\d+|[IVXLC]+)\b(.*)$/.exec(locator);
	if (article) {
		const n = /^\d+$/.test(article[1]) ? Number(article[1]) : fromRoman(article[1]);
		return `第${n}条${article[2]}`;
	}
	const para = /^para(?:graph|\.)\s*(\d+)$/.exec(locator);
	if (para) return `第${para[1]}項`;
	return locator;
}
