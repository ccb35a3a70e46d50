import {
	DEAL_KINDS,
	isAgreementKind,
	isDirectedTie,
	sourceRefId,
	type Actor,
	type SourceRef,
	type Tie
} from '../schema/index.ts';
import { firstDay, lastDay, partialDate } from '../time/partial-date.ts';
import type { Dataset } from './dataset.ts';
import type { DataIssue } from './issue.ts';
import { membershipCycles } from './membership-cycles.ts';
import type { Profile } from './profile.ts';

type Locate = (item: object, field: (string | number)[]) => Omit<DataIssue, 'message'>;

/** Checks that span files: unique ids, references that resolve, lifecycles in order. */
export function crossCheck(
	data: Dataset,
	locate: Locate,
	alsoDefined: ReadonlySet<string> = new Set(),
	checkReferences = true,
	profile: Profile = 'strict'
): DataIssue[] {
	const issues: DataIssue[] = [];
	const report = (item: object, field: (string | number)[], message: string) =>
		issues.push({ ...locate(item, field), message });
	// "Not defined" reports, dropped while some file could not be read (it may define the id).
	const missing = (item: object, field: (string | number)[], message: string) => {
		if (checkReferences) report(item, field, message);
	};

	const unique = (items: readonly { id: string }[], what: string, also?: ReadonlySet<string>) =>
		uniqueIds(items, what, report, locate, also);
	const sourceIds = unique(data.sources, 'source', alsoDefined);
	const actorIds = unique(data.actors, 'actor', alsoDefined);
	const tieIds = unique(data.ties, 'tie', alsoDefined);
	unique(data.events, 'event');
	unique(data.absences, 'absence');
	const actorsById = new Map(data.actors.map((a) => [a.id, a]));

	const checkSources = (
		item: object,
		refs: readonly SourceRef[] | undefined,
		field: (string | number)[]
	) =>
		refs?.forEach((ref, i) => {
			const id = sourceRefId(ref);
			if (!sourceIds.has(id))
				missing(item, [...field, i], `cites source "${id}", which is not in the sources registry`);
		});

	for (const actor of data.actors) {
		checkSources(actor, actor.sources, ['sources']);
		checkActor(actor, report);
	}
	for (const tie of data.ties) {
		checkSources(tie, tie.sources, ['sources']);
		tie.notes?.forEach((n, i) => checkSources(tie, n.sources, ['notes', i, 'sources']));
		tie.clauses?.forEach((c, i) => checkSources(tie, c.sources, ['clauses', i, 'sources']));
		const seen = new Set<string>();
		tie.parties.forEach((p, i) => {
			if (!actorIds.has(p))
				missing(tie, ['parties', i], `names actor "${p}", which is not defined in any actors list`);
			if (seen.has(p)) report(tie, ['parties', i], `lists "${p}" twice`);
			seen.add(p);
		});
		if (isDirectedTie(tie) && tie.parties.length !== 2) {
			report(
				tie,
				['parties'],
				`a ${tie.kind} is directed and needs exactly two parties [from, to]; found ${tie.parties.length}`
			);
		}
		if (tie.kind === 'membership' && actorsById.get(tie.parties[1])?.kind === 'state') {
			report(
				tie,
				['parties', 1],
				`a membership points from member to organisation; "${tie.parties[1]}" is a state`
			);
		}
		checkTieDates(tie, report, profile);
		checkDeal(tie, report);
	}
	for (const { tie, path } of membershipCycles(data.ties))
		report(tie, ['parties'], `memberships run in a circle: ${path.join(' → ')}`);
	for (const event of data.events) {
		checkSources(event, event.sources, ['sources']);
		event.actors.forEach((a, i) => {
			if (!actorIds.has(a))
				missing(
					event,
					['actors', i],
					`names actor "${a}", which is not defined in any actors list`
				);
		});
		event.ties?.forEach((t, i) => {
			if (!tieIds.has(t))
				missing(event, ['ties', i], `names tie "${t}", which is not defined in any ties list`);
		});
	}
	for (const absence of data.absences) {
		checkSources(absence, absence.sources, ['sources']);
		absence.parties.forEach((p, i) => {
			if (!actorIds.has(p))
				missing(
					absence,
					['parties', i],
					`names actor "${p}", which is not defined in any actors list`
				);
		});
	}
	return issues;
}

/** Ids defined once; a second definition is reported at itself, naming where the first is. */
function uniqueIds(
	items: readonly { id: string }[],
	what: string,
	report: (item: object, field: (string | number)[], message: string) => void,
	locate: Locate,
	alsoDefined: ReadonlySet<string> = new Set()
): Set<string> {
	const first = new Map<string, object>();
	for (const item of items) {
		const earlier = first.get(item.id);
		if (earlier) {
			const at = locate(earlier, ['id']);
			const where = at.line ? `${at.file}:${at.line}:${at.column ?? 1}` : at.file;
			report(
				item,
				['id'],
				`${what} id "${item.id}" is used more than once: also at ${where} (${at.path})`
			);
		} else first.set(item.id, item);
	}
	const ids = new Set(first.keys());
	for (const id of alsoDefined) ids.add(id);
	return ids;
}

