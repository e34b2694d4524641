import { papers } from "../../lib/data.ts";
export const GET = () => new Response(`${JSON.stringify(papers)}\n`, { headers: { "content-type": "application/json" } });
