import { describe, expect, it } from 'vitest';
import { exportBusyText, formatName } from '../../src/lib/state/export-words.ts';
import type { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { t } from '../../src/lib/core/i18n/messages.ts';
import type { Lang } from '../../src/lib/core/schema/common.ts';

const app = (lang: Lang) => ({ t: (k, v) => t(lang, k, v) }) as Pick<AppState, 't'> as AppState;

describe('what the Export dialog says while an export runs', () => {
	it('names the step, and the share written while a worker writes', () => {
		expect(exportBusyText(app('en'), 'svg', 'write', null)).toBe('Exporting… (writing the SVG)');
		expect(exportBusyText(app('en'), 'svg', 'write', 0.409)).toBe(
			'Exporting… (writing the SVG, 40%)'
		);
		expect(exportBusyText(app('ja'), 'gexf', 'write', 0.183)).toBe(
			'書き出し中… (GEXFを書き出し中、18%)'
		);
		expect(exportBusyText(app('en'), 'png', 'encode', null)).toBe('Exporting… (encoding the PNG)');
		expect(exportBusyText(app('ja'), 'pdf', 'draw', null)).toBe('書き出し中… (図を描画中)');
	});

	it('names Tieline JSON by its name, the others by their letters', () => {
		expect(formatName('json')).toBe('Tieline JSON');
		expect(formatName('graphml')).toBe('GRAPHML');
	});
});
