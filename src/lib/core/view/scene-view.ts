import type { SceneView } from '../schema/story.ts';
import { dayToIso, isoToDay } from '../time/partial-date.ts';
import { pairKey, parsePairKey } from './pairs.ts';
import { defaultSpec, NO_FILTER, ViewSpec, type TimeSpec } from './view-spec.ts';

/** What a scene's view is checked against: the data it is shown over. */
export interface SceneContext {
	/** The days the data covers; none when it has no dates. */
	span: { start: number; end: number } | undefined;
	/** What an id names in the data, if anything. */
	kindOf(id: string): 'actor' | 'tie' | 'event' | null;
}

/** A problem with one field of a scene's view; `path` is inside the view. */
export interface SceneProblem {
	path: (string | number)[];
	message: string;
	/** The id the data does not know, for a caller that knows why (an item that failed its schema). */
	id?: string;
}

/** The scene's time as the view spec holds it: `at` is the later end, `anchor` the earlier. */
function sceneTime(view: SceneView): TimeSpec {
	if (view.range) return { mode: 'range', anchor: view.range.from, at: view.range.to };
	if (view.compare) return { mode: 'compare', anchor: view.compare.from, at: view.compare.to };
	return { mode: 'instant', at: view.at! };
}

/**
 * Turns a scene's view (already checked against its schema) into the full view spec the app
 * opens, checking it against the data: dates inside the data's span, ids that name what the
 * field needs. Every problem is returned; nothing is dropped or moved silently.
 */
export function sceneViewSpec(
	view: SceneView,
	ctx: SceneContext
): { spec: ViewSpec; problems: SceneProblem[] } {
	const problems: SceneProblem[] = [];
	const time = sceneTime(view);
	const spec = defaultSpec(time.at);
	spec.time = time;

	const dated: [(string | number)[], string | undefined][] = [
		[['at'], view.at],
		[['range', 'from'], view.range?.from],
		[['range', 'to'], view.range?.to],
		[['compare', 'from'], view.compare?.from],
		[['compare', 'to'], view.compare?.to]
	];
	for (const [path, iso] of dated) {
		if (iso === undefined) continue;
		const day = isoToDay(iso)!;
		if (!ctx.span)
			problems.push({ path, message: 'the data has no dates, so a scene cannot be dated' });
		else if (day < ctx.span.start || day > ctx.span.end)
			problems.push({
				path,
				message: `${iso} is outside the data, which runs from ${dayToIso(ctx.span.start)} to ${dayToIso(ctx.span.end)}`
			});
	}

	/** The ids that name a `want`; each other one is reported at its place in the list. */
	const known = (
		ids: readonly string[] | undefined,
		path: (string | number)[],
		want: 'actor' | 'tie'
	) =>
		(ids ?? []).filter((id, i) => {
			const ok = ctx.kindOf(id) === want;
			const what = want === 'actor' ? 'an actor' : 'a tie';
			if (!ok)
				problems.push({ path: [...path, i], message: `"${id}" is not ${what} in the data`, id });
			return ok;
		});

	spec.filter = {
		...NO_FILTER,
		hiddenKinds: view.hide ?? [],
		minConfidence: view.minConfidence ?? NO_FILTER.minConfidence,
		hiddenActors: known(view.hideActors, ['hideActors'], 'actor')
	};

	if (view.focus !== undefined) {
		const type = ctx.kindOf(view.focus);
		const pair = parsePairKey(view.focus);
		if (type) spec.selection = { type, id: view.focus };
		else if (pair && pair.every((id) => ctx.kindOf(id) === 'actor'))
			spec.selection = { type: 'pair', id: pairKey(pair[0], pair[1]) };
		else
			problems.push({
				path: ['focus'],
				message: `"${view.focus}" is not an actor, tie or event in the data`,
				id: view.focus
			});
	}
	if (view.picks) {
		const actors = known(view.picks.actors, ['picks', 'actors'], 'actor');
		const ties = known(view.picks.ties, ['picks', 'ties'], 'tie');
		if (actors.length || ties.length)
			spec.picks = { how: 'manual', actors, ties: ties.length ? ties : null };
	}
	if (view.context) spec.context = view.context;
	if (view.pairs) spec.pairs = view.pairs;
	spec.expanded = (view.expanded ?? []).filter((key, i) => {
		const ab = parsePairKey(key);
		const ok =
			!!ab &&
			ctx.kindOf(ab[0]) === 'actor' &&
			ctx.kindOf(ab[1]) === 'actor' &&
			pairKey(ab[0], ab[1]) === key;
		if (!ok)
			problems.push({
				path: ['expanded', i],
				message: `"${key}" is not a pair of two actors in the data, written with the lower id first`
			});
		return ok;
	});
	if (view.ghosts !== undefined) spec.ghosts = view.ghosts;
	if (view.camera) spec.camera = view.camera;
	if (view.layout) spec.layout = view.layout;
	if (view.theme) spec.theme = view.theme;

	// The scene schema mirrors the view spec's; if they ever drift apart, say so here.
	const parsed = ViewSpec.safeParse(spec);
	if (!parsed.success)
		for (const issue of parsed.error.issues)
			problems.push({
				path: [],
				message: `does not make a view: ${issue.path.join('.')} ${issue.message}`
			});
	return { spec, problems };
}
