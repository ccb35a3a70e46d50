import { datasetManifest } from '$lib/core/io/manifest.ts';
import cytoscape from 'cytoscape';
import type {
	CytoscapeOptions,
	Core,
	ElementDefinition,
	SingularElementReturnValue
} from 'cytoscape';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import type { DisplayPatch } from '$lib/core/view/display.ts';
import type { Layout, Theme } from '$lib/core/view/view-spec.ts';
import { MAP_FRAME } from '$lib/core/map/projection.ts';
import { actorPlaces } from '$lib/core/visual/layout.ts';
import { buildElements, edgeBender, elementSteps, nodePositions } from './elements.ts';
import { BETWEEN_LOOKS, DIRECT_FIRST_FRAME, drawFirstFrameDirectly } from './first-frame.ts';
import { byId, drawnBy, HeldElements } from './held-elements.ts';
import type { MapLayer } from './map-layer.ts';
import { placeBadges } from './badge-places.ts';
import { inSlices, nextTask, runAll, Slices } from '$lib/core/slices.ts';
import { resizeOnlyWhenResized } from './resize-guard.ts';
import { styleInSlices } from './style-in-slices.ts';
import { stylesheet } from './stylesheet.ts';
import type { Camera, Renderer, RendererEvents } from './renderer.ts';
import { listenToPerson } from './cytoscape-events.ts';
import { framing } from './framing.ts';

/** How long the stylesheet's fade takes, and a little more before an element is hidden. */
const FADE_MS = 220;
/** How long actors take to move to another layout's places. */
const MOVE_MS = 450;
/** How many elements a large first picture gives Cytoscape at once, between looks at the clock. */
const ADD_AT_ONCE = 256;

type Leaving = { els: ReturnType<Core['collection']>; classes: string }[];
/**
 * Cytoscape behind the Renderer seam: the only code that talks to it. An element is added the
 * first time it is drawn and kept; a patch sets the classes of the few elements whose display
 * changed, in one batch.
 */
export class CytoscapeRenderer implements Renderer {
	private readonly cy: Core;
	private readonly graph: TemporalGraph;
	private readonly motion: boolean;
	/** Ties and actors drawn now; kept from the patches, so counting costs nothing per step. */
	private readonly drawnTies = new Set<string>();
	private readonly drawnActors = new Set<string>();
	/** Ties drawn inside a pair's one line, and the pairs drawn as one line. */
	private readonly inPair = new Set<string>();
	private readonly drawnPairs = new Set<string>();
	/** While the app sets the picture's selection, Cytoscape's own events are not the person's. */
	private syncing = false;
	private readonly container: HTMLElement;
	private layout: Layout = 'schematic';
	private theme: Theme = 'colour';
	/** Where the nodes are going (or are): fitting frames these, not a position mid-move. */
	private places: Map<string, { x: number; y: number }>;
	/** How far each bent line curves in the layout in view, routed as lines are first drawn. */
	private bend: (id: string) => number;
	private map: MapLayer | null = null;
	private mapLoading = false;
	/** Badges that found no free place on their line, at the last placing. */
	private crowded = 0;
	/** A placing of the badges is due at the next frame. */
	private placing = false;
	/**
	 * Until the first patches, Cytoscape's frames are held back (a batch is open from the mount):
	 * an empty frame drawn first took the first picture's place in Cytoscape's caches.
	 */
	private opening = true;
	/**
	 * A large first picture is styled and drawn in slices: not on the bench's plain page (where
	 * Cytoscape does it all in its first frame), and only with a Cytoscape whose drawing this knows.
	 */
	private sliced = false;
	/** Patches that came while the first were given to Cytoscape in slices, in turn; null after. */
	private queued: [readonly DisplayPatch[], readonly boolean[]][] | null = null;
	/** Resolved once a first frame drawn in slices is all drawn (badges are placed after it). */
	private drawnWhole = Promise.resolve();
	private wholeDrawn = () => {};
	private readonly events: RendererEvents;
	/** What Cytoscape holds of what the data can draw: each element from the first patch drawing it. */
	private readonly held: HeldElements;

