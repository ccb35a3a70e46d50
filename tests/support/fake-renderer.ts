import type { DisplayPatch } from '../../src/lib/core/view/display.ts';
import type { Camera, Renderer } from '../../src/lib/render/renderer.ts';

/** A renderer that only records what it is told. */
export function fakeRenderer() {
	const patches: DisplayPatch[][] = [];
	let camera: Camera | null = null;
	const drawn = new Set<string>();
	const r: Renderer = {
		apply(p) {
			patches.push([...p]);
			for (const x of p)
				if (x.kind === 'tie') {
					if (/absent|filtered/.test(x.classes)) drawn.delete(x.id);
					else drawn.add(x.id);
				}
		},
		fit: () => (camera = null),
		getCamera: () => camera ?? { zoom: 1, x: 0, y: 0 },
		setCamera: (c) => (camera = c),
		resize() {},
		size: () => ({ width: 1, height: 1 }),
		counts: () => ({ actors: 0, ties: drawn.size, edges: drawn.size }),
		project: (p) => p,
		destroy() {}
	};
	return { r, patches, camera: () => camera };
}
