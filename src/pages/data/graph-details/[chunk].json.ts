// The graph's side panel texts, a file per DETAILS_CHUNK papers: a selection
// fetches one small file instead of every paper's abstract with the page.
import type { GetStaticPaths } from "astro";
import { authorsText, paperById, readGraph } from "../../../lib/data.ts";
import { detailsChunks, graphDetails } from "../../../site/graph-view.ts";

export const getStaticPaths = (() => {
  const graph = readGraph();
  return Array.from({ length: detailsChunks(graph) }, (_, chunk) => ({
    params: { chunk: String(chunk) },
    props: { details: graphDetails(graph, chunk, paperById, { authors: authorsText }) },
  }));
}) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { details: unknown } }) =>
  new Response(JSON.stringify(props.details), { headers: { "content-type": "application/json" } });
