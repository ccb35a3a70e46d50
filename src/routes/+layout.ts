// The whole app is plain files: prerendered once, then it runs in the browser with no server.
export const prerender = true;
