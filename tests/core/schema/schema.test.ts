import { describe, expect, it } from 'vitest';
import {
	ActorId,
	ActorName,
	DataFile,
	IsoDate,
	KebabId,
	Source,
	SourceRef,
	Text,
	Tie,
	dataFileJsonSchema,
	isAgreementKind,
	isDirectedKind,
	isWebUrl,
	sourceRefId
} from '../../../src/lib/core/schema/index.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
	r.success ? [] : r.error!.issues.map((i) => i.message);

describe('IsoDate', () => {
	it('keeps a bare YAML year (a number) as text', () => {
		expect(IsoDate.parse(1961)).toBe('1961');
		expect(IsoDate.parse('2023-09')).toBe('2023-09');
	});
	it('rejects a non-integer number, a bad month and a fake day', () => {
		expect(IsoDate.safeParse(1961.5).success).toBe(false);
		expect(messages(IsoDate.safeParse('1961-13'))).toEqual(['"1961-13" has no month 13']);
		expect(messages(IsoDate.safeParse('2023-02-29'))[0]).toMatch(/not a calendar day/);
		expect(IsoDate.safeParse('61-09-10').success).toBe(false);
	});
});

describe('ids', () => {
	it('ActorId accepts alpha-3 state codes and kebab-case organisations', () => {
		for (const ok of ['RUS', 'PRK', 'un-security-council', 'g7', 'un-panel-of-experts-1718'])
			expect(ActorId.safeParse(ok).success, ok).toBe(true);
		for (const bad of ['Rus', 'RUSS', 'RU', 'un_sc', 'UN-SC', 'nato-', '-nato', 'a--b', ''])
			expect(ActorId.safeParse(bad).success, bad).toBe(false);
	});
	it('KebabId rejects capitals and spaces', () => {
		expect(KebabId.safeParse('ussr-prk-1961-treaty').success).toBe(true);
		expect(KebabId.safeParse('USSR-prk').success).toBe(false);
		expect(KebabId.safeParse('a b').success).toBe(false);
	});
	it('a source reference is an id or an id with a locator', () => {
		expect(sourceRefId(SourceRef.parse('s1'))).toBe('s1');
		expect(sourceRefId(SourceRef.parse({ id: 's2', locator: 'Article 4' }))).toBe('s2');
		expect(SourceRef.safeParse({ id: 's2', page: 4 }).success).toBe(false);
	});
});

describe('Text', () => {
	it('needs both languages, non-blank', () => {
		expect(Text.safeParse({ en: 'a', ja: 'あ' }).success).toBe(true);
		expect(messages(Text.safeParse({ en: 'a', ja: '  ' }))).toEqual(['Japanese text is empty']);
		expect(messages(Text.safeParse({ en: '', ja: 'あ' }))).toEqual(['English text is empty']);
		expect(Text.safeParse({ en: 'a' }).success).toBe(false);
	});
});

