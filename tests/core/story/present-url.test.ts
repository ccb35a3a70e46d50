import { describe, expect, it } from 'vitest';
import {
	embedSearch,
	iframeSnippet,
	readRoute,
	sceneSearch
} from '../../../src/lib/core/story/present-url.ts';

describe('the page an address asks for', () => {
	it('reads the presenter, the notes and the embed, and leaves the view parameters', () => {
		expect(readRoute('?story=s&scene=3&lang=ja&autoplay=8')).toEqual({
			page: 'present',
			story: 's',
			scene: 3,
			autoplay: 8,
			embed: false,
			view: '?lang=ja'
		});
		expect(readRoute('?story=s&scene=2&notes=1').page).toBe('notes');
		expect(readRoute('?embed=1&at=1996-09-10').page).toBe('embed');
		expect(readRoute('?embed=1&at=1996-09-10').view).toBe('?at=1996-09-10');
		expect(readRoute('?at=1996-09-10').page).toBe('explore');
	});

	it('falls back to scene 1 and no autoplay on values that are not numbers', () => {
		const r = readRoute('?story=s&scene=x&autoplay=-2');
		expect([r.scene, r.autoplay]).toEqual([1, null]);
	});

	it('writes scene and embed addresses, and a snippet with its quotes escaped', () => {
		expect(sceneSearch('s', 2, { lang: 'ja', notes: true })).toBe(
			'?story=s&scene=2&notes=1&lang=ja'
		);
		expect(embedSearch('?at=2024-06-19')).toBe('?embed=1&at=2024-06-19');
		expect(iframeSnippet('https://x/?a=1&b="2"', 'T')).toBe(
			'<iframe src="https://x/?a=1&amp;b=&quot;2&quot;" title="T" width="960" height="600" style="border:0" loading="lazy"></iframe>'
		);
	});
});
