/**
 * How readable the picture is at every year, counted from the SVG writer's geometry (the same
 * picture the Export dialog and Save PNG draw): lines through an actor they do not join, labels on
 * labels, labels on actors. On the bundled data, mid-year from 1950 to 2025 and on the dates that
 * matter, at the picture's size on screen at 1440×900 and 1280×720 with the panels open, closed,
 * and closed with the time bar folded (sizes measured in the built app). Not a timing: counts.
 *
 *   npm run bench:geometry
 */
import { readGraphData } from '../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../src/lib/core/io/load.ts';
import { TemporalGraph } from '../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../src/lib/core/export/scope.ts';
import { writeSvg } from '../src/lib/core/export/image/svg.ts';
import { pictureFaults, type PictureFault } from '../src/lib/core/export/image/svg-check.ts';
import { PICTURE_SIZES, GEOMETRY_DATES } from '../tests/support/picture-sizes.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const KEY = ['1950-07-01', '1961-07-11', '1996-09-30', '2018-07-01', '2024-12-10'];
type OverlapKind = PictureFault['kind'];
const kinds: OverlapKind[] = ['edge-through-node', 'label-over-label', 'label-over-node'];

const totals = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<OverlapKind, number>;
let pictures = 0;
let clean = 0;
const rows: string[] = [];
for (const size of PICTURE_SIZES) {
	for (const lang of ['en', 'ja'] as const) {
		for (const at of GEOMETRY_DATES) {
			const scope = selectScope(graph, { at, dropIsolated: true });
			const svg = writeSvg(scope, {
				lang,
				width: size.width,
				height: size.height,
				background: '#fff',
				title: '',
				caption: false,
				legend: false,
				footnotes: false
			});
			const found = pictureFaults(svg, graph);
			pictures++;
			if (found.length === 0) clean++;
			for (const o of found) totals[o.kind]++;
			if (KEY.includes(at)) {
				const n = (k: OverlapKind) => found.filter((o) => o.kind === k).length;
				const edges = new Set(
					[...svg.matchAll(/<g [^>]*data-(?:tie|pair)="([^"]+)"/g)].map((m) => m[1])
				).size;
				rows.push(
					`| ${size.name} | ${lang} | ${at} | ${edges} | ${n('edge-through-node')} | ${n('label-over-label')} | ${n('label-over-node')} |`
				);
			}
		}
	}
}
console.log(
	'| picture | lang | date | lines drawn | line through actor | label on label | label on actor |'
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(
	`\n${pictures} pictures (${GEOMETRY_DATES.length} dates × ${PICTURE_SIZES.length} sizes × 2 languages), ${clean} without a collision.`
);
console.log(JSON.stringify({ pictures, clean, ...totals }));
