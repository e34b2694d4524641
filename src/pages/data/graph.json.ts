import { graph } from "../../lib/data.ts";
export const GET = () => new Response(`${JSON.stringify(graph, null, 2)}\n`, { headers: { "content-type": "application/json" } });
