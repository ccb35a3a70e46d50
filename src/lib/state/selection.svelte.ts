import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import {
	scopePaths,
	selectScope,
	ScopeError,
	type ScopeDescriptor
} from '$lib/core/export/scope.ts';
import type { TieKind } from '$lib/core/schema/tie.ts';
import { unique } from './unique.ts';

export type PickHow = 'manual' | 'neighbourhood' | 'kind' | 'path';

/**
 * The actors (and, for a kind or a path, the ties) a person has picked, for export and study.
 * The graph's own selection mirrors it: click, shift-click and shift-drag write here, and the
 * tools (neighbourhood, kind, path) write here and the graph follows.
 */
export class Picks {
	#actors = $state.raw<string[]>([]);
	#ties = $state.raw<string[] | null>(null);
	#how = $state<PickHow>('manual');
	#error = $state('');
	/** Bumped when a tool (not the graph) changed the picks, so the graph knows to follow. */
	#revision = $state(0);

	constructor(
		private readonly graph: TemporalGraph,
		private readonly day: () => number
	) {}

	get actors() {
		return this.#actors;
	}
	get ties() {
		return this.#ties;
	}
	get how() {
		return this.#how;
	}
	get error() {
		return this.#error;
	}
	get revision() {
		return this.#revision;
	}
	get empty() {
		return this.#actors.length === 0;
	}

	/** From the graph: what the person clicked or boxed. */
	fromGraph(actors: string[]) {
		this.#actors = actors;
		this.#ties = null;
		this.#how = 'manual';
		this.#error = '';
	}

	private set(actors: string[], ties: string[] | null, how: PickHow) {
		this.#actors = actors;
		this.#ties = ties;
		this.#how = how;
		this.#error = '';
		this.#revision++;
	}

	clear() {
		this.set([], null, 'manual');
	}

	private attempt(run: () => void) {
		try {
			run();
		} catch (e) {
			if (!(e instanceof ScopeError)) throw e;
			this.#error = e.message;
		}
	}

	/** Everyone within `hops` steps of an actor, over the ties that exist at the date in view. */
	neighbourhood(actor: string, hops: number) {
		this.attempt(() => {
			const scope = selectScope(this.graph, { at: this.day(), focus: actor, hops });
			this.set(
				scope.actors.map((a) => a.actor.id),
				null,
				'neighbourhood'
			);
		});
	}

	/** The ties of one kind at the date in view, with their parties. */
	ofKind(kind: TieKind) {
		this.attempt(() => {
			const scope = selectScope(this.graph, { at: this.day(), kinds: [kind] });
			this.set(
				unique(scope.ties.flatMap((t) => t.parties)),
				scope.ties.map((t) => t.tie.id),
				'kind'
			);
		});
	}

	/** Every shortest path between two actors at the date in view. */
	path(from: string, to: string) {
		this.attempt(() => {
			const paths = scopePaths(selectScope(this.graph, { at: this.day() }), from, to);
			if (paths.length === 0) throw new ScopeError(`no path joins ${from} and ${to} at this date`);
			this.set(
				unique(paths.flatMap((p) => p.actors)),
				unique(paths.flatMap((p) => p.ties.flat())),
				'path'
			);
		});
	}

	/** What the export of the selection covers. */
	descriptor(): Pick<ScopeDescriptor, 'actors' | 'ties'> {
		return this.#ties ? { actors: this.#actors, ties: this.#ties } : { actors: this.#actors };
	}
}
