import { describe, expect, it } from 'vitest';
import {
	TOOLS,
	TOOL_IDS,
	runTool,
	toolById,
	type ToolId
} from '../../../src/lib/core/analysis/registry.ts';
import {
	ToolParamError,
	defaultParams,
	parseParams,
	type AnyTool
} from '../../../src/lib/core/analysis/tool.ts';
import { tinyGraph } from './tiny-graph.ts';

const tools = TOOLS as readonly AnyTool[];

describe('tool registry', () => {
	it('lists each tool once, by a kebab-case id, named in both languages', () => {
		expect(new Set(TOOL_IDS).size).toBe(TOOLS.length);
		for (const tool of tools) {
			expect(tool.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(toolById(tool.id)).toBe(tool);
			for (const text of [tool.name, tool.description, ...tool.outputs.map((o) => o.name)]) {
				expect(text.en.trim(), tool.id).not.toBe('');
				expect(text.ja.trim(), tool.id).not.toBe('');
			}
		}
		expect(toolById('pagerank')).toBeUndefined();
	});

	it('every parameter describes itself, and its default passes its own schema', () => {
		for (const tool of tools) {
			for (const [id, p] of Object.entries(tool.parameters)) {
				const where = `${tool.id}.${id}`;
				expect(p.name.en, where).not.toBe('');
				expect(p.name.ja, where).not.toBe('');
				if (p.default !== undefined) expect(p.schema.parse(undefined), where).toEqual(p.default);
				if (p.type === 'enum') {
					expect(
						p.values!.map((v) => v.id),
						where
					).toContain(p.default);
					for (const v of p.values!) expect(p.schema.parse(v.id), where).toBe(v.id);
					expect(() => p.schema.parse('nonsense'), where).toThrow();
				}
				if (p.type === 'integer') {
					expect(() => p.schema.parse(p.min! - 1), where).toThrow();
					expect(() => p.schema.parse(p.max! + 1), where).toThrow();
				}
				if (p.visibleWhen)
					expect(Object.keys(tool.parameters), where).toContain(p.visibleWhen.param);
			}
		}
	});

	it('fills defaults and keeps what is given', () => {
		const ego = toolById('ego')!;
		expect(defaultParams(ego)).toEqual({
			mode: 'at',
			hops: 1,
			kinds: [],
			ownTies: false,
			direction: 'any'
		});
		expect(parseParams(ego, { actor: 'A', at: '2000-01-01', hops: 2 })).toEqual({
			actor: 'A',
			at: '2000-01-01',
			mode: 'at',
			hops: 2,
			kinds: [],
			ownTies: false,
			direction: 'any'
		});
	});

	it('refuses unknown tools and parameters, naming them', () => {
		const g = tinyGraph(['A']);
		expect(() => runTool(g, 'pagerank' as ToolId, {})).toThrow(
			'analysis/registry: unknown tool "pagerank"; known: ego, paths, measures, matrix.'
		);
		const paths = toolById('paths')!;
		expect(() =>
			parseParams(paths, { source: 'A', target: 'A', at: '2000-01-01', via: 'B' })
		).toThrow(/^analysis\/paths: via: /);
		expect(() => parseParams(paths, { source: 'A', at: '2000-01-01' })).toThrow(
			/^analysis\/paths: target: /
		);
		expect(() => parseParams(paths, { source: 'A', target: 'A', at: '2000-01-01' })).not.toThrow();
		expect(new ToolParamError('paths', 'target', 'x')).toMatchObject({
			tool: 'paths',
			param: 'target'
		});
	});
});
