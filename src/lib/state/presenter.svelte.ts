import type { Story } from '$lib/core/schema/story.ts';
import { dayToIso, isoToDay } from '$lib/core/time/partial-date.ts';
import { sceneViewSpec } from '$lib/core/view/scene-view.ts';
import type { CameraSpec, ViewSpec } from '$lib/core/view/view-spec.ts';
import type { AppState } from './app-state.svelte.ts';

/** The clock and frames the presenter moves by (the browser's, or a test's). */
export interface PresenterClock {
	frame(callback: (now: number) => void): number;
	cancelFrame(id: number): void;
	later(callback: () => void, ms: number): number;
	cancelLater(id: number): void;
	/** Whether the person asked for less motion: then every change is instant. */
	reducedMotion(): boolean;
}

/** A transition's length: long enough to see ties appear and end in order, short enough to keep pace. */
export function transitionMs(days: number): number {
	return Math.round(Math.min(2500, 1000 + (Math.abs(days) / 365) * 60));
}

const ease = (p: number) => (p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2);

function lerpCamera(a: NonNullable<CameraSpec>, b: NonNullable<CameraSpec>, p: number) {
	return {
		zoom: a.zoom + (b.zoom - a.zoom) * p,
		x: a.x + (b.x - a.x) * p,
		y: a.y + (b.y - a.y) * p
	};
}

/**
 * Steps through a story's scenes on the app's view. A step moves the date from one scene's date
 * to the next through every day between (so ties appear and end in order, as playback shows
 * them) and the camera with it; under reduced motion it jumps.
 */
export class Presenter {
	readonly story: Story;
	readonly #app: AppState;
	readonly #clock: PresenterClock;
	#index = $state(-1);
	#moving = $state(false);
	#autoplay = $state<number | null>(null);
	#frameId: number | undefined;
	#laterId: number | undefined;

	constructor(app: AppState, story: Story, clock: PresenterClock) {
		this.#app = app;
		this.story = story;
		this.#clock = clock;
	}

	get index() {
		return this.#index;
	}
	get count() {
		return this.story.scenes.length;
	}
	get scene() {
		return this.story.scenes[Math.max(0, this.#index)];
	}
	/** The scene after this one, for the speaker's notes. */
	get nextScene() {
		return this.story.scenes[this.#index + 1] ?? null;
	}
	/** Whether a transition is running. */
	get moving() {
		return this.#moving;
	}
	get autoplay() {
		return this.#autoplay;
	}

	/** The full view a scene opens: its view, with its highlighted ties drawn out as the pick. */
	specOf(index: number): ViewSpec {
		const scene = this.story.scenes[index];
		const graph = this.#app.graph;
		const { spec } = sceneViewSpec(scene.view, {
			span: this.#app.span,
			kindOf: (id) =>
				graph.actorsById.has(id)
					? 'actor'
					: graph.tiesById.has(id)
						? 'tie'
						: graph.eventsById.has(id)
							? 'event'
							: null
		});
		const highlight = (scene.highlight ?? []).filter((id) => graph.tiesById.has(id));
		const picked = spec.picks.actors.length > 0 || (spec.picks.ties?.length ?? 0) > 0;
		// The highlighted ties are drawn out as a pick, with their parties, so names stay legible.
		const parties = highlight
			.flatMap((id) => graph.tiesById.get(id)!.parties)
			.filter((a, i, all) => all.indexOf(a) === i);
		if (!picked && highlight.length)
			spec.picks = { how: 'manual', actors: parties, ties: highlight };
		return spec;
	}

	/** Shows scene `index` (from 0); `animate` false jumps (the first scene, a link). */
	go(index: number, animate = true) {
		const i = Math.min(Math.max(Math.round(index), 0), this.count - 1);
		if (i === this.#index && !this.#moving) return;
		this.#stop();
		this.#index = i;
		const target = this.specOf(i);
		const app = this.#app;
		const from = app.day;
		const to = isoToDay(target.time.at)!;
		if (!animate || this.#clock.reducedMotion() || from === to) return this.#arrive(target);
		const camFrom = app.drawnCamera();
		const camTo = target.camera;
		app.showView(
			{ ...target, time: { mode: 'instant', at: dayToIso(from) }, camera: camFrom },
			'continuous'
		);
		const ms = transitionMs(to - from);
		this.#moving = true;
		let start: number | null = null;
		const tick = (now: number) => {
			start ??= now;
			const p = Math.min(1, (now - start) / ms);
			const e = ease(p);
			app.setDay(from + (to - from) * e, 'continuous');
			if (camFrom && camTo) app.setCamera(lerpCamera(camFrom, camTo, e));
			if (p < 1) this.#frameId = this.#clock.frame(tick);
			else this.#arrive(target);
		};
		this.#frameId = this.#clock.frame(tick);
	}

	#arrive(target: ViewSpec) {
		this.#frameId = undefined;
		this.#moving = false;
		this.#app.showView(target, 'continuous');
		this.#scheduleAutoplay();
	}

	#stop() {
		if (this.#frameId !== undefined) this.#clock.cancelFrame(this.#frameId);
		if (this.#laterId !== undefined) this.#clock.cancelLater(this.#laterId);
		this.#frameId = this.#laterId = undefined;
	}

	next() {
		this.go(this.#index + 1);
	}
	previous() {
		this.go(this.#index - 1);
	}
	first() {
		this.go(0);
	}
	last() {
		this.go(this.count - 1);
	}

	/** Advances every `seconds` once a scene has arrived, and stops at the last scene; null stops. */
	setAutoplay(seconds: number | null) {
		this.#autoplay = seconds;
		if (this.#laterId !== undefined) this.#clock.cancelLater(this.#laterId);
		this.#laterId = undefined;
		if (!this.#moving) this.#scheduleAutoplay();
	}

	#scheduleAutoplay() {
		const seconds = this.#autoplay;
		if (seconds === null) return;
		if (this.#index >= this.count - 1) {
			this.#autoplay = null;
			return;
		}
		this.#laterId = this.#clock.later(() => {
			this.#laterId = undefined;
			this.next();
		}, seconds * 1000);
	}

	/** Stops every timer (the presenter is closing). */
	destroy() {
		this.#autoplay = null;
		this.#stop();
	}
}
