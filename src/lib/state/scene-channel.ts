/** The presenter and its notes window, kept on the same scene both ways. */
export interface SceneChannel {
	send(index: number): void;
	close(): void;
}

type Message = { type: 'scene'; index: number } | { type: 'hello' };

/**
 * A BroadcastChannel named for the story: each side sends the scene it moved to; a window that
 * opens says hello and is told the scene in view. Without BroadcastChannel it does nothing.
 */
export function openChannel(
	storyId: string,
	onScene: (index: number) => void,
	current: () => number
): SceneChannel {
	if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
	const channel = new BroadcastChannel(`tieline-story-${storyId}`);
	channel.onmessage = (e: MessageEvent<Message>) => {
		const m = e.data;
		if (m?.type === 'scene' && Number.isInteger(m.index)) onScene(m.index);
		if (m?.type === 'hello' && current() >= 0)
			channel.postMessage({ type: 'scene', index: current() } satisfies Message);
	};
	channel.postMessage({ type: 'hello' } satisfies Message);
	return {
		send: (index) => channel.postMessage({ type: 'scene', index } satisfies Message),
		close: () => channel.close()
	};
}
