import type { Lang } from '$lib/core/schema/common.ts';
import { TemporalGraph, type Snapshot, type SnapshotDiff } from '$lib/core/model/temporal-graph.ts';
import type { Dataset } from '$lib/core/io/dataset.ts';
import { addMonths, addYears } from '$lib/core/time/partial-date.ts';
import { t, type MessageKey } from '$lib/core/i18n/messages.ts';
import { parseViewParams, viewSearch, type UrlProblem } from './url.ts';
import { Picks } from './selection.svelte.ts';
import {
	NO_FILTER,
	parseFilterSearch,
	withFilter,
	type TieFilter
} from '$lib/core/filters/tie-filter.ts';
import type { Confidence } from '$lib/core/schema/common.ts';
import type { TieKind } from '$lib/core/schema/tie.ts';
import { TimeView } from './time-view.svelte.ts';

export type StepUnit = 'day' | 'month' | 'year';
export type Selection = { type: 'actor' | 'tie' | 'event'; id: string } | null;

/** The one place for app state. Methods are short and call the pure core. */
export class AppState {
	readonly graph: TemporalGraph;
	readonly span: { start: number; end: number };
	readonly defaultDay: number;
	/** Actors and ties picked for export and study. */
	readonly picks: Picks;
	/** Instant, range or comparison; ghosts. */
	readonly time: TimeView;

	#day = $state(0);
	#lang = $state<Lang>('en');
	#selection = $state.raw<Selection>(null);
	#notices = $state.raw<string[]>([]);
	#status = $state('');
	/** The last date step, for views that update in place. */
	#lastDiff = $state.raw<SnapshotDiff | null>(null);
	/** Which ties are shown: kinds switched off in the legend, and the least confidence. */
	#filter = $state.raw<TieFilter>(NO_FILTER);

	get filter() {
		return this.#filter;
	}

	toggleKind(kind: TieKind) {
		const hidden = this.#filter.hiddenKinds;
		this.#filter = {
			...this.#filter,
			hiddenKinds: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind]
		};
	}

	setMinConfidence(minConfidence: Confidence) {
		this.#filter = { ...this.#filter, minConfidence };
	}

	/** Which panels around the graph are open; closing them gives the graph the room. */
	panels = $state({ side: true, details: true, table: true });

	togglePanel(name: 'side' | 'details' | 'table') {
		this.panels[name] = !this.panels[name];
	}

	/** Set by the graph component once Cytoscape is up: how the picture is saved. */
	pictureExporter = $state.raw<
		(() => Promise<{ file: string; width: number; height: number }>) | null
	>(null);

	readonly snapshot: Snapshot = $derived(this.graphAt(this.#day));

	constructor(data: Dataset, today: number) {
		this.graph = new TemporalGraph(data);
		const span = this.graph.span();
		// Open-ended ties run to the present, so the time bar does too.
		this.span = { start: span.start, end: Math.max(span.end, today) };
		this.defaultDay = Math.min(today, this.span.end);
		this.#day = this.defaultDay;
		this.picks = new Picks(this.graph, () => this.#day);
		this.time = new TimeView(this.graph, () => this.#day);
	}

	private graphAt(day: number): Snapshot {
		return this.graph.at(day);
	}

	get day() {
		return this.#day;
	}
	get lang() {
		return this.#lang;
	}
	get selection() {
		return this.#selection;
	}
	get notices() {
		return this.#notices;
	}
	get status() {
		return this.#status;
	}
	get lastDiff() {
		return this.#lastDiff;
	}

	t = (key: MessageKey, vars?: Record<string, string | number>) => t(this.#lang, key, vars);

	setDay(day: number) {
		const clamped = Math.min(Math.max(Math.round(day), this.span.start), this.span.end);
		if (clamped === this.#day) return;
		this.#lastDiff = this.graph.diff(this.#day, clamped);
		this.#day = clamped;
	}

	step(unit: StepUnit, direction: 1 | -1) {
		if (unit === 'day') this.setDay(this.#day + direction);
		else if (unit === 'month') this.setDay(addMonths(this.#day, direction));
		else this.setDay(addYears(this.#day, direction));
	}

	setLang(lang: Lang) {
		this.#lang = lang;
	}

	select(selection: Selection) {
		this.#selection = selection;
	}

	setStatus(message: string) {
		this.#status = message;
	}

	dismissNotice(index: number) {
		this.#notices = this.#notices.filter((_, i) => i !== index);
	}

	private kindOf(id: string): Selection {
		if (this.graph.actorsById.has(id)) return { type: 'actor', id };
		if (this.graph.tiesById.has(id)) return { type: 'tie', id };
		if (this.graph.eventsById.has(id)) return { type: 'event', id };
		return null;
	}

	/** Applies a URL's search string; malformed values fall back and leave a visible notice. */
	applySearch(search: string) {
		const { view, problems } = parseViewParams(
			search,
			{ day: this.defaultDay, lang: 'en', selected: null },
			this.span,
			(id) => this.kindOf(id) !== null
		);
		const time = this.time.applySearch(search, this.span);
		problems.push(...time.problems);
		const filter = parseFilterSearch(search);
		this.#filter = filter.filter;
		problems.push(...filter.problems.map((p) => ({ ...p, fallback: '—' })));
		this.#lastDiff = null;
		this.#day = time.day ?? view.day;
		this.#lang = view.lang;
		this.#selection = view.selected ? this.kindOf(view.selected) : null;
		this.#notices = problems.map((p: UrlProblem) => this.t('urlNotice', { ...p }));
	}

	get search(): string {
		const base = viewSearch({
			day: this.#day,
			lang: this.#lang,
			selected: this.#selection?.id ?? null
		});
		return withFilter(this.time.search(base, this.#day), this.#filter);
	}
}
