/**
 * Resolves in a task of its own, without a timer's delay: between two tasks the page answers
 * input and paints. (A chain of zero-delay timers is held to 4 ms a link.)
 */
export function nextTask(): Promise<void> {
	return new Promise((done) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			done();
		};
		channel.port2.postMessage(null);
	});
}
