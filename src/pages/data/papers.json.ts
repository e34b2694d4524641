import { dataFile } from "../../lib/data.ts";
// The file as the ingest wrote it: no re-serialisation of the parsed records.
export const GET = () => new Response(dataFile("papers.json"), { headers: { "content-type": "application/json" } });
