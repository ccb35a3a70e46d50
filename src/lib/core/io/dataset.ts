import type { Absence, Actor, Event, Source, Tie } from '../schema/index.ts';

/** Where an element was written, so later checks can point at it. */
export interface Origin {
	file: string;
	path: (string | number)[];
	line?: number;
	column?: number;
}

/** A validated dataset: every reference resolves, every date parses, every lifecycle is ordered. */
export interface Dataset {
	sources: Source[];
	actors: Actor[];
	ties: Tie[];
	events: Event[];
	absences: Absence[];
}

export interface LocatedDataset extends Dataset {
	origins: Map<object, Origin>;
}
