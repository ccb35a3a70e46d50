import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDataset } from '../../src/lib/core/io/load.ts';
import { formatIssues } from '../../src/lib/core/io/issue.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import {
	isAgreementKind,
	isDirectedKind,
	sourceRefId,
	type SourceRef
} from '../../src/lib/core/schema/index.ts';
import { tieExtent } from '../../src/lib/core/time/lifecycle.ts';
import { dayToIso, firstDay, lastDay, partialDate } from '../../src/lib/core/time/partial-date.ts';

const SEED = 'iog-ogi-2024-07-04';
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

const result = loadDataset(readGraphData('graph-data'));
if (!result.ok) throw new Error(formatIssues(result.issues));
const data = result.value;
const graph = new TemporalGraph(data);
const elements = [...data.actors, ...data.ties, ...data.events, ...data.absences];

/** Every source reference anywhere inside an element (its own, its notes', its clauses'). */
function citations(value: unknown, out: string[] = []): string[] {
	if (Array.isArray(value)) value.forEach((v) => citations(v, out));
	else if (value && typeof value === 'object') {
		for (const [key, v] of Object.entries(value)) {
			if (key === 'sources' && Array.isArray(v)) out.push(...(v as SourceRef[]).map(sourceRefId));
			else citations(v, out);
		}
	}
	return out;
}
const citesSeed = (el: object) => citations(el).includes(SEED);

