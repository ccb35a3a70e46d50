import type { Lang } from '$lib/core/schema/common.ts';
import { TemporalGraph, type SnapshotDiff } from '$lib/core/model/temporal-graph.ts';
import type { Dataset } from '$lib/core/io/dataset.ts';
import { datasetManifest, type DatasetManifest } from '$lib/core/io/manifest.ts';
import { dayToIso, isoToDay } from '$lib/core/time/partial-date.ts';
import {
	defaultSpec,
	keepUnchanged,
	type PanelsSpec,
	type PickSpec,
	type Selection,
	type TimeMode,
	type ViewSpec
} from '$lib/core/view/view-spec.ts';
import { ViewModel, type ViewDelta } from '$lib/core/view/view-model.ts';
import { DisplayState, type DisplayContext, type DisplayPatch } from '$lib/core/view/display.ts';
import { runInSlices, Slices } from '$lib/core/slices.ts';
import { decodeViewSpec } from '$lib/core/view/url-decode.ts';
import { encodeViewSpec } from '$lib/core/view/url-encode.ts';
import { barSpan, openingDay, type TimeWindow } from './time-window.ts';
import { takeViewAhead } from './view-ahead.ts';
import { noticeText } from './url-notices.ts';
import type { Renderer } from '$lib/render/renderer.ts';

/**
 * Why the view changed, for history: a deliberate act (a date typed, a mode switched, a pick)
 * makes a new entry; scrubbing, playback and camera moves replace the current one; a view read
 * from the URL writes nothing.
 */
export type Intent = 'deliberate' | 'continuous' | 'load';

const ALL: ViewDelta = { all: true, ties: [], actors: [] };

/**
 * The view half of the app state: one ViewSpec, the one derived view kept from it, the link to
 * the renderer, and the URL codec. AppState adds what a person can do.
 */
export class ViewState {
	readonly graph: TemporalGraph;
	/** What the dataset is: its kinds, span, tools' defaults and title, computed from its data. */
	readonly manifest: DatasetManifest;
	readonly span: { start: number; end: number };
	readonly defaultDay: number;
	/** The last day the data speaks of (not later than today): where a fresh visit opens. */
	readonly dataEnd: number;

