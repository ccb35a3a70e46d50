import { getContext, setContext } from 'svelte';
import type { AppState } from './app-state.svelte.ts';
import type { DatasetSession } from './datasets.svelte.ts';
import type { StoryDraftState } from './story-draft.svelte.ts';

const KEY = Symbol('tieline-app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	const state = getContext<AppState | undefined>(KEY);
	if (!state) throw new Error('AppState is missing: call setAppState in the page first.');
	return state;
}

const DATASETS = Symbol('tieline-datasets');

export function setDatasets(session: DatasetSession): DatasetSession {
	return setContext(DATASETS, session);
}

export function getDatasets(): DatasetSession {
	const session = getContext<DatasetSession | undefined>(DATASETS);
	if (!session)
		throw new Error('The dataset session is missing: call setDatasets in the page first.');
	return session;
}

const DRAFT = Symbol('tieline-story-draft');

export function setStoryDraft(draft: StoryDraftState): StoryDraftState {
	return setContext(DRAFT, draft);
}

/** The story being made, kept by the page; none where the page keeps no draft. */
export function getStoryDraft(): StoryDraftState | null {
	return getContext<StoryDraftState | undefined>(DRAFT) ?? null;
}
