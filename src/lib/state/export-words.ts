import type { ExportFormat, ExportStep } from '$lib/render/export-files.ts';
import type { AppState } from './app-state.svelte.ts';

const STEPS = {
	write: 'exportStepWrite',
	draw: 'exportStepDraw',
	encode: 'exportStepEncode'
} as const;

/** A format as the Export dialog names it. */
export const formatName = (f: ExportFormat) => (f === 'json' ? 'Tieline JSON' : f.toUpperCase());

/**
 * What the Export dialog says while an export runs: the step in words, and while a worker writes
 * the text, the share written ("Exporting… (writing the SVG, 40%)").
 */
export function exportBusyText(
	app: AppState,
	format: ExportFormat,
	step: ExportStep,
	share: number | null
): string {
	const what = app.t(STEPS[step], { format: formatName(format) });
	const shown =
		share === null ? what : app.t('exportShare', { step: what, percent: Math.floor(share * 100) });
	return `${app.t('exporting')} (${shown})`;
}
