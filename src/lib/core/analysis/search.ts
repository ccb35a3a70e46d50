import type { Dataset } from '../io/dataset.ts';
import type { Lang } from '../schema/common.ts';

export interface SearchEntry {
	type: 'actor' | 'tie' | 'event';
	id: string;
	label: Record<Lang, string>;
	/** Every name the entry answers to, normalised. */
	keys: string[];
}

export interface SearchHit {
	type: SearchEntry['type'];
	id: string;
	label: string;
}

/** Case, width and accent folding, so "dprk", "ＤＰＲＫ" and "DPRK" meet. */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\s\u3000]+/g, ' ')
		.trim();
}

/** An index over actors (every name and alias), ties (titles) and events (titles). */
export function searchIndex(data: Dataset): SearchEntry[] {
	const entry = (
		type: SearchEntry['type'],
		id: string,
		label: Record<Lang, string>,
		names: (string | undefined)[]
	) => ({
		type,
		id,
		label,
		keys: [...new Set([id, ...names].filter((n): n is string => !!n).map(normalise))]
	});
	return [
		...data.actors.map((a) => {
			const last = a.names[a.names.length - 1];
			return entry('actor', a.id, { en: last.en, ja: last.ja }, [
				...a.names.flatMap((n) => [n.en, n.ja, n.fullEn, n.fullJa]),
				...(a.aliases ?? [])
			]);
		}),
		...data.ties.map((t) => entry('tie', t.id, t.title, [t.title.en, t.title.ja])),
		...data.events.map((e) => entry('event', e.id, e.title, [e.title.en, e.title.ja]))
	];
}

/**
 * Entries matching every word of the query; actors first, then names that start with the query,
 * then shorter labels.
 */
export function search(
	index: readonly SearchEntry[],
	query: string,
	lang: Lang,
	limit = 12
): SearchHit[] {
	const q = normalise(query);
	if (!q) return [];
	const words = q.split(' ');
	const order = { actor: 0, tie: 1, event: 2 };
	return index
		.filter((e) => words.every((w) => e.keys.some((k) => k.includes(w))))
		.map((e) => ({ e, prefix: e.keys.some((k) => k.startsWith(q)) ? 0 : 1 }))
		.sort(
			(a, b) =>
				order[a.e.type] - order[b.e.type] ||
				a.prefix - b.prefix ||
				a.e.label[lang].length - b.e.label[lang].length
		)
		.slice(0, limit)
		.map(({ e }) => ({ type: e.type, id: e.id, label: e.label[lang] }));
}
