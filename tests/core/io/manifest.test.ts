import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDataset, loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { datasetManifest, manifestSteps } from '../../../src/lib/core/io/manifest.ts';
import { validSynthetic } from '../../../bench/synthetic.ts';
import { TIE_KINDS } from '../../../src/lib/core/schema/tie.ts';
import {
	FOREIGN_PALETTE,
	foreignColours,
	paletteSlot
} from '../../../src/lib/core/visual/kind-style.ts';
import { KIND_STYLES } from '../../../src/lib/core/visual/encoding.ts';

const bundled = loadDatasetOrThrow(readGraphData('graph-data'));

describe('the dataset manifest', () => {
	it('of the bundled data: strict, every kind in its usual order, today’s tool defaults', () => {
		const m = datasetManifest(bundled);
		expect(m.profile).toBe('strict');
		expect(m.title).toBeUndefined();
		expect(m.kinds.map((k) => k.kind)).toEqual([...TIE_KINDS]);
		expect(m.kinds.every((k) => k.known && k.token === k.kind)).toBe(true);
		expect(m.kinds.find((k) => k.kind === 'sanctions')).toMatchObject({
			colour: KIND_STYLES.sanctions.color,
			directed: true
		});
		expect(m.kinds.find((k) => k.kind === 'agreement')?.directed).toBe(false);
		expect(m.kinds.reduce((n, k) => n + k.ties, 0)).toBe(bundled.ties.length);
		expect(m.defaultActors).toEqual({ focus: 'PRK', from: 'JPN', to: 'RUS' });
		expect(m.span?.from).toMatch(/^19[0-4]\d-\d\d-\d\d$/);
		expect(m.span!.from < m.span!.to).toBe(true);
		expect(m.counts).toEqual({
			actors: bundled.actors.length,
			ties: bundled.ties.length,
			events: bundled.events.length,
			sources: bundled.sources.length,
			unsourced: 0
		});
		// Computed once per dataset.
		expect(datasetManifest(bundled)).toBe(m);
	});

	it('of Gephi Lite’s Les Misérables: one foreign kind, no span, the two busiest characters', () => {
		const path = '../shared/fixtures/les-miserables.gexf';
		const r = loadDataset([{ path, bytes: readFileSync(path) }], { profile: 'relaxed' });
		if (!r.ok) throw new Error(r.issues[0].message);
		const m = datasetManifest(r.value);
		expect(m.profile).toBe('relaxed');
		expect(m.title?.en).toBe('Les Miserables.gexf');
		expect(m.kinds).toEqual([
			{
				kind: 'tie',
				known: false,
				colour: foreignColours(['tie']).get('tie'),
				token: 'x0',
				directed: false,
				ties: 254
			}
		]);
		expect(m.span).toBeUndefined();
		const degree = (id: string) => r.value.ties.filter((t) => t.parties.includes(id)).length;
		const name = (id: string) => r.value.actors.find((a) => a.id === id)?.names[0].en;
		expect(name(m.defaultActors.focus)).toBe('Valjean');
		expect(m.defaultActors.to).toBe(m.defaultActors.focus);
		const busiest = Math.max(...r.value.actors.map((a) => degree(a.id)));
		expect(degree(m.defaultActors.focus)).toBe(busiest);
		expect(degree(m.defaultActors.from)).toBe(
			Math.max(
				...r.value.actors.filter((a) => a.id !== m.defaultActors.focus).map((a) => degree(a.id))
			)
		);
		expect(m.counts).toMatchObject({ actors: 77, ties: 254, events: 0, unsourced: 77 + 254 });
	});

	it('lists known kinds first, then foreign kinds by name, each foreign kind its own colour', () => {
		const text = `actors:
  - { id: a, names: [{ en: A }] }
  - { id: b, names: [{ en: B }] }
ties:
  - { id: t1, kind: trade, parties: [a, b] }
  - { id: t2, kind: agreement, parties: [a, b], signed: 2001 }
  - { id: t3, kind: Alliance, parties: [b, a], directed: true }
  - { id: t4, kind: trade, parties: [b, a] }
`;
		const r = loadDataset([{ path: 'k.yaml', text }], { profile: 'relaxed' });
		if (!r.ok) throw new Error(r.issues[0].message);
		const m = datasetManifest(r.value);
		expect(m.kinds.map((k) => [k.kind, k.token, k.directed, k.ties])).toEqual([
			['agreement', 'agreement', false, 1],
			['Alliance', 'x0', true, 1],
			['trade', 'x1', false, 2]
		]);
		const [, alliance, trade] = m.kinds;
		expect(FOREIGN_PALETTE).toContain(alliance.colour);
		expect(FOREIGN_PALETTE).toContain(trade.colour);
		expect(alliance.colour).not.toBe(trade.colour);
		expect(m.span).toEqual({ from: '2001-01-01', to: '2001-12-31' });
	});

	it('gives a foreign kind its palette colour by its name, moved on only when a kind before it took it', () => {
		const alone = (k: string) => foreignColours([k]).get(k);
		expect(alone('trade')).toBe(FOREIGN_PALETTE[paletteSlot('trade')]);
		// Neither the order nor repeats in the data change the colours.
		expect(foreignColours(['trade', 'aid', 'trade'])).toEqual(foreignColours(['aid', 'trade']));
		// A kind whose slot is free keeps it beside others; a later name wanting a taken slot
		// takes the next free one.
		const colours = foreignColours(['zebra crossing', 'visits', 'loans', 'aid']);
		for (const k of ['aid', 'loans', 'visits']) expect(colours.get(k)).toBe(alone(k));
		expect(paletteSlot('zebra crossing')).toBe(paletteSlot('aid'));
		expect(paletteSlot('loans')).toBe((paletteSlot('aid') + 1) % FOREIGN_PALETTE.length);
		expect(colours.get('zebra crossing')).toBe(FOREIGN_PALETTE[(paletteSlot('loans') + 1) % 10]);
		// Within one dataset, kinds differ while there are colours.
		const many = foreignColours(FOREIGN_PALETTE.map((_, i) => `kind ${i}`));
		expect(new Set(many.values()).size).toBe(FOREIGN_PALETTE.length);
		// Known kinds keep their own colours and are not given palette colours.
		expect(foreignColours(['agreement']).size).toBe(0);
	});
});

describe("a large dataset's manifest (manifestSteps)", () => {
	it('is worked out with pauses, as at once, and kept', () => {
		const data = validSynthetic(300, 5000, 3);
		const whole = datasetManifest({ ...data });
		const steps = manifestSteps(data);
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		// Three passes over 5,000 ties, pausing every 2,048.
		expect(pauses).toBeGreaterThanOrEqual(6);
		expect(step.value).toEqual(whole);
		expect(step.value.span).toBeDefined();
		expect(datasetManifest(data)).toBe(step.value);
	});
});
