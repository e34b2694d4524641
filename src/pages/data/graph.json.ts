import { dataFile } from "../../lib/data.ts";
// The file as the ingest wrote it: no parse and re-serialisation of it.
export const GET = () => new Response(dataFile("graph.json"), { headers: { "content-type": "application/json" } });
