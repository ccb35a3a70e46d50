/** Self time per function from a profile of the Chrome DevTools protocol's sampling profiler. */
interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
export interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Self time per function (name, file and line), in ms, from the samples and their spacing. */
export function selfTimes(profile: Profile): Map<string, number> {
	const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
	const out = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		// Each sample stands for the time until the next one.
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const f = byId.get(id)!;
		const file = f.url.split('/').pop() || '';
		const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
		out.set(key, (out.get(key) ?? 0) + dt);
	});
	return out;
}

/** Self time summed per script file (a chunk of the build: the app, Cytoscape, Svelte…). */
function byFile(times: [string, number][]): Map<string, number> {
	const out = new Map<string, number>();
	for (const [k, t] of times) {
		const file = k.split(' ').pop()!.replace(/:\d+$/, '') || k;
		out.set(file, (out.get(file) ?? 0) + t);
	}
	return out;
}

/** The `top` functions by self time, each divided by `per` (steps), as printable lines. */
export function topLines(profile: Profile, top: number, per = 1): string[] {
	const times = [...selfTimes(profile)].sort((a, b) => b[1] - a[1]);
	const busy = times.filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k));
	const all = busy.reduce((n, [, t]) => n + t, 0);
	return [
		`  ${(all / per).toFixed(1).padStart(8)} ms  all JS (not idle, program or GC)`,
		...times.slice(0, top).map(([k, t]) => `  ${(t / per).toFixed(1).padStart(8)} ms  ${k}`),
		'  by file (self time):',
		...[...byFile(times)]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 8)
			.map(([f, t]) => `  ${(t / per).toFixed(1).padStart(8)} ms  ${f}`)
	];
}
