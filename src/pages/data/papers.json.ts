import { papers } from "../../lib/data.ts";
export const GET = () => new Response(`${JSON.stringify(papers, null, 2)}\n`, { headers: { "content-type": "application/json" } });
