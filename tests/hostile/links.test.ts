import { describe, expect, it } from 'vitest';
import { decodeViewSpec, type DecodeContext } from '../../src/lib/core/view/url-decode.ts';
import { encodeViewSpec } from '../../src/lib/core/view/url-encode.ts';
import { defaultSpec, ViewSpec } from '../../src/lib/core/view/view-spec.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { noticeText } from '../../src/lib/state/url-notices.ts';

const ctx: DecodeContext = {
	defaults: defaultSpec('2024-12-10'),
	span: { start: isoToDay('1925-01-01')!, end: isoToDay('2026-12-02')! },
	kindOf: (id) => ({ RUS: 'actor', PRK: 'actor', 'rus-prk-2024-treaty': 'tie' })[id] ?? null
} as DecodeContext;

const PARAMS = [
	'at',
	'from',
	'to',
	'compare',
	'ghosts',
	'ctx',
	'hide',
	'conf',
	'xa',
	'sel',
	'pick',
	'pa',
	'pt',
	'lang',
	'closed',
	'win',
	'cam'
];
const PAYLOADS = [
	'javascript:alert(1)',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'%00',
	'%E0%A4%A',
	'x'.repeat(10_000),
	'1e999',
	'-1',
	'..',
	',,,',
	'2024-02-30',
	'0000-00-00',
	'\u202e2024-12-10'
];

/** Every parameter with every payload, and a few whole-link shapes: 17 × 13 + 6 = 227 links. */
const LINKS = [
	...PARAMS.flatMap((p) => PAYLOADS.map((v) => `?${p}=${encodeURIComponent(v)}`)),
	'?at=2024-12-10&at=1950-01-01',
	'?compare=2019-01-01..2024-12-10&from=2000-01-01&to=2001-01-01&at=1990-01-01',
	'?' + 'a=1&'.repeat(2000),
	'?%',
	'??at=2024-12-10',
	'?cam=1,NaN,Infinity'
];

describe('hostile links to the app', () => {
	it(`are ${LINKS.length} (at least 150)`, () => {
		expect(LINKS.length).toBeGreaterThanOrEqual(150);
	});

	it.each(LINKS.map((l) => [l.slice(0, 60), l]))(
		'%s opens a valid view and says what it showed instead',
		(_, link) => {
			const { spec, problems } = decodeViewSpec(link, ctx);
			expect(ViewSpec.safeParse(spec).success).toBe(true);
			// Whatever was dropped is named, cut to a readable length, with what is shown instead.
			for (const p of problems) {
				expect(p.value.length).toBeLessThanOrEqual(41);
				expect(p.shown.length).toBeGreaterThan(0);
				const text = noticeText(p, 'en', ctx.span);
				expect(text).not.toContain('{');
				expect(text.length).toBeLessThan(300);
			}
			// The view shown is itself a clean link.
			const again = decodeViewSpec(encodeViewSpec(spec), ctx);
			expect(again.problems).toEqual([]);
			expect(again.spec).toEqual(spec);
		}
	);

	it('reports every value it did not use', () => {
		for (const p of PARAMS) {
			const { problems } = decodeViewSpec(`?${p}=<script>`, ctx);
			expect(problems.map((x) => x.param)).toContainEqual(
				p === 'from' || p === 'to' ? 'from/to' : p
			);
		}
	});
});
