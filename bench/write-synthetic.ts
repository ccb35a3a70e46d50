/**
 * Writes a synthetic dataset as a data folder the app builds with (`TIELINE_DATA=DIR npm run
 * build`) and, with `--json FILE`, as one Tieline JSON file it opens ("Open data…" or `?data=`).
 * Ties are split over files of 5,000 so no file passes the loader's size limit.
 *
 *   npx tsx bench/write-synthetic.ts ACTORS TIES DIR [--json FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validSynthetic } from './synthetic.ts';

const CHUNK = 5000;

/** The dataset as files of a data folder (JSON is YAML, and reads faster). */
export function writeSyntheticFolder(dir: string, actors: number, ties: number) {
	const data = validSynthetic(actors, ties);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'sources.yaml'), JSON.stringify({ sources: data.sources }));
	writeFileSync(join(dir, 'actors.yaml'), JSON.stringify({ actors: data.actors }));
	for (let i = 0; i * CHUNK < data.ties.length; i++)
		writeFileSync(
			join(dir, `ties-${i}.yaml`),
			JSON.stringify({ ties: data.ties.slice(i * CHUNK, (i + 1) * CHUNK) })
		);
	return data;
}

/** The dataset as one Tieline JSON file. */
export function syntheticJson(actors: number, ties: number): string {
	return JSON.stringify(validSynthetic(actors, ties));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [actors, ties, dir] = process.argv.slice(2);
	if (!dir) throw new Error('usage: write-synthetic.ts ACTORS TIES DIR [--json FILE]');
	writeSyntheticFolder(dir, Number(actors), Number(ties));
	const json = process.argv.indexOf('--json');
	if (json > 0) writeFileSync(process.argv[json + 1], syntheticJson(Number(actors), Number(ties)));
	console.log(`wrote ${actors} actors and ${ties} ties to ${dir}`);
}
