import type { DisplayPatch } from '$lib/core/view/display.ts';
import type { CameraSpec, Layout, Theme } from '$lib/core/view/view-spec.ts';

export type Camera = NonNullable<CameraSpec>;

/** What a renderer tells the app: a person clicked, picked or moved the camera. */
export interface RendererEvents {
	select(selection: { type: 'actor' | 'tie' | 'pair'; id: string } | null): void;
	/**
	 * A click landed where several lines pass within a few pixels: offer them (the one clicked
	 * first) at that point of the picture, in CSS pixels from its top left.
	 */
	choose?(at: { x: number; y: number }, lines: { type: 'tie' | 'pair'; id: string }[]): void;
	/** The actors picked in the picture (click, shift-click, shift-drag box). */
	pick(actors: string[]): void;
	/** The person zoomed or panned. */
	camera(camera: Camera): void;
	/** The picture changed after a patch, on its own (badges placed): `counts()` may differ. */
	redrawn?(): void;
}

/**
 * The seam between the app and whatever draws the graph. The app computes each element's
 * display in pure code and hands over patches; a renderer only maps them onto its elements.
 */
export interface Renderer {
	apply(patches: readonly DisplayPatch[]): void;
	/** Frames every actor of the dataset, so the frame does not move as time moves. */
	fit(): void;
	getCamera(): Camera;
	/** Puts the camera where a view says; null frames everything. */
	setCamera(camera: Camera | null): void;
	/**
	 * Moves the actors to a layout's places (animated, unless motion is reduced) and shows that
	 * layout's base map, if it has one. A renderer without it keeps the schematic layout.
	 */
	setLayout?(layout: Layout): void;
	/** Colours the picture (and its base map) in a theme; without it, the picture stays in colour. */
	setTheme?(theme: Theme): void;
	/** Follows a change of the container's size. */
	resize(): void;
	/** The picture's size on screen, in CSS pixels. */
	size(): { width: number; height: number };
	/**
	 * Ties and actors drawn now (not hidden, not on their way out; a tie inside a pair's one line
	 * counts), and the lines drawn for them (a pair's one line counts once).
	 */
	counts(): {
		actors: number;
		ties: number;
		edges: number;
		/** Pair badges that found no place clear of actors, labels and other badges. */
		crowded?: number;
	};
	/** Where graph point (x, y) is drawn inside the container, with the current camera. */
	project(p: { x: number; y: number }): { x: number; y: number };
	destroy(): void;
}
