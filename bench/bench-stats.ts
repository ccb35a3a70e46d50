/** Medians, spreads and the printed table of `npm run bench`. */
export interface Spread {
	median: number;
	q1: number;
	q3: number;
	n: number;
}

export function spread(xs: number[]): Spread {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
	return { median: q(0.5), q1: q(0.25), q3: q(0.75), n: s.length };
}

export interface Row {
	set: string;
	measure: string;
	app: string;
	floor: string;
	/** Median of `rounds`, or the one run's ratio. */
	ratio: number | null;
	/** Its name in the JSON line, where not the measure's first words. */
	key?: string;
	/** Each round's own ratio, where there were several. */
	rounds?: number[];
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
/** A median with its interquartile range and count: "12.3 ms (10.1–15.0, n 40)". */
export const showSpread = (s: Spread) => `${ms(s.median)} ms (${ms(s.q1)}–${ms(s.q3)}, n ${s.n})`;

const x = (r: number) => `${r.toFixed(2)}×`;
/** The rounds' ratios as a range: "1.08–1.21× (5)". */
const range = (rs: number[]) =>
	`${Math.min(...rs).toFixed(2)}–${x(Math.max(...rs))} (${rs.length})`;

export function printTable(rows: Row[]) {
	const head: Row = {
		set: 'dataset',
		measure: 'measure',
		app: 'full app',
		floor: 'floor',
		ratio: null
	};
	const w = (k: 'set' | 'measure' | 'app' | 'floor') =>
		Math.max(...[head, ...rows].map((r) => r[k].length));
	const anyRounds = rows.some((r) => r.rounds);
	const w2 = Math.max(6, ...rows.map((r) => (r.rounds ? range(r.rounds).length : 0)));
	const line = (r: Row, ratio: string) =>
		[
			r.set.padEnd(w('set')),
			r.measure.padEnd(w('measure')),
			r.app.padStart(w('app')),
			r.floor.padStart(w('floor')),
			ratio.padStart(6),
			...(anyRounds ? [(r === head ? 'rounds' : r.rounds ? range(r.rounds) : '').padStart(w2)] : [])
		].join(' | ');
	console.log(line(head, 'ratio'));
	for (const r of rows) console.log(line(r, r.ratio === null ? '' : x(r.ratio)));
}
