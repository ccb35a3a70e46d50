import type { Confidence, Lang } from '$lib/core/schema/common.ts';
import { addMonths, addYears, dayToIso } from '$lib/core/time/partial-date.ts';
import { t, type MessageKey } from '$lib/core/i18n/messages.ts';
import {
	NO_PICKS,
	type ViewSpec,
	type ToolSpec,
	type FilterSpec,
	type CameraSpec,
	type DyadSpec,
	type Layout,
	type Theme,
	type Lens,
	type MultiplesSpec,
	type PanelsSpec,
	type PickSpec,
	type Selection,
	type TimeMode
} from '$lib/core/view/view-spec.ts';
import { followDay, type TimeWindow } from './time-window.ts';
import { ViewState, type Intent } from './view-state.svelte.ts';
import { toolPick } from './analysis.ts';
import type { TieStatus } from '$lib/core/time/lifecycle.ts';

export type StepUnit = 'day' | 'month' | 'year';
export type { Intent, Selection };

/** How long a drag along the time bar rests before the lists that follow the date catch up. */
export const DRAG_REST_MS = 150;

/** The one place for app state: what a person can do to the view, each an intent-named method. */
export class AppState extends ViewState {
	#status = $state('');
	#dragging = $state(false);
	#dragRest: ReturnType<typeof setTimeout> | undefined;
	#pickError = $state('');
	#toolMessage = $state('');

	get status() {
		return this.#status;
	}
	get pickError() {
		return this.#pickError;
	}
	/** Why the last tool run lit nothing (no path, an actor absent), in the person's language. */
	get toolMessage() {
		return this.#toolMessage;
	}

	t = (key: MessageKey, vars?: Record<string, string | number>) => t(this.lang, key, vars);

	/** The header's subtitle: the dataset's own title, graph-data's theme, or what it holds. */
	get subtitle(): string {
		const m = this.manifest;
		if (m.title) return m.title[this.lang];
		if (m.profile === 'strict') return this.t('appSubtitle');
		return this.t('datasetCounts', { actors: m.counts.actors, ties: m.counts.ties });
	}

	protected override onLoad() {
		this.#pickError = '';
		this.#toolMessage = '';
	}

	/** A link that names a tool but not its pick (written by hand) still lights the result. */
	protected override completeLoaded(spec: ViewSpec): ViewSpec {
		const empty = spec.picks.actors.length === 0 && !spec.picks.ties?.length;
		if (!spec.tool || !empty) return spec;
		const { picks } = toolPick(this.graph, spec.tool, spec.lang);
		return picks ? { ...spec, picks } : spec;
	}

	// ——— time ———

	/**
	 * A drag along the time bar is moving the date now. The tie table and the events near the date
	 * wait while it does (their rows churned on every move, more than the picture cost): they catch
	 * up when the drag rests for DRAG_REST_MS or ends. The picture and the date follow every move.
	 */
	get dragging() {
		return this.#dragging;
	}