type Report = (item: object, field: (string | number)[], message: string) => void;

/** `a` may not start after `b` ends (both partial dates). */
function ordered(a: string, b: string): boolean {
	return firstDay(partialDate(a)) <= lastDay(partialDate(b));
}

function checkActor(actor: Actor, report: Report) {
	if (actor.kind === 'state' && !/^[A-Z]{3}$/.test(actor.id)) {
		report(actor, ['id'], `a state's id is its ISO 3166-1 alpha-3 code; "${actor.id}" is not one`);
	}
	if (actor.kind === 'organisation' && /^[A-Z]{3}$/.test(actor.id)) {
		report(
			actor,
			['id'],
			`an organisation's id is kebab-case; "${actor.id}" looks like a state code`
		);
	}
	actor.names.forEach((n, i) => {
		if (n.from && n.to && !ordered(n.from, n.to))
			report(actor, ['names', i, 'to'], `name ends (${n.to}) before it begins (${n.from})`);
		const next = actor.names[i + 1];
		if (
			next &&
			n.to &&
			next.from &&
			!(lastDay(partialDate(n.to)) < firstDay(partialDate(next.from)))
		) {
			report(
				actor,
				['names', i + 1, 'from'],
				`names overlap: "${n.en}" runs to ${n.to}, "${next.en}" begins ${next.from}`
			);
		}
	});
	const e = actor.exists;
	if (e?.from && e.to && !ordered(e.from, e.to))
		report(actor, ['exists', 'to'], `ends (${e.to}) before it begins (${e.from})`);
}

/** Dates are checked alike under both profiles, but only `strict` requires a tie to have them. */
function checkTieDates(tie: Tie, report: Report, profile: Profile) {
	const needs = profile === 'strict';
	if (isAgreementKind(tie.kind)) {
		for (const field of ['from', 'to', 'asOf'] as const) {
			if (tie[field])
				report(
					tie,
					[field],
					`a ${tie.kind} has a lifecycle (signed, inForce, ended), not "${field}"`
				);
		}
		if (!tie.signed) {
			if (needs || tie.inForce || tie.ended || tie.suspended || tie.renewed)
				report(tie, ['signed'], `a ${tie.kind} needs the date it was signed (or issued)`);
			return;
		}
		const steps: [string, string | undefined][] = [
			['signed', tie.signed],
			['inForce', tie.inForce],
			['ended.date', tie.ended?.date]
		];
		let prev: [string, string] | undefined;
		for (const [name, date] of steps) {
			if (!date) continue;
			if (prev && !ordered(prev[1], date)) {
				report(
					tie,
					name.split('.'),
					`${name} (${date}) is before ${prev[0]} (${prev[1]}): the lifecycle must run signed ≤ inForce ≤ ended`
				);
			}
			prev = [name, date];
		}
		tie.suspended?.forEach((s, i) => {
			if (!ordered(tie.signed!, s.from))
				report(
					tie,
					['suspended', i, 'from'],
					`suspension (${s.from}) begins before signing (${tie.signed})`
				);
			if (s.to && !ordered(s.from, s.to))
				report(
					tie,
					['suspended', i, 'to'],
					`suspension ends (${s.to}) before it begins (${s.from})`
				);
			if (tie.ended && !ordered(s.from, tie.ended.date))
				report(
					tie,
					['suspended', i, 'from'],
					`suspension (${s.from}) begins after the end (${tie.ended.date})`
				);
		});
		tie.renewed?.forEach((r, i) => {
			if (!ordered(tie.signed!, r))
				report(tie, ['renewed', i], `renewal (${r}) is before signing (${tie.signed})`);
		});
	} else {
		for (const field of [
			'signed',
			'inForce',
			'renewed',
			'suspended',
			'ended',
			'clauses'
		] as const) {
			if (tie[field]) report(tie, [field], `a ${tie.kind} has a period (from, to), not "${field}"`);
		}
		if (!tie.from) {
			if (needs || tie.to || tie.asOf)
				report(tie, ['from'], `a ${tie.kind} needs the date it began (from)`);
			return;
		}
		if (tie.to && !ordered(tie.from, tie.to))
			report(tie, ['to'], `ends (${tie.to}) before it begins (${tie.from})`);
		if (tie.to && tie.asOf)
			report(tie, ['asOf'], `"asOf" is for open-ended periods; this one ends ${tie.to}`);
		else if (tie.asOf && !ordered(tie.from, tie.asOf))
			report(tie, ['asOf'], `asOf (${tie.asOf}) is before the ${tie.kind} begins (${tie.from})`);
	}
}

function checkDeal(tie: Tie, report: Report) {
	const deal = tie.deal;
	if (!deal) return;
	if (!(DEAL_KINDS as readonly string[]).includes(tie.kind))
		report(tie, ['deal'], `a ${tie.kind} is not a transfer and cannot carry a deal`);
	else if (deal.orderDate && tie.to && !ordered(deal.orderDate, tie.to))
		report(
			tie,
			['deal', 'orderDate'],
			`ordered (${deal.orderDate}) after deliveries end (${tie.to})`
		);
}
