/**
 * `npm run bench:svg`: writing the picture as SVG (the writer behind the SVG, PNG and PDF exports)
 * on the synthetic 2,000 actors/10,000 ties, against writing the same scope as GEXF, in one run:
 * on one day (1960-01-01) and over the whole range (every tie). Each round starts from a freshly
 * indexed dataset, so the pair lines' bends are worked out as in a first export; the two writers
 * alternate. Prints medians with their spread, the ratio, and one line of JSON.
 * `npm run bench:svg -- ROUNDS` (default 5).
 */
import { TemporalGraph } from '../src/lib/core/model/temporal-graph.ts';
import { selectScope, type ScopeDescriptor } from '../src/lib/core/export/scope.ts';
import { writeSvg, type ImageOptions } from '../src/lib/core/export/image/svg.ts';
import { writeGexf } from '../src/lib/core/export/gexf.ts';
import { showSpread, spread } from './bench-stats.ts';
import { validSynthetic } from './synthetic.ts';

const ROUNDS = Number(process.argv[2]) || 5;
const data = validSynthetic(2000, 10000);
const image: ImageOptions = {
	lang: 'en',
	width: 1400,
	height: 900,
	background: '#ffffff',
	title: 'Tieline',
	caption: true,
	legend: true,
	footnotes: true,
	pairs: { mode: 'one', expanded: [] }
};
const cases: [string, ScopeDescriptor][] = [
	['one day (1960-01-01)', { at: '1960-01-01' }],
	['whole range', { from: '1900-01-01', to: '2030-01-01' }]
];
const ratios: Record<string, number> = {};
for (const [name, descriptor] of cases) {
	const svg: number[] = [];
	const gexf: number[] = [];
	let size = '';
	for (let i = 0; i < ROUNDS; i++) {
		const scope = selectScope(new TemporalGraph(data), descriptor);
		size = `${scope.actors.length} actors, ${scope.ties.length} ties`;
		let t0 = performance.now();
		writeGexf(scope);
		gexf.push(performance.now() - t0);
		t0 = performance.now();
		writeSvg(scope, image);
		svg.push(performance.now() - t0);
	}
	const ratio = spread(svg).median / spread(gexf).median;
	ratios[name] = Number(ratio.toFixed(2));
	console.log(`${name} (${size}):`);
	console.log(`  SVG   ${showSpread(spread(svg))}`);
	console.log(`  GEXF  ${showSpread(spread(gexf))}`);
	console.log(`  SVG / GEXF ${ratio.toFixed(2)}×`);
}
console.log(JSON.stringify({ bench: 'svg-export', rounds: ROUNDS, ratios }));