describe('Source', () => {
	const base = { id: 's', title: 'T', publisher: 'P', date: '2024', language: 'en', kind: 'news' };
	it('an English source needs no titleEn; another language does', () => {
		expect(Source.safeParse(base).success).toBe(true);
		const ru = Source.safeParse({ ...base, language: 'ru' });
		expect(ru.success).toBe(false);
		expect(ru.error!.issues[0].path).toEqual(['titleEn']);
		expect(ru.error!.issues[0].message).toBe('a source in "ru" needs an English title (titleEn)');
		expect(Source.safeParse({ ...base, language: 'ru', titleEn: 'English' }).success).toBe(true);
	});
	it('checks language code, kind and URL', () => {
		expect(Source.safeParse({ ...base, language: 'eng' }).success).toBe(false);
		expect(Source.safeParse({ ...base, kind: 'blog' }).success).toBe(false);
		expect(Source.safeParse({ ...base, url: 'not a url' }).success).toBe(false);
		expect(Source.safeParse({ ...base, url: 'https://example.org/x' }).success).toBe(true);
	});
	it('accepts only http: and https: URLs, and says so', () => {
		for (const ok of ['https://example.org/x?a=1#b', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'])
			expect(Source.safeParse({ ...base, url: ok }).success, ok).toBe(true);
		for (const bad of [
			'javascript:alert(1)',
			'JAVASCRIPT:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'vbscript:msgbox(1)',
			'data:text/html,<script>alert(1)</script>',
			'file:///etc/passwd',
			'ftp://example.org/x'
		]) {
			const r = Source.safeParse({ ...base, url: bad });
			expect(r.success, bad).toBe(false);
			expect(r.error!.issues[0].path).toEqual(['url']);
			expect(r.error!.issues[0].message).toMatch(/starting with http:\/\/ or https:\/\//);
		}
	});
	it('isWebUrl is the test the view uses before it links', () => {
		expect(isWebUrl('https://example.org/')).toBe(true);
		expect(isWebUrl('http://example.org/')).toBe(true);
		for (const bad of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'data:,x',
			'vbscript:x',
			'/x',
			''
		])
			expect(isWebUrl(bad), bad).toBe(false);
	});
});

describe('Tie', () => {
	const base = {
		id: 't',
		kind: 'defense-treaty',
		parties: ['RUS', 'PRK'],
		title: { en: 'T', ja: '条約' },
		confidence: 'confirmed',
		sources: ['s']
	};
	it('is strict: an unknown key is an error naming the key', () => {
		const r = Tie.safeParse({ ...base, singed: '2024' });
		expect(r.success).toBe(false);
		expect(r.error!.issues[0].code).toBe('unrecognized_keys');
		expect(r.error!.issues[0].message).toContain('singed');
	});
	it('needs two parties and a source', () => {
		expect(messages(Tie.safeParse({ ...base, parties: ['RUS'] }))).toEqual([
			'a tie needs at least two parties'
		]);
		expect(messages(Tie.safeParse({ ...base, sources: [] }))).toEqual([
			'cites no source: every fact needs at least one'
		]);
	});
	it('rejects an unknown kind, confidence, end reason or obligation', () => {
		expect(Tie.safeParse({ ...base, kind: 'alliance' }).success).toBe(false);
		expect(Tie.safeParse({ ...base, confidence: 'likely' }).success).toBe(false);
		expect(Tie.safeParse({ ...base, ended: { date: '1996', how: 'vanished' } }).success).toBe(
			false
		);
		expect(
			Tie.safeParse({ ...base, clauses: [{ obligation: 'defence', text: { en: 'a', ja: 'あ' } }] })
				.success
		).toBe(false);
	});
	it('classifies kinds', () => {
		expect(isAgreementKind('defense-treaty')).toBe(true);
		expect(isAgreementKind('agreement')).toBe(true);
		expect(isAgreementKind('arms-transfer')).toBe(false);
		expect(isDirectedKind('membership')).toBe(true);
		expect(isDirectedKind('sanctions')).toBe(true);
		expect(isDirectedKind('diplomatic-relations')).toBe(false);
		expect(isDirectedKind('defense-treaty')).toBe(false);
	});
});

describe('DataFile and its JSON Schema', () => {
	it('accepts any subset of the collections and nothing else', () => {
		expect(DataFile.safeParse({}).success).toBe(true);
		expect(DataFile.safeParse({ ties: [] }).success).toBe(true);
		expect(DataFile.safeParse({ relations: [] }).success).toBe(false);
	});
	it('the JSON Schema lists the five collections and stories, and forbids other keys', () => {
		const schema = dataFileJsonSchema() as {
			properties: Record<string, unknown>;
			additionalProperties: unknown;
		};
		expect(Object.keys(schema.properties).sort()).toEqual([
			'absences',
			'actors',
			'events',
			'sources',
			'stories',
			'ties'
		]);
		expect(schema.additionalProperties).toBe(false);
		expect(JSON.stringify(schema)).toContain('"defense-treaty"');
	});
});

describe('ActorName code', () => {
	const name = { en: 'USSR', ja: 'ソ連' };
	it('takes an ISO 3166 alpha-3 code for the period of a name', () => {
		expect(ActorName.safeParse({ ...name, code: 'SUN' }).success).toBe(true);
	});
	it('rejects a code that is not three capital letters, and says what it must be', () => {
		expect(messages(ActorName.safeParse({ ...name, code: 'su' }))).toEqual([
			'must be three capital letters (ISO 3166 alpha-3)'
		]);
	});
});
