import { describe, expect, it } from 'vitest';
import { toolById } from '../../../src/lib/core/analysis/registry.ts';
import {
	checkForm,
	followView,
	formFields,
	initialValues,
	problemText
} from '../../../src/lib/core/analysis/tool-form.ts';
import type { AnyTool } from '../../../src/lib/core/analysis/tool.ts';

const ego = toolById('ego') as AnyTool;
const paths = toolById('paths') as AnyTool;
const measures = toolById('measures') as AnyTool;
const at = { date: '2024-12-10', actor: 'PRK' };
const range = { date: '2000-01-01', range: { from: '1990-01-01', to: '2000-01-01' } };

describe('a form generated from a tool descriptor', () => {
	it('has one field per parameter, in order, with a widget by type and names in each language', () => {
		const fields = formFields(ego, initialValues(ego, at), 'en');
		expect(fields.map((f) => [f.id, f.type])).toEqual([
			['actor', 'actor'],
			['mode', 'enum'],
			['at', 'date'],
			['from', 'date'],
			['to', 'date'],
			['hops', 'integer'],
			['kinds', 'kinds'],
			['ownTies', 'boolean'],
			['direction', 'enum']
		]);
		expect(fields.find((f) => f.id === 'hops')).toMatchObject({ min: 0, max: 10, value: 1 });
		expect(fields.find((f) => f.id === 'mode')!.choices).toEqual([
			{ id: 'at', label: 'On a date' },
			{ id: 'range', label: 'Over a range' }
		]);
		expect(formFields(ego, initialValues(ego, at), 'ja')[0].label).toBe('アクター');
	});

	it('prefills from the view: the actor read, the date, and a range when the view shows one', () => {
		expect(initialValues(ego, at)).toMatchObject({ actor: 'PRK', mode: 'at', at: '2024-12-10' });
		expect(initialValues(ego, range)).toMatchObject({
			mode: 'range',
			from: '1990-01-01',
			to: '2000-01-01'
		});
		// The path's target has no view source: it stays empty.
		expect(initialValues(paths, at)).toMatchObject({ source: 'PRK', target: undefined });
		// A filter that hides kinds starts the tool on the kinds shown.
		expect(initialValues(ego, { ...at, kinds: ['defense-treaty'] }).kinds).toEqual([
			'defense-treaty'
		]);
		// What a link kept wins over the view.
		expect(initialValues(ego, at, { actor: 'JPN', hops: 3 })).toMatchObject({
			actor: 'JPN',
			hops: 3
		});
	});

	it('follows the view only in the fields the person did not touch', () => {
		const v = initialValues(ego, at);
		const moved = followView(ego, v, { date: '1995-06-01', actor: 'RUS' }, new Set(['actor']));
		expect(moved).toMatchObject({ actor: 'PRK', at: '1995-06-01' });
	});

	it('hides fields by visibleWhen, and leaves hidden ones out of the check', () => {
		const v = { ...initialValues(ego, at), ownTies: true, hops: 99 };
		expect(formFields(ego, v, 'en').find((f) => f.id === 'hops')!.visible).toBe(false);
		expect(formFields(ego, v, 'en').find((f) => f.id === 'from')!.visible).toBe(false);
		expect(checkForm(ego, v, 'en')).toEqual({
			ok: true,
			params: { actor: 'PRK', at: '2024-12-10', ownTies: true }
		});
	});

	it('says what is wrong beside each field, in the person’s language', () => {
		const v = { ...initialValues(paths, at), at: '2024-13-01', maxPaths: 0 };
		const en = checkForm(paths, v, 'en');
		expect(en).toEqual({
			ok: false,
			errors: {
				target: 'Choose an actor.',
				at: 'Write a date as YYYY-MM-DD.',
				maxPaths: 'Give a whole number from 1 to 1000.'
			}
		});
		const ja = checkForm(paths, v, 'ja');
		expect(ja.ok === false && ja.errors.target).toBe('アクターを選んでください。');
	});

	it('shows the tool’s own checks (from parseParams) by the field they name', () => {
		const v = { ...initialValues(measures, range), from: '2020-01-01', to: '2010-01-01' };
		expect(checkForm(measures, v, 'en')).toEqual({
			ok: false,
			errors: { to: 'The range is empty: 2020-01-01 is after 2010-01-01.' }
		});
		const tooMany = { from: '1600-01-01', to: '2025-01-01', step: 'months', months: 1 };
		const ja = checkForm(measures, tooMany, 'ja');
		expect(ja).toEqual({
			ok: false,
			errors: { step: '5101 時点は多すぎます（最大 5000）。間隔を長くしてください。' }
		});
		const noDate = checkForm(ego, { ...initialValues(ego, at), at: '' }, 'ja');
		expect(noDate).toEqual({ ok: false, errors: { at: '日付を入力してください。' } });
	});

	it('keeps a problem it does not know in the words the tool gave', () => {
		expect(problemText('something new', 'ja')).toBe('something new');
	});
});
