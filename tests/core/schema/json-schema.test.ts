import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFileJsonSchema } from '../../../src/lib/core/schema/data-file.ts';

describe('the JSON Schema editors use', () => {
	it('is the one the zod schemas generate today (regenerate it with `graph schema --out`)', () => {
		const committed = JSON.parse(readFileSync('graph-data/schema/graph-data.schema.json', 'utf8'));
		expect(committed).toEqual(dataFileJsonSchema());
	});
});