/** Every {en, ja} pair anywhere inside a value, with the path to it. */
function bilingual(value: unknown, path: string, out: [string, string, string][] = []) {
	if (Array.isArray(value)) value.forEach((v, i) => bilingual(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if ('en' in o || 'ja' in o) out.push([path, String(o.en ?? ''), String(o.ja ?? '')]);
		if ('fullEn' in o || 'fullJa' in o)
			out.push([`${path}.full`, String(o.fullEn ?? ''), String(o.fullJa ?? '')]);
		for (const [k, v] of Object.entries(o)) bilingual(v, `${path}.${k}`, out);
	}
	return out;
}

describe('the bundled dataset', () => {
	it('loads with zero issues', () => {
		expect(result.ok).toBe(true);
	});

	it('is large enough: at least 100 ties and 60 events', () => {
		expect(data.ties.length).toBeGreaterThanOrEqual(100);
		expect(data.events.length).toBeGreaterThanOrEqual(60);
	});

	it('every actor, tie, event and absence cites a source, and every citation resolves', () => {
		const known = new Set(data.sources.map((s) => s.id));
		for (const el of elements) {
			expect(el.sources.length, el.id).toBeGreaterThan(0);
			for (const id of citations(el)) expect(known.has(id), `${el.id} cites ${id}`).toBe(true);
		}
	});

	it('every source is cited by something', () => {
		const cited = new Set(elements.flatMap((el) => citations(el)));
		expect(data.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
	});

	it('every bilingual field has non-empty English and Japanese', () => {
		const bad = elements
			.flatMap((el) => bilingual(el, el.id))
			.filter(([, en, ja]) => !en.trim() || !ja.trim());
		expect(bad).toEqual([]);
	});

	it('tie and event titles in Japanese contain Japanese characters', () => {
		const bad = [...data.ties, ...data.events]
			.filter((el) => !JAPANESE.test(el.title.ja))
			.map((el) => `${el.id}: ${el.title.ja}`);
		expect(bad).toEqual([]);
	});

	it('every lifecycle runs signed ≤ inForce ≤ ended, and every period from ≤ to', () => {
		const first = (iso: string) => firstDay(partialDate(iso));
		const last = (iso: string) => lastDay(partialDate(iso));
		for (const t of data.ties) {
			if (isAgreementKind(t.kind)) {
				expect(t.signed, t.id).toBeDefined();
				if (t.inForce) expect(first(t.signed!) <= last(t.inForce), t.id).toBe(true);
				if (t.ended) expect(first(t.inForce ?? t.signed!) <= last(t.ended.date), t.id).toBe(true);
			} else {
				expect(t.from, t.id).toBeDefined();
				if (t.to) expect(first(t.from!) <= last(t.to), t.id).toBe(true);
			}
			expect(tieExtent(t), t.id).toBeDefined();
		}
	});

	// Distinct items that share kind, parties and start, checked by hand: separate documents
	// signed the same day, or separate categories of a flow reported from the same month.
	const DISTINCT = new Set([
		'jpn-kor-usa-2023-spirit-of-camp-david = jpn-kor-usa-2023-commitment-to-consult',
		'prk-rus-ballistic-missiles = prk-rus-ammunition',
		'prk-rus-ammunition = prk-rus-anti-tank-weapons',
		'prk-rus-koksan-170mm = prk-rus-mrl-240mm',
		'kor-prk-2018-military-agreement = kor-prk-2018-pyongyang-declaration'
	]);

	it('has no duplicate ties (same kind, same parties, same start)', () => {
		const seen = new Map<string, string>();
		const dupes: string[] = [];
		for (const t of data.ties) {
			// Undirected parties compare as a set; directed ones as [from, to].
			const parties = isDirectedKind(t.kind) ? t.parties : [...t.parties].sort();
			const key = [t.kind, parties.join('+'), t.signed ?? t.from].join('|');
			if (seen.has(key)) dupes.push(`${seen.get(key)} = ${t.id}`);
			seen.set(key, t.id);
		}
		expect(dupes.filter((d) => !DISTINCT.has(d))).toEqual([]);
	});

	it('every party of a tie exists on the first and last day of the tie', () => {
		const bad: string[] = [];
		for (const t of data.ties) {
			const ext = tieExtent(t)!;
			for (const d of [ext.start, ext.end].filter(Number.isFinite))
				for (const p of t.parties)
					if (!graph.actorAt(p, d)) bad.push(`${t.id}: ${p} on ${dayToIso(d)}`);
		}
		expect(bad).toEqual([]);
	});
});

describe('the claims of the seed commentary are in the data, citing it', () => {
	const tie = (id: string) => {
		const t = data.ties.find((x) => x.id === id);
		if (!t) throw new Error(`no tie ${id}`);
		return t;
	};

	it('the seed source is in the registry', () => {
		expect(data.sources.find((s) => s.id === SEED)?.language).toBe('ja');
	});

	it('an event on 2024-06-14', () => {
		expect(
			data.events.filter((e) => e.date === '2024-06-14' && citesSeed(e)).length
		).toBeGreaterThan(0);
	});

	it('the 2024 Russia–DPRK treaty with a defence clause in Article 4', () => {
		const t = tie('rus-prk-2024-treaty');
		expect(t.kind).toBe('defense-treaty');
		expect([...t.parties].sort()).toEqual(['PRK', 'RUS']);
		expect([t.signed, t.inForce]).toEqual(['2024-06-19', '2024-12-04']);
		expect(t.clauses?.some((c) => c.obligation === 'defense' && c.article === '4')).toBe(true);
		expect(citesSeed(t)).toBe(true);
	});

	it('the 1961 Soviet–DPRK treaty, ended in 1996', () => {
		const t = tie('ussr-prk-1961-treaty');
		expect(t.kind).toBe('defense-treaty');
		expect(t.ended?.date.slice(0, 4)).toBe('1996');
		expect(graph.statusAt(t.id, graph.span().end)).toBeUndefined();
		expect(citesSeed(t)).toBe(true);
	});

	it('the 1961 Sino–DPRK treaty, still in force', () => {
		const t = tie('chn-prk-1961-treaty');
		expect(t.kind).toBe('defense-treaty');
		expect(t.ended).toBeUndefined();
		expect(citesSeed(t)).toBe(true);
	});

	it('arms from the DPRK to Russia from 2023-09', () => {
		const hits = data.ties.filter(
			(t) =>
				t.kind === 'arms-transfer' &&
				t.parties[0] === 'PRK' &&
				t.parties[1] === 'RUS' &&
				t.from === '2023-09' &&
				citesSeed(t)
		);
		expect(hits.length).toBeGreaterThan(0);
	});

	it('technology from Russia to the DPRK', () => {
		const hits = data.ties.filter(
			(t) =>
				t.kind === 'technology-transfer' &&
				t.parties[0] === 'RUS' &&
				t.parties[1] === 'PRK' &&
				citesSeed(t)
		);
		expect(hits.length).toBeGreaterThan(0);
	});

	it('the 2022 China–Russia agreement', () => {
		const hits = data.ties.filter(
			(t) =>
				t.kind === 'agreement' &&
				[...t.parties].sort().join() === 'CHN,RUS' &&
				t.signed?.startsWith('2022') &&
				citesSeed(t)
		);
		expect(hits.map((t) => t.id)).toContain('chn-rus-2022-joint-statement');
	});

	it('the UN Panel of Experts, existing until 2024-04-30', () => {
		const panel = data.actors.find((a) => a.id === 'un-panel-of-experts-1718');
		expect(panel?.kind).toBe('organisation');
		expect(panel?.exists?.to).toBe('2024-04-30');
		expect(citesSeed(panel!)).toBe(true);
		expect(graph.actorAt('un-panel-of-experts-1718', graph.span().end)).toBeUndefined();
	});
});

describe('what the data says it knows', () => {
	it('never claims a tie is ongoing later than its latest source says (asOf)', () => {
		const sources = new Map(data.sources.map((src) => [src.id, src]));
		const late = data.ties
			.filter((t) => t.asOf)
			.filter((t) => {
				const latest = Math.max(
					...citations(t).map((id) => lastDay(partialDate(sources.get(id)!.date)))
				);
				return lastDay(partialDate(t.asOf!)) > latest;
			})
			.map((t) => `${t.id} asOf ${t.asOf}`);
		expect(late).toEqual([]);
	});
});
