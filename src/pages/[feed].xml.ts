// feed.xml: the papers as an RSS feed, newest first, for a reader's feed reader.
// A feed's links must be absolute: it is written only when the site's origin is
// configured (PAPERGRAPH_SITE); `npm run build` says when it is not.
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { byDateDesc, dayOf, describe, papers, url } from "../lib/data.ts";
import { plainText } from "../record/math-text.ts";

export const getStaticPaths = () => (import.meta.env.SITE ? [{ params: { feed: "feed" } }] : []);

export const GET = (context: APIContext) =>
  rss({
    title: "Papergraph: papers by date",
    description: "The papers of this research collection, newest first.",
    site: context.site ?? "",
    items: [...papers].sort(byDateDesc).map((p) => ({
      title: plainText(p.title),
      link: url(`papers/${p.id}/`),
      ...(p.date ? { pubDate: dayOf(p.date) } : {}),
      description: describe(p.abstract, 400),
    })),
  });