	private constructor(
		cy: Core,
		graph: TemporalGraph,
		motion: boolean,
		events: RendererEvents,
		opened: {
			places: Map<string, { x: number; y: number }>;
			elements: ReadonlyMap<string, ElementDefinition>;
		}
	) {
		this.cy = cy;
		this.graph = graph;
		this.motion = motion;
		this.container = cy.container()!;
		this.events = events;
		this.places = opened.places;
		this.bend = edgeBender(graph, this.places);
		this.held = new HeldElements(cy, graph, opened.elements);
		cy.on('viewport', () => this.map?.follow(cy.zoom(), cy.pan()));
		listenToPerson(cy, events, { syncing: () => this.syncing, camera: () => this.getCamera() });
	}

	static async mount(
		container: HTMLElement,
		graph: TemporalGraph,
		events: RendererEvents,
		options: {
			webgl?: boolean;
			/** The first frame drawn as Cytoscape draws it by itself: the bench's plain page. */
			plainFirstFrame?: boolean;
		} = {}
	): Promise<CytoscapeRenderer> {
		const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		// The data's elements, built in slices as the app opens (not on the bench's plain page);
		// Cytoscape is made after, so that it draws no frame before the first patches.
		// Where the schematic layout places each node: worked out once, for both.
		const places = nodePositions(graph, 'schematic');
		const sliced = !options.webgl && !options.plainFirstFrame;
		const elements = sliced
			? await inSlices(elementsById(graph, places))
			: runAll(byId(buildElements(graph)));
		// Cytoscape is made in a task of its own, not after the elements' last slice.
		if (sliced) await nextTask();
		const cy = cytoscape({
			container,
			style: stylesheet(reduced, datasetManifest(graph.data).kinds),
			layout: { name: 'preset' },
			minZoom: 0.2,
			maxZoom: 4,
			wheelSensitivity: 0.3,
			// Shift-drag draws a selection box; plain drag pans.
			boxSelectionEnabled: true,
			selectionType: 'single',
			autoungrabify: true,
			// Cytoscape's WebGL mode, for bench/webgl.ts only: without a GPU it measured 5-8x slower.
			...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {})
		} as CytoscapeOptions);
		resizeOnlyWhenResized(cy as unknown as Parameters<typeof resizeOnlyWhenResized>[0], container);
		// A large picture's elements are styled ahead of its first frame, and the frame is drawn
		// without the caches it would only fill, both in slices (style-in-slices.ts,
		// first-frame.ts); the page says how the first frame was drawn (`data-first-frame`:
		// `drawing` until the last slice).
		const renderer = new CytoscapeRenderer(cy, graph, !reduced, events, { places, elements });
		renderer.sliced =
			sliced &&
			drawFirstFrameDirectly((cy as unknown as { renderer(): unknown }).renderer(), (how) => {
				container.setAttribute('data-first-frame', how);
				if (how !== 'drawing') renderer.wholeDrawn();
			});
		cy.startBatch();
		return renderer;
	}

	apply(patches: readonly DisplayPatch[]) {
		const draws = patches.map(drawnBy);
		this.count(patches, draws);
		if (this.opening) return void this.open(patches, draws);
		if (this.queued) return void this.queued.push([patches, draws]);
		this.applyNow(patches, draws);
	}

	private applyNow(patches: readonly DisplayPatch[], draws: readonly boolean[]) {
		if (patches.length === 0) return;
		this.held.addMissing(
			patches.filter((_, i) => draws[i]),
			(id) => this.places.get(id)!
		);
		const entering = this.cy.collection();
		const leaving: Leaving = [];
		this.cy.batch(() => {
			patches.forEach((p, i) => this.patch(p, draws[i], entering, leaving));
			entering.addClass('fading');
		});
		this.patched(patches, entering, leaving);
	}

	/** Keeps what is drawn now from the patches, at once (counting reads it). */
	private count(patches: readonly DisplayPatch[], draws: readonly boolean[]) {
		patches.forEach((p, i) => {
			const set =
				p.kind === 'tie' ? this.drawnTies : p.kind === 'pair' ? this.drawnPairs : this.drawnActors;
			if (draws[i]) set.add(p.id);
			else set.delete(p.id);
			if (p.kind === 'tie' && /\bin-pair\b/.test(p.classes)) this.inPair.add(p.id);
			else if (p.kind === 'tie') this.inPair.delete(p.id);
		});
	}

	/** Shows one patch on the elements Cytoscape holds for it (inside a batch). */
	private patch(
		p: DisplayPatch,
		drawn: boolean,
		entering: ReturnType<Core['collection']>,
		leaving: Leaving
	) {
		if (!drawn && this.held.keepAside(p)) {
			if (p.kind === 'actor') this.map?.showLeader(p.id, false);
			return;
		}
		const els = this.held.elementsOf(p);
		if (p.leave && this.motion && p.kind === 'tie') {
			// Fade out first: keep the old look with `leaving`, then take the new classes.
			els.addClass('leaving');
			leaving.push({ els, classes: p.classes });
			return;
		}
		els.forEach((el: SingularElementReturnValue) => {
			el.classes(`${el.data('base')} ${p.classes}`);
		});
		if (drawn) this.route(els);
		if (p.label !== undefined) els.data('label', p.label);
		if (p.title !== undefined) els.data('title', p.title);
		if (p.kind === 'actor') this.map?.showLeader(p.id, drawn);
		if (p.kind === 'actor') this.syncPick(els, /\bpick\b/.test(p.classes));
		if (p.enter && this.motion && p.kind === 'tie') entering.merge(els);
	}

	/** After patches: lines entering fade in, lines leaving fade out, badges find their places. */
	private patched(
		patches: readonly DisplayPatch[],
		entering: ReturnType<Core['collection']>,
		leaving: Leaving
	) {
		if (entering.nonempty()) requestAnimationFrame(() => entering.removeClass('fading'));
		// What actors and pairs are drawn, and the badges' words, decide where badges can go.
		if (patches.some((p) => p.kind !== 'tie')) this.placeBadgesSoon();
		if (leaving.length)
			setTimeout(() => {
				if (this.cy.destroyed()) return;
				this.cy.batch(() => {
					for (const { els, classes } of leaving) {
						if (!els.hasClass('leaving')) continue;
						els.forEach((el: SingularElementReturnValue) => {
							el.classes(`${el.data('base')} ${classes}`);
						});
					}
				});
			}, FADE_MS);
	}

	/**
	 * The first patches, then the frames held back since the mount are let go. Which elements
	 * they need Cytoscape to hold is found in slices when that takes long. A large first
	 * picture (`DIRECT_FIRST_FRAME` elements or more) is given to Cytoscape in slices of
	 * `SLICE_MS`, each a task of its own (at 50,000 ties, adding and patching its elements had
	 * been one task of about 0.8 s), patches that come meanwhile waiting their turn; then its
	 * elements are styled, in slices too (style-in-slices.ts), which holds the frames back till
	 * done. The page says `data-first-frame="drawing"` from the start of it.
	 */
	private async open(patches: readonly DisplayPatch[], draws: readonly boolean[]) {
		this.opening = false;
		this.queued = [];
		// Badges asked for by these patches are placed once the picture is whole.
		this.drawnWhole = new Promise((done) => (this.wholeDrawn = done));
		let slices: Slices | null = null;
		/** Whether this slice has run its time (then the page is let in). */
		const due = () => slices?.due() ?? false;
		/** Lets the page in; false if the renderer is gone after. */
		const letIn = async () => {
			await slices!.next();
			return !this.cy.destroyed();
		};
		try {
			// Which elements Cytoscape is given: in slices of their own when that takes long.
			const finding = new Slices();
			const steps = this.held.missingSteps(
				patches.filter((_, i) => draws[i]),
				(id) => this.places.get(id)!
			);
			let found = steps.next();
			for (; !found.done; found = steps.next()) {
				if (!this.sliced || !finding.due()) continue;
				this.container.setAttribute('data-first-frame', 'drawing');
				await finding.next();
				if (this.cy.destroyed()) return;
			}
			const defs = found.value;
			if (this.sliced && defs.length >= DIRECT_FIRST_FRAME) {
				slices = new Slices();
				this.container.setAttribute('data-first-frame', 'drawing');
				// The elements are added from the next task (this one found which they are).
				if (!(await letIn())) return;
			}
			for (let from = 0; from < defs.length; from += ADD_AT_ONCE) {
				this.held.add(defs.slice(from, from + ADD_AT_ONCE));
				if (due() && !(await letIn())) return;
			}
			const entering = this.cy.collection();
			const leaving: Leaving = [];
			for (let i = 0; i < patches.length; i++) {
				this.patch(patches[i], draws[i], entering, leaving);
				if (i % BETWEEN_LOOKS === 0 && due() && !(await letIn())) return;
			}
			entering.addClass('fading');
			this.patched(patches, entering, leaving);
			const queued = this.queued;
			this.queued = null;
			for (const [later, drawing] of queued) this.applyNow(later, drawing);
			// The batch's end styles every element added (at 50,000 ties about 60 ms): in a task
			// of its own, not after a slice's time of patches.
			if (slices && !(await letIn())) return;
		} finally {
			this.queued = null;
			// Before the slices' own batch opens (in this task, so no frame comes between): its
			// end would otherwise mark every element added in this one to be styled again.
			if (!this.cy.destroyed()) this.cy.endBatch();
		}
		if (this.sliced && styleInSlices(this.cy))
			this.container.setAttribute('data-first-frame', 'drawing');
		else this.wholeDrawn();
	}

	/**
	 * Places the badges once the next frame is drawn: Cytoscape measures a label's words only as
	 * it draws them, so a badge placed at once, with new words, went by the old words' box (after
	 * a jump of date, badges overlapped that opening at that date did not). Several steps before
	 * the frame place once. The app hears of a change in how many found no place.
	 */
	private placeBadgesSoon(tries = 4) {
		if (this.placing) return;
		this.placing = true;
		// Not before a first frame drawn in slices is all drawn: placing would style all the
		// elements at once, and measure labels not drawn yet.
		void this.drawnWhole.then(() =>
			requestAnimationFrame(() => {
				this.placing = false;
				if (this.cy.destroyed()) return;
				const { crowded, pending } = placeBadges(this.cy);
				// A line first drawn in this frame is measured as it is drawn: place again after it.
				if (pending > 0 && tries > 0) this.placeBadgesSoon(tries - 1);
				if (crowded === this.crowded) return;
				this.crowded = crowded;
				this.events.redrawn?.();
			})
		);
	}

	/** Gives the bent lines among `els` that have no bend yet theirs (null: not routed yet). */
	private route(els: ReturnType<Core['collection']>) {
		els.forEach((el: SingularElementReturnValue) => {
			if (el.data('bend') === null) el.data('bend', this.bend(el.id()));
		});
	}

	/** Keeps Cytoscape's own selection (what shift-click adds to) equal to the app's picks. */
	private syncPick(els: ReturnType<Core['collection']>, picked: boolean) {
		if (els.selected() === picked) return;
		this.syncing = true;
		if (picked) els.select();
		else els.unselect();
		this.syncing = false;
	}

	setLayout(layout: Layout) {
		if (layout === this.layout) return;
		this.layout = layout;
		this.places = nodePositions(this.graph, layout);
		const at = (id: string) => this.places.get(id)!;
		// Lines bend round the actors where they now sit: those drawn now at once, the others when
		// they are first drawn.
		this.bend = edgeBender(this.graph, this.places);
		this.cy.batch(() => {
			const bent = this.cy.edges('[bend]');
			bent.data('bend', null);
			this.route(bent.not('.absent'));
		});
		this.cy.nodes().stop(true, true);
		if (this.motion)
			this.cy.nodes().forEach((n) => {
				n.animate({ position: at(n.id()) }, { duration: MOVE_MS, easing: 'ease-in-out-cubic' });
			});
		else this.cy.nodes().positions((n) => at((n as SingularElementReturnValue).id()));
		// Badges find their places again once the actors are where they go.
		if (this.motion) setTimeout(() => this.placeBadgesSoon(), MOVE_MS + 20);
		else this.placeBadgesSoon();
		this.map?.show(layout === 'map');
		if (layout === 'map') void this.drawMap();
	}

	setTheme(theme: Theme) {
		if (theme === this.theme) return;
		this.theme = theme;
		this.cy.style(stylesheet(!this.motion, datasetManifest(this.graph.data).kinds, theme));
		this.map?.setTheme(theme);
		this.container.dataset.theme = theme;
	}

	/** Loads the base map on first use (its own chunk), then keeps it for the renderer's life. */
	private async drawMap() {
		if (this.map || this.mapLoading) return;
		this.mapLoading = true;
		this.container.dataset.map = 'loading';
		const [{ loadBaseMap }, { MapLayer }] = await Promise.all([
			import('$lib/core/map/base-map.ts'),
			import('./map-layer.ts')
		]);
		const paths = (await loadBaseMap())();
		if (this.cy.destroyed()) return;
		const { leaders } = actorPlaces(this.graph.data.actors, 'map');
		this.map = new MapLayer(this.container, paths, leaders);
		this.map.setTheme(this.theme);
		for (const l of leaders) this.map.showLeader(l.id, this.drawnActors.has(l.id));
		this.map.follow(this.cy.zoom(), this.cy.pan());
		this.map.show(this.layout === 'map');
		this.mapLoading = false;
		this.container.dataset.map = 'ready';
	}

	fit() {
		// Every actor of the data, drawn or not: the frame stays the same from date to date.
		const actors = this.graph.data.actors.map((a) => this.places.get(a.id)!);
		const corners =
			this.layout === 'map'
				? [
						{ x: MAP_FRAME.x + 90, y: MAP_FRAME.y + 50 },
						{ x: MAP_FRAME.x + MAP_FRAME.width - 90, y: MAP_FRAME.y + MAP_FRAME.height - 90 }
					]
				: [];
		const camera = actors.length > 0 && framing([...actors, ...corners], this.size());
		if (camera) this.setCamera(camera);
	}

	getCamera(): Camera {
		const zoom = this.cy.zoom();
		const pan = this.cy.pan();
		return {
			zoom,
			x: (this.cy.width() / 2 - pan.x) / zoom,
			y: (this.cy.height() / 2 - pan.y) / zoom
		};
	}

	setCamera(camera: Camera | null) {
		if (!camera) return this.fit();
		const zoom = Math.min(Math.max(camera.zoom, this.cy.minZoom()), this.cy.maxZoom());
		this.cy.viewport({
			zoom,
			pan: { x: this.cy.width() / 2 - camera.x * zoom, y: this.cy.height() / 2 - camera.y * zoom }
		});
	}

	resize() {
		this.cy.resize();
	}

	size() {
		return { width: this.cy.width(), height: this.cy.height() };
	}

	counts() {
		let inPair = 0;
		for (const id of this.inPair) if (this.drawnTies.has(id)) inPair++;
		const edges = this.drawnTies.size - inPair + this.drawnPairs.size;
		return {
			actors: this.drawnActors.size,
			ties: this.drawnTies.size,
			edges,
			crowded: this.crowded
		};
	}

	project(p: { x: number; y: number }) {
		const zoom = this.cy.zoom();
		const pan = this.cy.pan();
		return { x: p.x * zoom + pan.x, y: p.y * zoom + pan.y };
	}

	destroy() {
		this.map?.destroy();
		this.cy.destroy();
	}
}

/** The data's elements by id, in steps, each node at `places` (the schematic layout's). */
function* elementsById(
	graph: TemporalGraph,
	places: ReadonlyMap<string, { x: number; y: number }>
) {
	return yield* byId(yield* elementSteps(graph, 'schematic', places));
}