	#spec = $state.raw<ViewSpec>(defaultSpec('2000-01-01'));
	readonly #vm: ViewModel;
	/** A new value whenever the view changes: what components depend on. */
	#frame = $state.raw<{ version: number; diff: SnapshotDiff | null }>({ version: 0, diff: null });
	#notices = $state.raw<string[]>([]);
	#intent: Intent = 'load';
	#pendingPush = false;
	protected renderer: Renderer | null = null;
	#linked = $state(false);
	#display = new DisplayState();
	/** While the first display of a picture is worked out in slices; `again` if the view changed. */
	#opening: { again: boolean } | null = null;
	#drawn = $state({ actors: 0, ties: 0, edges: 0, crowded: 0 });
	#pairsDrawn = $state('');
	#pairs: { mode: ViewSpec['pairs']; expanded: readonly string[] } = { mode: 'one', expanded: [] };
	#win: { key: ViewSpec['timeBar'] | undefined; value: TimeWindow } = {
		key: undefined,
		value: { from: 0, to: 0 }
	};

	constructor(data: Dataset, today: number) {
		this.graph = TemporalGraph.of(data);
		this.manifest = datasetManifest(data);
		const dated = this.manifest.span;
		this.span = barSpan(dated, today);
		this.dataEnd = openingDay(dated, today);
		this.defaultDay = this.dataEnd;
		this.#spec = defaultSpec(dayToIso(this.defaultDay));
		this.#vm = takeViewAhead(this.graph, this.#spec) ?? new ViewModel(this.graph, this.#spec);
	}

	/**
	 * Each field on its own, so what reads one field is not redrawn when another changes (a date
	 * step must not re-render every translated word). Fields keep their identity until they change.
	 */
	readonly #mode = $derived(this.#spec.time.mode);
	readonly #ghosts = $derived(this.#spec.ghosts);
	readonly #filter = $derived(this.#spec.filter);
	readonly #picks = $derived(this.#spec.picks);
	readonly #lang = $derived(this.#spec.lang);
	readonly #selection = $derived(this.#spec.selection);
	readonly #panels = $derived(this.#spec.panels);
	readonly #camera = $derived(this.#spec.camera);
	readonly #tool = $derived(this.#spec.tool);
	readonly #lens = $derived(this.#spec.lens);
	readonly #dyad = $derived(this.#spec.dyad);
	readonly #multiples = $derived(this.#spec.multiples);
	readonly #layout = $derived(this.#spec.layout);
	readonly #theme = $derived(this.#spec.theme);
	/** What makes the view now. */
	get spec(): ViewSpec {
		return this.#spec;
	}
	/** The derived view. Read it through `app.view` each time: it is updated in place. */
	get view(): ViewModel {
		void this.#frame;
		return this.#vm;
	}
	/** The last date step's changes (null after a jump or a change of mode). */
	get lastDiff(): SnapshotDiff | null {
		return this.#frame.diff;
	}
	get day() {
		void this.#frame;
		return this.#vm.cursor;
	}
	get mode(): TimeMode {
		return this.#mode;
	}
	/** A range's start or date A; the cursor itself in the instant mode. */
	get anchor() {
		void this.#frame;
		return this.#vm.anchor;
	}
	get ghosts() {
		return this.#ghosts;
	}
	get filter() {
		return this.#filter;
	}
	get picks(): PickSpec {
		return this.#picks;
	}
	get lang(): Lang {
		return this.#lang;
	}
	get selection(): Selection {
		return this.#selection;
	}
	get panels(): PanelsSpec {
		return this.#panels;
	}
	get camera() {
		return this.#camera;
	}
	/** The analysis tool whose result the view shows, if any. */
	get tool() {
		return this.#tool;
	}
	/** What the main area shows: the graph, a dyad timeline or the matrix. */
	get lens() {
		return this.#lens;
	}
	get dyad() {
		return this.#dyad;
	}
	get multiples() {
		return this.#multiples;
	}
	/** Where the actors sit: the schematic arrangement or the map. */
	get layout() {
		return this.#layout;
	}
	/** How the picture is coloured: colour, greyscale or print. */
	get theme() {
		return this.#theme;
	}
	get notices() {
		return this.#notices;
	}
	/** The pairs drawn as one line, with their badges (`PRK~RUS ×12;JPN~USA ×14`). */
	get pairsDrawn() {
		return this.#pairsDrawn;
	}
	/** What the renderer draws now, as it counts it. */
	get drawn() {
		return this.#drawn;
	}
	/** The time bar's stretch of days: the view's window, or the whole span. */
	get timeWindow(): TimeWindow {
		const w = this.#spec.timeBar;
		// The same object while the window stays, so the time bar redraws only when it moves.
		if (this.#win.key !== w)
			this.#win = {
				key: w,
				value: w
					? { from: isoToDay(w.from)!, to: isoToDay(w.to)! }
					: { from: this.span.start, to: this.span.end }
			};
		return this.#win.value;
	}
	get search(): string {
		return encodeViewSpec(this.#spec);
	}

	/** Whether the last change asked for a new history entry; asking clears it. */
	takePush(): boolean {
		const push = this.#pendingPush;
		this.#pendingPush = false;
		return push;
	}
	get intent(): Intent {
		return this.#intent;
	}

	/** Applies a new spec: updates the derived view by the least work the change needs. */
	protected commit(next: ViewSpec, intent: Intent) {
		const prev = this.#spec;
		if (next === prev) return;
		this.#spec = next;
		this.#intent = intent;
		if (intent === 'deliberate') this.#pendingPush = true;
		let delta: ViewDelta | null = null;
		let diff: SnapshotDiff | null = null;
		if (next.time !== prev.time) {
			const stepOnly = next.time.mode === 'instant' && prev.time.mode === 'instant';
			if (stepOnly) ({ delta, diff } = this.#vm.step(isoToDay(next.time.at)!));
			else delta = this.#vm.rebuild(next);
		}
		if (next.filter !== prev.filter) delta = this.#vm.setFilter(next.filter);
		if (next.picks !== prev.picks) delta = this.#vm.setPicks(next.picks);
		if (next.layout !== prev.layout && this.renderer) {
			this.renderer.setLayout?.(next.layout);
			this.renderer.setCamera(next.camera);
		}
		if (next.theme !== prev.theme) this.renderer?.setTheme?.(next.theme);
		const looks =
			next.lang !== prev.lang ||
			next.ghosts !== prev.ghosts ||
			next.context !== prev.context ||
			next.isolated !== prev.isolated ||
			next.pairs !== prev.pairs ||
			next.expanded !== prev.expanded ||
			next.selection !== prev.selection;
		if (delta || looks) {
			this.#frame = { version: this.#vm.version, diff };
			this.redraw(delta ?? { all: false, ties: [], actors: [] });
		}
	}

	protected update(patch: Partial<ViewSpec>, intent: Intent = 'deliberate') {
		this.commit({ ...this.#spec, ...patch }, intent);
	}

	private redraw(delta: ViewDelta) {
		const r = this.renderer;
		if (!r) return;
		// The first display is still being worked out: it is worked out again, whole, after it.
		if (this.#opening) return void (this.#opening.again = true);
		this.show(r, this.#display.update(this.#vm, delta, this.displayContext()));
	}

	private displayContext(): DisplayContext {
		const { lang, ghosts, selection, context, isolated, pairs, expanded } = this.#spec;
		// The same object while the pairs' fields stay, so the display redraws all only on a change.
		if (this.#pairs.mode !== pairs || this.#pairs.expanded !== expanded)
			this.#pairs = { mode: pairs, expanded };
		return {
			lang,
			ghosts,
			selection,
			contextFull: context === 'full',
			keepIsolated: isolated === 'show',
			pairs: this.#pairs
		};
	}

	private show(r: Renderer, patches: DisplayPatch[]) {
		r.apply(patches);
		const drawnPairs = this.#display.pairsDrawn().join(';');
		if (drawnPairs !== this.#pairsDrawn) this.#pairsDrawn = drawnPairs;
		this.recount();
	}

	/** Takes the picture's counts again (the renderer said it changed on its own). */
	recount() {
		const r = this.renderer;
		if (!r) return;
		const counts = r.counts();
		if (
			counts.ties !== this.#drawn.ties ||
			counts.actors !== this.#drawn.actors ||
			counts.edges !== this.#drawn.edges ||
			(counts.crowded ?? 0) !== this.#drawn.crowded
		)
			this.#drawn = { ...counts, crowded: counts.crowded ?? 0 };
	}

	/** Links the picture to the state: it is drawn from here on, and told every change. */
	link(renderer: Renderer) {
		this.renderer = renderer;
		this.#linked = true;
		this.#display = new DisplayState();
		renderer.setLayout?.(this.#spec.layout);
		renderer.setTheme?.(this.#spec.theme);
		// The first display is worked out in slices (at 50,000 ties, at once it took 0.2 s), and
		// given to the picture at once when it fits in the first; a change made meanwhile
		// waits, then the display is worked out again.
		const opening = (this.#opening = { again: false });
		runInSlices(
			this.#display.steps(this.#vm, ALL, this.displayContext()),
			new Slices(),
			(patches) => {
				if (this.#opening !== opening || this.renderer !== renderer) return;
				this.#opening = null;
				this.show(renderer, patches);
				if (opening.again) this.redraw(ALL);
			}
		);
		renderer.setCamera(this.#spec.camera);
	}

	unlink(renderer: Renderer) {
		if (this.renderer !== renderer) return;
		this.renderer = null;
		this.#opening = null;
		this.#linked = false;
	}

	/** Whether a picture is linked (and so can be saved). */
	get linked() {
		return this.#linked;
	}

	/** The picture's size on screen in CSS pixels; null while none is linked. */
	pictureSize(): { width: number; height: number } | null {
		return this.renderer?.size() ?? null;
	}

	private kindOf = (id: string): 'actor' | 'tie' | 'event' | null =>
		this.graph.actorsById.has(id)
			? 'actor'
			: this.graph.tiesById.has(id)
				? 'tie'
				: this.graph.eventsById.has(id)
					? 'event'
					: null;

	/** Shows the view a link describes; what it cannot use falls back, with a visible notice. */
	applySearch(search: string) {
		const defaults = defaultSpec(dayToIso(this.defaultDay));
		const decoded = decodeViewSpec(search, {
			defaults,
			span: this.span,
			kindOf: this.kindOf,
			kinds: this.manifest.kinds.map((k) => k.kind)
		});
		const { problems } = decoded;
		const before = this.#spec;
		const spec = keepUnchanged(before, this.completeLoaded(decoded.spec));
		this.#spec = spec;
		this.#intent = 'load';
		this.#pendingPush = false;
		this.onLoad();
		// The view is worked out again only if the link changes what it holds (a page opened
		// with no link, or Back to a view of the same date, keeps the one worked out already).
		const changed =
			spec.time !== before.time || spec.filter !== before.filter || spec.picks !== before.picks;
		if (changed) this.#vm.rebuild(spec);
		if (changed || this.#frame.diff) this.#frame = { version: this.#vm.version, diff: null };
		this.renderer?.setLayout?.(spec.layout);
		this.renderer?.setTheme?.(spec.theme);
		this.redraw(ALL);
		this.renderer?.setCamera(spec.camera);
		this.#notices = problems.map((p) => noticeText(p, spec.lang, this.span));
	}

	/** Called when a whole view is read from a link (subclasses reset what belongs to the old one). */
	protected onLoad() {}

	/** Fills in what a link implies but does not write (a tool's pick); the spec as is by default. */
	protected completeLoaded(spec: ViewSpec): ViewSpec {
		return spec;
	}

	dismissNotice(index: number) {
		this.#notices = this.#notices.filter((_, i) => i !== index);
	}
}
