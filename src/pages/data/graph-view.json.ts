import { allConcepts, dateText, methods, papers, readGraph } from "../../lib/data.ts";
import { graphView } from "../../site/graph-view.ts";
export const GET = () =>
  new Response(JSON.stringify(graphView(readGraph(), papers, methods, allConcepts, { date: dateText })), {
    headers: { "content-type": "application/json" },
  });
