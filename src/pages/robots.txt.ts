// robots.txt: every page may be read; the sitemap is named when the site's origin is known.
import type { APIContext } from "astro";
import { url } from "../lib/data.ts";

export const GET = ({ site }: APIContext) =>
  new Response(
    ["User-agent: *", "Allow: /", ...(site ? [`Sitemap: ${new URL(url("sitemap-index.xml"), site).href}`] : [])]
      .join("\n")
      .concat("\n"),
    { headers: { "content-type": "text/plain; charset=utf-8" } },
  );
