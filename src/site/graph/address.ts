// The graph's state in the page's address, so that a view can be shared and
// other pages can link into it: ?concept=a,b (the concepts picked) and
// ?node=paper:<id> | concept:<id> | method:<slug> (the node selected).
export interface GraphState {
  concepts: string[];
  node: string | null;
}

export function readAddress(search = location.search): GraphState {
  const params = new URLSearchParams(search);
  const concepts = (params.get("concept") ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  return { concepts, node: params.get("node") };
}

/** Puts the state in the address without adding a history entry for every click. */
export function writeAddress(state: GraphState): void {
  const params = new URLSearchParams(location.search);
  if (state.concepts.length) params.set("concept", state.concepts.join(","));
  else params.delete("concept");
  if (state.node) params.set("node", state.node);
  else params.delete("node");
  const query = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}
