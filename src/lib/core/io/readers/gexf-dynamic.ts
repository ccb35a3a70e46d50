import { END_HOWS, isAgreementKind, type TieKind } from '../../schema/tie.ts';
import { dayToIso, isoToDay } from '../../time/partial-date.ts';
import { normaliseHeader } from './csv-mapping.ts';
import type { XmlElement } from './xml-parse.ts';

/** One value of a GEXF dynamic attribute and the days it holds, as written (open ends left out). */
export interface DatedValue {
	value: string | number | boolean;
	from?: string;
	to?: string;
}

type XmlDoc = { getElementsByTagName(name: string): ArrayLike<XmlElement> };
export type Declared = Map<string, { title: string; type: string }>;

/** The declared attributes of each class (`node`, `edge`): id → title and type. */
export function declaredAttributes(doc: XmlDoc): Record<string, Declared> {
	const out: Record<string, Declared> = { node: new Map(), edge: new Map() };
	for (const block of Array.from(doc.getElementsByTagName('attributes'))) {
		const cls = block.getAttribute('class') ?? 'node';
		out[cls] ??= new Map();
		for (const a of Array.from(block.getElementsByTagName('attribute'))) {
			const id = a.getAttribute('id') ?? '';
			out[cls].set(id, {
				title: a.getAttribute('title') || id,
				type: a.getAttribute('type') ?? ''
			});
		}
	}
	return out;
}

/**
 * A spell's first and last day. `startopen`/`endopen` exclude their own day, so a whole day
 * moves one day in (a partial date is kept: it has no single day to step from).
 */
export function spellBounds(e: XmlElement): { from?: string; to?: string } {
	const step = (text: string | null, by: number) => {
		if (!text) return undefined;
		const day = isoToDay(text);
		return day === null ? text : dayToIso(day + by);
	};
	return {
		from: e.getAttribute('start') || step(e.getAttribute('startopen'), 1),
		to: e.getAttribute('end') || step(e.getAttribute('endopen'), -1)
	};
}

const cast = (value: string, type: string) =>
	/^(integer|long|float|double)$/.test(type) && value.trim() !== '' && !isNaN(Number(value))
		? Number(value)
		: type === 'boolean'
			? value === 'true'
			: value;

/** The element's attribute values that carry a time (start, end, startopen, endopen), by title. */
export function datedValues(element: XmlElement | undefined, declared: Declared) {
	const out = new Map<string, DatedValue[]>();
	if (!element) return out;
	for (const v of Array.from(element.getElementsByTagName('attvalue'))) {
		const bounds = spellBounds(v);
		if (bounds.from === undefined && bounds.to === undefined) continue;
		const id = v.getAttribute('for') ?? v.getAttribute('id') ?? '';
		const { title, type } = declared.get(id) ?? { title: id, type: 'string' };
		const list = out.get(title) ?? [];
		list.push({ value: cast(v.getAttribute('value') ?? '', type), ...bounds });
		out.set(title, list);
	}
	for (const list of out.values()) list.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
	return out;
}

/** Names of an attribute that says where a tie is in its life. */
export const STATUS_NAMES = new Set(['status', 'state', 'phase', 'lifecycle', 'stage']);
const SIGNED = new Set(['signed', 'signature', 'concluded']);
const IN_FORCE = new Set(['inforce', 'active', 'ratified', 'effective', 'valid', 'ongoing']);
const SUSPENDED = new Set(['suspended', 'paused', 'frozen']);
const ENDED = new Set([
	...END_HOWS,
	'abrogated',
	'cancelled',
	'revoked',
	'inactive',
	'over',
	'finished'
]);
const word = (v: DatedValue) => normaliseHeader(String(v.value));

const dayBefore = (text: string) => {
	const day = isoToDay(text);
	return day === null ? text : dayToIso(day - 1);
};

/**
 * Reads a status over time (`signed` from A, `in force` from B, `terminated` from C) as a
 * lifecycle: signed, inForce, suspended and ended for an agreement (or where a `signed` spell
 * says it is one), from and to for anything else. An ending spell ends the tie on the latest last
 * day of the spells before it, or the day before it begins. Returns undefined where no value is a
 * status word, so the attribute is kept as it is.
 */
export function statusLifecycle(
	values: readonly DatedValue[],
	kind: string | undefined
): Record<string, unknown> | undefined {
	const words = values.map(word);
	const known = (w: string) => SIGNED.has(w) || IN_FORCE.has(w) || SUSPENDED.has(w) || ENDED.has(w);
	if (!words.some(known)) return undefined;
	const endIndex = words.findIndex((w) => ENDED.has(w));
	const endAt = (() => {
		if (endIndex < 0) return undefined;
		// The latest last day of the spells before it (a suspension may sit inside in force).
		const before = values
			.slice(0, endIndex)
			.map((v) => v.to)
			.filter((t): t is string => t !== undefined)
			.sort()
			.at(-1);
		const start = values[endIndex].from;
		return before ?? (start ? dayBefore(start) : undefined);
	})();
	const lastEnd = values.filter((_, i) => !ENDED.has(words[i])).at(-1)?.to;
	const agreement =
		words.some((w) => SIGNED.has(w)) || (kind !== undefined && isAgreementKind(kind as TieKind));
	if (!agreement) {
		const live = values.filter((_, i) => !ENDED.has(words[i]));
		return { from: live[0]?.from, to: endAt ?? lastEnd };
	}
	const first = (set: Set<string>) => values.find((_, i) => set.has(words[i]))?.from;
	const suspended = values
		.filter((_, i) => SUSPENDED.has(words[i]) && values[i].from)
		.map((v) => (v.to ? { from: v.from, to: v.to } : { from: v.from }));
	const endWord = endIndex >= 0 ? words[endIndex] : 'ended';
	const how = (END_HOWS as readonly string[]).includes(endWord) ? endWord : 'ended';
	const ended = endAt ?? lastEnd;
	return {
		signed: first(SIGNED) ?? first(IN_FORCE),
		inForce: first(IN_FORCE),
		suspended: suspended.length > 0 ? suspended : undefined,
		ended: ended,
		ended_how: ended ? how : undefined
	};
}
