import type { GraphScope } from '$lib/core/export/scope.ts';
import type { ImageOptions } from '$lib/core/export/image/svg.ts';
import type { EdgeMode } from '$lib/core/export/describe.ts';
import { themeSvg, type Theme } from '$lib/core/visual/theme.ts';
import {
	buildExport,
	type ExportFormat,
	type ExportStep,
	type SavedFile
} from '$lib/render/export-files.ts';
import type { AppState } from './app-state.svelte.ts';
import {
	exportBaseName,
	exportCaption,
	exportDescriptor,
	exportMarks,
	exportPairs
} from './export-scope.ts';
import { lensBaseName, lensSvg } from './lens-images.ts';
import { ExportWorker, exportCancelled } from './export-runner.ts';

/** What the person chose in the Export dialog; the rest of the picture's options follow the view. */
export interface ExportChoice {
	format: ExportFormat;
	/** The picked actors (and ties) only, rather than the whole view. */
	selection: boolean;
	scope: GraphScope;
	picture: Pick<
		ImageOptions,
		'width' | 'height' | 'background' | 'title' | 'caption' | 'legend' | 'footnotes'
	> & { theme: Theme };
	/** PDF page size in points, when the PDF is sized to a page. */
	page?: { width: number; height: number };
	edges: EdgeMode;
}

/**
 * Builds every file of an export of the view (or the lens in view: the dyad timeline, the
 * matrix), the text written in `exporter`'s worker where there is one. Rejects with an AbortError
 * when `signal` aborts, even after the files were made, so nothing is saved.
 */
export async function makeExport(
	app: AppState,
	choice: ExportChoice,
	exporter: ExportWorker,
	signal: AbortSignal,
	onProgress: (step: ExportStep, share?: number) => void
): Promise<SavedFile[]> {
	const lens = app.lens !== 'graph';
	const descriptor = $state.snapshot(exportDescriptor(app, choice.selection));
	const base = lens ? lensBaseName(app) : exportBaseName(app, choice.selection);
	// The map's land and borders load only when the view is on the map: in the worker, or here
	// when there is none to write in.
	const onMap = !lens && app.layout === 'map';
	const baseMap =
		onMap && !ExportWorker.available
			? await (await import('$lib/core/map/base-map.ts')).loadBaseMap()
			: undefined;
	const files = await buildExport({
		format: choice.format,
		scope: choice.scope,
		base,
		image: {
			...choice.picture,
			lang: app.lang,
			marks: exportMarks(app),
			pairs: exportPairs(app),
			captionText: exportCaption(app),
			layout: app.layout,
			baseMap
		},
		page: choice.page,
		edges: choice.edges,
		picture: lens
			? (image) => {
					const svg = lensSvg(app, image);
					if (!svg) throw new Error(app.t('dyadChoose'));
					return themeSvg(svg, choice.picture.theme);
				}
			: undefined,
		onProgress,
		text: lens
			? undefined
			: (format, image, onWritten) =>
					exporter.text(
						app.graph.data,
						{
							format,
							descriptor,
							base,
							image: $state.snapshot(image),
							map: onMap,
							edges: choice.edges
						},
						signal,
						onWritten
					)
	});
	if (signal.aborted) throw exportCancelled();
	return files;
}
