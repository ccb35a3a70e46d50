import type { Core, ElementDefinition } from 'cytoscape';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import type { DisplayPatch } from '$lib/core/view/display.ts';
import { runAll } from '$lib/core/slices.ts';
import { buildElements, tieElementIds } from './elements.ts';

/** How many elements (`byId`) or patches (`missingSteps`) are read between two pauses. */
const PER_STEP = 4096;

/**
 * Elements by id, in steps (`yield`): a large dataset's are many (at 50,000 ties about 100,000;
 * put in a map at once, in the task that made Cytoscape, they were a third of its 0.13 s in a
 * trace).
 */
export function* byId(
	elements: readonly ElementDefinition[]
): Generator<void, Map<string, ElementDefinition>, void> {
	const defs = new Map<string, ElementDefinition>();
	let read = 0;
	for (const def of elements) {
		if (++read % PER_STEP === 0) yield;
		defs.set(def.data.id!, def);
	}
	return defs;
}

/** Whether a patch draws its element (faint or in a pair's line included). */
export const drawnBy = (p: DisplayPatch) => !/\b(absent|filtered)\b/.test(p.classes);

/**
 * What Cytoscape holds of what the data can draw. Every element the data can draw is kept here by
 * id; each is given to Cytoscape the first time a patch draws it (with the actors its line joins)
 * and then kept, hidden or shown by its classes. Cytoscape styles every element it holds, drawn or
 * not: given all the elements of a 10,000-tie set at once, styling them took over a second of the
 * first picture, which draws about 2,700.
 */
export class HeldElements {
	private readonly added = new Set<string>();

	/** `defs` are `buildElements(graph)` by id (`byId`), worked out already or not. */
	constructor(
		private readonly cy: Core,
		private readonly graph: TemporalGraph,
		private readonly defs: ReadonlyMap<string, ElementDefinition> = runAll(
			byId(buildElements(graph))
		)
	) {
		// What Cytoscape holds of what the data can draw, for tests and benches to read.
		cy.container()?.setAttribute('data-elements', String(this.defs.size));
	}

	/** How many elements the data can draw, and how many of them Cytoscape holds. */
	get counts() {
		return { all: this.defs.size, held: this.added.size };
	}

	/** The ids of the elements a patch speaks of. */
	idsOf(p: DisplayPatch): string[] {
		if (p.kind === 'actor') return [p.id];
		if (p.kind === 'pair') return [`p:${p.id}`];
		return tieElementIds(this.graph.tiesById.get(p.id)!);
	}

	/**
	 * Gives Cytoscape, in one call, the elements of `patches` it does not hold yet (`missing`).
	 */
	addMissing(patches: readonly DisplayPatch[], placeOf: (id: string) => { x: number; y: number }) {
		this.add(this.missing(patches, placeOf));
	}

	/**
	 * The elements of `patches` Cytoscape does not hold yet, with the nodes their lines join, each
	 * node at `placeOf` its id (hidden until patched), in stacking order, so Cytoscape's list of
	 * what it holds stays nearly sorted (elements.ts); counted as held from here on, to be given
	 * to Cytoscape with `add`, all at once or in parts, in this order.
	 */
	missing(
		patches: readonly DisplayPatch[],
		placeOf: (id: string) => { x: number; y: number }
	): ElementDefinition[] {
		return runAll(this.missingSteps(patches, placeOf));
	}

	/**
	 * `missing` as steps, pausing (`yield`) every `PER_STEP` patches and between its sorts, for a
	 * large first picture (at 50,000 ties, at once, about 0.1 s).
	 */
	*missingSteps(
		patches: readonly DisplayPatch[],
		placeOf: (id: string) => { x: number; y: number }
	): Generator<void, ElementDefinition[], void> {
		const nodes: ElementDefinition[] = [];
		const edges: ElementDefinition[] = [];
		const take = (id: string) => {
			if (this.added.has(id)) return;
			const def = this.defs.get(id);
			if (!def) return;
			this.added.add(id);
			if (def.group === 'edges') {
				take(def.data.source as string);
				take(def.data.target as string);
				edges.push(def);
			} else nodes.push({ ...def, position: { ...placeOf(id) } });
		};
		let read = 0;
		for (const p of patches) {
			if (++read % PER_STEP === 0) yield;
			for (const id of this.idsOf(p)) take(id);
		}
		yield;
		const byZ = (a: ElementDefinition, b: ElementDefinition) =>
			(a.data.z as number) - (b.data.z as number);
		nodes.sort(byZ);
		yield;
		edges.sort(byZ);
		return [...nodes, ...edges];
	}

	/** Gives Cytoscape elements from `missing`. */
	add(defs: ElementDefinition[]) {
		if (defs.length === 0) return;
		this.cy.add(defs);
		this.cy.container()?.setAttribute('data-held-elements', String(this.added.size));
	}

	/**
	 * A patch that hides an element Cytoscape does not hold changes nothing drawn: its words are
	 * kept in the element's definition, for when it is first drawn. Says whether it was so.
	 */
	keepAside(p: DisplayPatch): boolean {
		const ids = this.idsOf(p);
		if (ids.some((id) => this.added.has(id))) return false;
		for (const id of ids) {
			const data = this.defs.get(id)?.data;
			if (!data) continue;
			if (p.label !== undefined) data.label = p.label;
			if (p.title !== undefined) data.title = p.title;
		}
		return true;
	}

	/** The elements Cytoscape holds for a patch. */
	elementsOf(p: DisplayPatch) {
		if (p.kind !== 'tie') return this.cy.getElementById(this.idsOf(p)[0]);
		const els = this.cy.collection();
		for (const id of this.idsOf(p)) els.merge(this.cy.getElementById(id));
		return els;
	}
}
