import type { Absence, Actor, Event, Source, Story, Text, Tie } from '../schema/index.ts';
import type { Profile } from './profile.ts';

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
	/** The profile it was checked under; missing means `strict` (graph-data). */
	profile?: Profile;
	/** Briefings told over the data (graph-data/stories/); absent where the files give none. */
	stories?: Story[];
	/** A name for the dataset where its files give one (a GEXF title, a file name). */
	title?: Text;
}

export interface LocatedDataset extends Dataset {
	origins: Map<object, Origin>;
}
