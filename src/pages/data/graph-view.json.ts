import { graph, methods, papers } from "../../lib/data.ts";
import { graphView } from "../../site/graph-view.ts";
export const GET = () => new Response(JSON.stringify(graphView(graph, papers, methods)), { headers: { "content-type": "application/json" } });
