import { describe, expect, it } from 'vitest';
import { writeCyjs } from '../../../src/lib/core/export/cyjs.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { smallGraph } from '../../fixtures/export/load-fixture.ts';

const g = smallGraph();

describe('writeCyjs', () => {
	it('writes elements with data, positions and clique edges', () => {
		const doc = JSON.parse(writeCyjs(selectScope(g, { at: '2024-06-30' })));
		expect(doc.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toEqual([
			'RUS',
			'PRK',
			'USA',
			'JPN',
			'KOR'
		]);
		expect(doc.elements.nodes[0]).toEqual({
			data: expect.objectContaining({ id: 'RUS', label: 'Russia', kind: 'state', cow: 365 }),
			position: { x: -300, y: -200 }
		});
		expect(doc.elements.nodes[3].position).toBeUndefined();
		expect('exists_from' in doc.elements.nodes[0].data).toBe(false);
		const edges = doc.elements.edges.map((e: { data: Record<string, unknown> }) => [
			e.data.id,
			e.data.source,
			e.data.target,
			e.data.tie
		]);
		expect(edges).toEqual([
			['rus-prk-2024', 'RUS', 'PRK', 'rus-prk-2024'],
			['camp-david-2023#JPN-USA', 'JPN', 'USA', 'camp-david-2023'],
			['camp-david-2023#JPN-KOR', 'JPN', 'KOR', 'camp-david-2023'],
			['camp-david-2023#USA-KOR', 'USA', 'KOR', 'camp-david-2023'],
			['prk-rus-shells', 'PRK', 'RUS', 'prk-rus-shells']
		]);
		expect(doc.elements.edges[4].data).toMatchObject({
			directed: true,
			status: 'active',
			confidence: 'reported'
		});
		expect(doc.data.name).toBe('Tieline graph at 2024-06-30: 5 actors, 3 ties');
	});
	it('writes one line at indent 0 and rejects a bad indent', () => {
		expect(writeCyjs(selectScope(g, {}), { indent: 0 }).trim().split('\n')).toHaveLength(1);
		expect(() => writeCyjs(selectScope(g, {}), { indent: -2 })).toThrow(/indent must be/);
	});
});
