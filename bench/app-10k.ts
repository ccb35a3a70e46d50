import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticFolder } from './write-synthetic.ts';

const APPS = 'node_modules/.cache/tieline-bench-apps';

/**
 * The app built with the synthetic 2,000 actors/10,000 ties as its bundled data (BENCH_REUSE=1
 * keeps the build `npm run bench` or an earlier run made); gives the folder to serve.
 */
export function app10k(): string {
	const out = join(APPS, '10k');
	if (process.env.BENCH_REUSE && existsSync(join(out, 'index.html'))) return out;
	writeSyntheticFolder(join(APPS, '10k-data'), 2000, 10000);
	const made = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, TIELINE_DATA: join(APPS, '10k-data'), TIELINE_BUILD: out },
		stdio: 'inherit'
	});
	if (made.status !== 0) throw new Error('building the app with the 10k set failed');
	return out;
}
