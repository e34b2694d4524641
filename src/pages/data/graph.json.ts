import { graph } from "../../lib/data.ts";
export const GET = () => new Response(`${JSON.stringify(graph)}\n`, { headers: { "content-type": "application/json" } });
