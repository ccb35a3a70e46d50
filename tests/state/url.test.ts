import { describe, expect, it } from 'vitest';
import { parseViewParams, viewSearch, type ViewParams } from '../../src/lib/state/url.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';

const day = (iso: string) => isoToDay(iso)!;
const defaults: ViewParams = { day: day('2024-06-19'), lang: 'en', selected: null };
const span = { start: day('1945-01-01'), end: day('2025-12-31') };
const known = new Set(['RUS', 'rus-prk-2024-treaty']);
const parse = (search: string) => parseViewParams(search, defaults, span, (id) => known.has(id));

describe('parseViewParams', () => {
	it('reads a valid at, lang and sel without problems', () => {
		expect(parse('?at=1995-06-01&lang=ja&sel=rus-prk-2024-treaty')).toEqual({
			view: { day: day('1995-06-01'), lang: 'ja', selected: 'rus-prk-2024-treaty' },
			problems: []
		});
	});
	it('keeps the defaults for an empty search', () => {
		expect(parse('')).toEqual({ view: defaults, problems: [] });
	});
	it('accepts the span boundaries themselves', () => {
		expect(parse('at=1945-01-01').view.day).toBe(span.start);
		expect(parse('at=2025-12-31').view.day).toBe(span.end);
		expect(parse('at=2025-12-31').problems).toEqual([]);
	});
	it('reports a malformed at and keeps the default day', () => {
		for (const bad of ['1995-6-1', '1995-06', '2023-02-29', 'yesterday', '']) {
			const r = parse(`?at=${bad}`);
			expect(r.view.day, bad).toBe(defaults.day);
			expect(r.problems, bad).toEqual([{ param: 'at', value: bad, fallback: '2024-06-19' }]);
		}
	});
	it('clamps an out-of-span at and reports it', () => {
		expect(parse('?at=1900-01-01')).toEqual({
			view: { ...defaults, day: span.start },
			problems: [{ param: 'at', value: '1900-01-01', fallback: '1945-01-01' }]
		});
		expect(parse('?at=2030-05-05').view.day).toBe(span.end);
		expect(parse('?at=2030-05-05').problems[0].fallback).toBe('2025-12-31');
	});
	it('reports an unsupported lang', () => {
		expect(parse('?lang=fr')).toEqual({
			view: defaults,
			problems: [{ param: 'lang', value: 'fr', fallback: 'en' }]
		});
		expect(parse('?lang=JA').problems).toHaveLength(1);
	});
	it('reports an unknown sel', () => {
		expect(parse('?sel=XYZ')).toEqual({
			view: defaults,
			problems: [{ param: 'sel', value: 'XYZ', fallback: '—' }]
		});
	});
	it('reports every bad parameter at once, and keeps the good ones', () => {
		const r = parse('?at=nope&lang=de&sel=RUS');
		expect(r.view).toEqual({ ...defaults, selected: 'RUS' });
		expect(r.problems.map((p) => p.param)).toEqual(['at', 'lang']);
	});
});

describe('viewSearch', () => {
	it('writes at always, lang only when not English, sel when set', () => {
		expect(viewSearch(defaults)).toBe('?at=2024-06-19');
		expect(viewSearch({ day: day('1961-09-10'), lang: 'ja', selected: 'RUS' })).toBe(
			'?at=1961-09-10&lang=ja&sel=RUS'
		);
	});
	it('round-trips through parseViewParams', () => {
		for (const view of [
			{ day: day('1995-06-01'), lang: 'ja', selected: 'rus-prk-2024-treaty' },
			{ day: day('1945-01-01'), lang: 'en', selected: null },
			{ day: day('2024-02-29'), lang: 'en', selected: 'RUS' }
		] as ViewParams[]) {
			expect(parse(viewSearch(view))).toEqual({ view, problems: [] });
		}
	});
});
