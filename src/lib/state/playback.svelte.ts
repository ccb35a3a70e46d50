import { firstDay, partialDate } from '$lib/core/time/partial-date.ts';
import { lowerBound } from '$lib/core/sorted.ts';
import type { AppState } from './app-state.svelte.ts';

export const SPEEDS = [1, 2, 4, 8] as const;
export type PlayUnit = 'month' | 'year';

/** Steps per second at 1×: a month every half second walks a decade in a minute. */
const BASE_RATE = 2;

/**
 * Plays time forward one month or year per tick until the end of the data. The timer starts only
 * from a button (never on import) and stops itself at the end.
 */
export class Playback {
	readonly #app: AppState;
	#playing = $state(false);
	#speed = $state<number>(1);
	#unit = $state<PlayUnit>('month');
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #eventDays: number[];

	constructor(app: AppState) {
		this.#app = app;
		this.#eventDays = app.graph.events.map((e) => firstDay(partialDate(e.date)));
	}

	get playing() {
		return this.#playing;
	}
	get speed() {
		return this.#speed;
	}
	get unit() {
		return this.#unit;
	}

	setSpeed(speed: number) {
		this.#speed = speed;
	}
	setUnit(unit: PlayUnit) {
		this.#unit = unit;
	}

	toggle() {
		if (this.#playing) this.pause();
		else this.play();
	}

	play() {
		if (this.#app.day >= this.#app.span.end) this.#app.setDay(this.#app.span.start);
		this.#playing = true;
		this.#schedule();
	}

	pause() {
		this.#playing = false;
		clearTimeout(this.#timer);
	}

	#schedule() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#tick(), 1000 / (BASE_RATE * this.#speed));
	}

	#tick() {
		if (!this.#playing) return;
		this.#app.step(this.#unit, 1, 'continuous');
		if (this.#app.day >= this.#app.span.end) this.pause();
		else this.#schedule();
	}

	/** The first event after (1) or before (-1) the cursor, as a day. */
	eventDay(direction: 1 | -1): number | undefined {
		const days = this.#eventDays;
		const day = this.#app.day;
		if (direction === 1) {
			const i = lowerBound(days, day + 1);
			return i < days.length ? days[i] : undefined;
		}
		const i = lowerBound(days, day) - 1;
		return i >= 0 ? days[i] : undefined;
	}

	/** Goes to the next or previous event and opens it, so its title is on screen. */
	stepEvent(direction: 1 | -1) {
		const day = this.eventDay(direction);
		if (day === undefined) return;
		const first = this.#eventDays.indexOf(day);
		this.#app.setDay(day);
		this.#app.select({ type: 'event', id: this.#app.graph.events[first].id });
	}
}
