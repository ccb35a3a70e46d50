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
	ratio: number | null;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
/** A median with its interquartile range and count: "12.3 ms (10.1–15.0, n 40)". */
export const showSpread = (s: Spread) => `${ms(s.median)} ms (${ms(s.q1)}–${ms(s.q3)}, n ${s.n})`;

export function printTable(rows: Row[]) {
	const head: Row = {
		set: 'dataset',
		measure: 'measure',
		app: 'full app',
		floor: 'floor',
		ratio: null
	};
	const w = (k: keyof Omit<Row, 'ratio'>) => Math.max(...[head, ...rows].map((r) => r[k].length));
	const line = (r: Row, ratio: string) =>
		[
			r.set.padEnd(w('set')),
			r.measure.padEnd(w('measure')),
			r.app.padStart(w('app')),
			r.floor.padStart(w('floor')),
			ratio.padStart(6)
		].join(' | ');
	console.log(line(head, 'ratio'));
	for (const r of rows) console.log(line(r, r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`));
}
