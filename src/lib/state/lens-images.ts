import { dyadTimeline, type DyadResult } from '$lib/core/analysis/dyad-tool.ts';
import { matrixSeries, multipleDays, type MatrixSeries } from '$lib/core/analysis/matrix-series.ts';
import { writeDyadSvg } from '$lib/core/export/image/dyad-svg.ts';
import { writeMatrixSvg } from '$lib/core/export/image/matrix-svg.ts';
import type { ImageOptions } from '$lib/core/export/image/svg.ts';
import { dayToIso } from '$lib/core/time/partial-date.ts';
import type { AppState } from './app-state.svelte.ts';

/** The dyad in view through the filter, or null when no pair is chosen. */
export function dyadInView(app: AppState): DyadResult | null {
	const d = app.dyad;
	if (!d) return null;
	return dyadTimeline(app.graph, { a: d.a, b: d.b, kinds: [] }, app.filter);
}

/** The matrix in view through the filter: the date in view, or the small multiples. */
export function matrixInView(app: AppState): MatrixSeries {
	const days = app.multiples ? multipleDays(app.multiples, app.day, app.span) : [dayToIso(app.day)];
	return matrixSeries(app.graph, days, [], app.filter);
}

type Paint = Pick<
	ImageOptions,
	'lang' | 'width' | 'height' | 'background' | 'title' | 'caption' | 'legend' | 'footnotes'
>;

/**
 * The picture of the lens in view, written the same way for the screen and for export: the
 * dyad's axis is the time bar's stretch, so zooming the time bar zooms the timeline.
 */
export function lensSvg(
	app: AppState,
	paint: Paint,
	screen = false,
	selectedCell: { row: string; col: string } | null = null
): string | null {
	if (app.lens === 'dyad') {
		const r = dyadInView(app);
		if (!r) return null;
		const win = app.timeWindow;
		return writeDyadSvg(app.graph, r, {
			...paint,
			from: win.from,
			to: win.to,
			cursor: app.day,
			anchor: app.mode === 'range' ? app.anchor : undefined,
			selected: app.selection?.type === 'tie' ? app.selection.id : undefined,
			grow: screen,
			hint: screen ? app.t('dyadAxisHint') : undefined
		});
	}
	if (app.lens === 'matrix')
		return writeMatrixSvg(app.graph, matrixInView(app), {
			...paint,
			selected: selectedCell,
			grow: screen,
			hint: screen ? app.t('matrixHint') : undefined
		});
	return null;
}

/** A file name that says what the picture shows: tieline-dyad-RUS-PRK-2024-12-10. */
export function lensBaseName(app: AppState): string {
	const day = dayToIso(app.day);
	if (app.lens === 'dyad' && app.dyad)
		return `tieline-dyad-${app.dyad.a}-${app.dyad.b === '*' ? 'all' : app.dyad.b}-${day}`;
	return `tieline-matrix-${app.multiples ? 'multiples-' : ''}${day}`;
}
