import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { compareDates, type Comparison } from '$lib/core/model/compare.ts';
import { rangeSnapshot, type RangeSnapshot } from '$lib/core/model/range.ts';
import { parseTimeParams, writeTimeParams, type TimeParams } from './time-url.ts';
import type { UrlProblem } from './url.ts';

export type TimeMode = 'instant' | 'range' | 'compare';

/**
 * How time is looked at. The cursor (AppState.day) is always one end: the end of a range, or
 * date B of a comparison; `anchor` is the other end (the range's start, or date A). So every
 * way of moving the date (keys, buttons, time bar, playback) works the same in every mode.
 */
export class TimeView {
	readonly #graph: TemporalGraph;
	readonly #day: () => number;
	#mode = $state<TimeMode>('instant');
	#anchor = $state(0);
	#ghosts = $state(false);

	readonly range: RangeSnapshot | null;
	readonly comparison: Comparison | null;

	constructor(graph: TemporalGraph, day: () => number) {
		this.#graph = graph;
		this.#day = day;
		this.range = $derived(
			this.#mode === 'range' ? rangeSnapshot(this.#graph, this.#anchor, this.#day()) : null
		);
		this.comparison = $derived(
			this.#mode === 'compare' ? compareDates(this.#graph, this.#anchor, this.#day()) : null
		);
	}

	get mode() {
		return this.#mode;
	}
	get anchor() {
		return this.#anchor;
	}
	get ghosts() {
		return this.#ghosts;
	}

	/** Switches mode; a new range or comparison starts ten years before the cursor. */
	setMode(mode: TimeMode, span: { start: number }) {
		if (mode === this.#mode) return;
		if (this.#mode === 'instant') this.#anchor = Math.max(span.start, this.#day() - 3652);
		this.#mode = mode;
	}

	setAnchor(day: number) {
		this.#anchor = day;
	}

	setGhosts(on: boolean) {
		this.#ghosts = on;
	}

	/** Reads the time part of a URL; returns the cursor day it names, if any. */
	applySearch(
		search: string,
		span: { start: number; end: number }
	): { day: number | null; problems: UrlProblem[] } {
		const { params, problems } = parseTimeParams(search, span);
		this.#mode = params.mode;
		this.#ghosts = params.ghosts;
		if (params.mode !== 'instant') this.#anchor = params.anchor;
		return { day: params.mode === 'instant' ? null : params.cursor, problems };
	}

	/** Rewrites the base search (which carries `at`) for the current mode. */
	search(base: string, day: number): string {
		const params: TimeParams = {
			mode: this.#mode,
			anchor: this.#anchor,
			cursor: day,
			ghosts: this.#ghosts
		};
		return writeTimeParams(base, params);
	}
}