	/** The time bar moved the date by a drag (true), or the drag ended (false). */
	dragDate(moving: boolean) {
		clearTimeout(this.#dragRest);
		this.#dragging = moving;
		if (moving) this.#dragRest = setTimeout(() => (this.#dragging = false), DRAG_REST_MS);
	}

	setDay(day: number, intent: Intent = 'deliberate') {
		const clamped = Math.min(Math.max(Math.round(day), this.span.start), this.span.end);
		if (clamped === this.day) return;
		const win = this.spec.timeBar ? followDay(this.timeWindow, clamped, this.span) : null;
		this.update(
			{
				time: { ...this.spec.time, at: dayToIso(clamped) },
				...(win && win !== this.timeWindow
					? { timeBar: { from: dayToIso(win.from), to: dayToIso(win.to) } }
					: {})
			},
			intent
		);
	}

	step(unit: StepUnit, direction: 1 | -1, intent: Intent = 'deliberate') {
		const d = this.day;
		const next =
			unit === 'day'
				? d + direction
				: unit === 'month'
					? addMonths(d, direction)
					: addYears(d, direction);
		this.setDay(next, intent);
	}

	/** Switches mode; a new range or comparison starts ten years before the cursor. */
	setMode(mode: TimeMode) {
		if (mode === this.mode) return;
		const at = this.spec.time.at;
		const anchor =
			this.mode === 'instant'
				? dayToIso(Math.max(this.span.start, this.day - 3652))
				: this.spec.time.anchor;
		this.update({ time: mode === 'instant' ? { mode, at } : { mode, at, anchor } });
	}

	setAnchor(day: number, intent: Intent = 'deliberate') {
		if (this.mode === 'instant') return;
		const clamped = Math.min(Math.max(Math.round(day), this.span.start), this.span.end);
		this.update({ time: { ...this.spec.time, anchor: dayToIso(clamped) } }, intent);
	}

	setGhosts(on: boolean) {
		this.update({ ghosts: on });
	}

	/** Draws diplomatic relations and memberships in full, or faintly behind the rest. */
	setContextFull(full: boolean) {
		this.update({ context: full ? 'full' : 'quiet' });
	}

	/** Keeps actors with no tie drawn in the picture, or lets them leave it. */
	setKeepIsolated(keep: boolean) {
		this.update({ isolated: keep ? 'show' : 'hide' });
	}

	/** Draws each tie as its own line, or the ties between two actors as one line per pair. */
	setEveryTie(every: boolean) {
		this.update({ pairs: every ? 'all' : 'one', expanded: [] });
	}

	/** Draws one pair's ties one by one, or folds them back into one line. */
	setPairOpen(key: string, open: boolean) {
		const rest = this.spec.expanded.filter((k) => k !== key);
		this.update({ expanded: open ? [...rest, key] : rest });
	}

	setWindow(win: TimeWindow | null) {
		const full = !win || (win.from <= this.span.start && win.to >= this.span.end);
		this.update(
			{ timeBar: full ? null : { from: dayToIso(win.from), to: dayToIso(win.to) } },
			'continuous'
		);
	}

	// ——— filter ———

	toggleKind(kind: string) {
		const hidden = this.filter.hiddenKinds;
		const hiddenKinds = hidden.includes(kind)
			? hidden.filter((k) => k !== kind)
			: [...hidden, kind];
		this.update({ filter: { ...this.filter, hiddenKinds } });
	}

	setMinConfidence(minConfidence: Confidence) {
		this.update({ filter: { ...this.filter, minConfidence } });
	}

	/** Shows one kind alone; asked again of the kind shown alone, shows every kind. */
	onlyKind(kind: string, all: readonly string[]) {
		const others = all.filter((k) => k !== kind);
		const alone = others.every((k) => this.filter.hiddenKinds.includes(k));
		const hiddenKinds = alone && !this.filter.hiddenKinds.includes(kind) ? [] : others;
		this.update({ filter: { ...this.filter, hiddenKinds } });
	}

	showAllKinds() {
		this.update({ filter: { ...this.filter, hiddenKinds: [] } });
	}

	toggleStatus(status: TieStatus) {
		const hidden = this.filter.hiddenStatuses ?? [];
		const next = hidden.includes(status) ? hidden.filter((s) => s !== status) : [...hidden, status];
		// No status hidden is no field, as a fresh view has it.
		const filter: FilterSpec = { ...this.filter, hiddenStatuses: next };
		if (next.length === 0) delete filter.hiddenStatuses;
		this.update({ filter });
	}

	/** Takes an actor (and its ties) out of the view, or puts it back. */
	toggleActor(id: string) {
		const hidden = this.filter.hiddenActors;
		const hiddenActors = hidden.includes(id) ? hidden.filter((a) => a !== id) : [...hidden, id];
		this.update({ filter: { ...this.filter, hiddenActors } });
	}

	// ——— selection, picks, language, panels, camera ———

	select(selection: Selection) {
		const cur = this.selection;
		if (cur?.id === selection?.id && cur?.type === selection?.type) return;
		this.update({ selection });
	}

	setPicks(picks: PickSpec, error = '') {
		this.#pickError = error;
		this.update({ picks });
	}

	/** From the picture: what the person clicked or boxed. */
	pickFromGraph(actors: string[]) {
		const same =
			actors.length === this.picks.actors.length &&
			actors.every((a) => this.picks.actors.includes(a));
		if (same && this.picks.how === 'manual' && !this.picks.ties) return;
		this.setPicks({ how: 'manual', actors, ties: null });
	}

	clearPicks() {
		this.setPicks(NO_PICKS);
	}

	// ——— analysis ———

	/**
	 * Runs a tool (its parameters checked by the panel) and keeps it in the view: a neighbourhood
	 * or paths light their result as the pick, replacing the old one, in the same history entry.
	 */
	runTool(tool: ToolSpec) {
		const made = this.picks.how === 'neighbourhood' || this.picks.how === 'path';
		const { picks, message } = toolPick(this.graph, tool, this.lang);
		this.#pickError = '';
		this.#toolMessage = message;
		// A tool that lights nothing (measures) takes away what the tool before it lit.
		this.update({ tool, ...(picks ? { picks } : made && { picks: NO_PICKS }) });
	}

	/** Closes the result; a pick the tool made goes with it. */
	clearTool() {
		const made = this.picks.how === 'neighbourhood' || this.picks.how === 'path';
		this.#pickError = '';
		this.#toolMessage = '';
		this.update({ tool: undefined, ...(made && { picks: NO_PICKS }) });
	}

	pickFailed(message: string) {
		this.#pickError = message;
	}

	setLang(lang: Lang) {
		this.update({ lang });
	}

	togglePanel(name: keyof PanelsSpec) {
		this.update({ panels: { ...this.panels, [name]: !this.panels[name] } });
	}

	/** The person moved the camera in the picture. */
	setCamera(camera: CameraSpec) {
		this.update({ camera }, 'continuous');
	}

	/** Frames everything again. */
	fitCamera() {
		this.update({ camera: null });
		this.renderer?.setCamera(null);
	}

	/** Shows a whole view at once (a scene of a story); the language stays the person's. */
	showView(spec: ViewSpec, intent: Intent = 'deliberate') {
		this.update({ ...spec, lang: this.lang }, intent);
	}

	/** Where the camera is now, as drawn (a fitted view has no camera in the spec). */
	drawnCamera(): CameraSpec {
		return this.renderer?.getCamera() ?? null;
	}

	/** Switches between the schematic arrangement and the map, framing the new one whole. */
	setLayout(layout: Layout) {
		if (layout !== this.spec.layout) this.update({ layout, camera: null });
	}

	/** Colours the picture for the screen, greyscale or print; the camera stays. */
	setTheme(theme: Theme) {
		if (theme !== this.spec.theme) this.update({ theme });
	}

	setStatus(message: string) {
		this.#status = message;
	}

	// ——— lenses: the dyad timeline and the matrix ———

	setLens(lens: Lens) {
		if (lens !== this.spec.lens) this.update({ lens });
	}

	/** Opens the timeline of two actors (b = `*`: one actor and all others). */
	openDyad(dyad: Exclude<DyadSpec, null>) {
		this.update({ lens: 'dyad', dyad });
	}

	setMultiples(multiples: MultiplesSpec) {
		this.update({ multiples });
	}

	/** From the matrix: picks the ties of a cell and reads the first. */
	pickCell(row: string, col: string, ties: string[]) {
		this.setPicks({ how: 'manual', actors: [row, col], ties: ties.length ? ties : null });
		this.select(ties.length ? { type: 'tie', id: ties[0] } : { type: 'actor', id: col });
	}
}
