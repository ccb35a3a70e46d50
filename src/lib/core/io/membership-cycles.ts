import type { Tie } from '../schema/index.ts';

/**
 * Memberships that run in a circle (A in B, B in A; or longer): an organisation cannot be,
 * through others, a member of itself. Each cycle is reported once, at the tie that closes it,
 * with the actors in order. Dates are not considered: a cycle at any time is a mistake.
 */
export function membershipCycles(ties: readonly Tie[]): { tie: Tie; path: string[] }[] {
	const out = new Map<string, Tie[]>();
	for (const tie of ties) {
		// A self-membership is reported as a party listed twice.
		if (tie.kind !== 'membership' || tie.parties.length !== 2) continue;
		if (tie.parties[0] === tie.parties[1]) continue;
		const list = out.get(tie.parties[0]) ?? [];
		list.push(tie);
		out.set(tie.parties[0], list);
	}
	const found: { tie: Tie; path: string[] }[] = [];
	// Iterative depth-first search with colours: grey on the stack, black finished.
	const colour = new Map<string, 'grey' | 'black'>();
	for (const start of [...out.keys()].sort()) {
		if (colour.has(start)) continue;
		const stack: { actor: string; next: number }[] = [{ actor: start, next: 0 }];
		colour.set(start, 'grey');
		while (stack.length > 0) {
			const top = stack[stack.length - 1];
			const edges = out.get(top.actor) ?? [];
			if (top.next >= edges.length) {
				colour.set(top.actor, 'black');
				stack.pop();
				continue;
			}
			const tie = edges[top.next++];
			const to = tie.parties[1];
			const state = colour.get(to);
			if (state === 'grey') {
				const from = stack.findIndex((s) => s.actor === to);
				found.push({ tie, path: [...stack.slice(from).map((s) => s.actor), to] });
			} else if (!state) {
				colour.set(to, 'grey');
				stack.push({ actor: to, next: 0 });
			}
		}
	}
	return found;
}
