// The side panel: what a selected node is, without leaving the graph. A paper
// shows its title, authors, date, concepts, methods and the opening of its
// abstract (fetched from its details file); a concept its definition, size and
// top papers; a method its papers. Papers and concepts named in the panel can be
// selected in turn; a link to the node's own page comes right after its name.
import { type Model, type Target, at, hrefOf, nameOf, papersOfTarget } from "./model.ts";
import { DETAILS_CHUNK, type PaperDetails } from "./view.ts";

/** Papers listed in a concept's or a method's panel. */
const LISTED = 8;

export interface Panel {
  open(t: Target): void;
  close(): void;
}

export function panel(root: HTMLElement, model: Model, choose: (t: Target) => void, closed: () => void): Panel {
  const body = root.querySelector<HTMLElement>(".panel-body");
  if (!body) throw new Error("graph panel: no .panel-body");
  const chunks = new Map<number, Promise<PaperDetails[]>>();
  const details = (i: number): Promise<PaperDetails | undefined> => {
    const chunk = Math.floor(i / DETAILS_CHUNK);
    let list = chunks.get(chunk);
    if (!list) {
      list = fetch(`${model.base}data/graph-details/${chunk}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<PaperDetails[]>) : []))
        .catch(() => {
          // A failed fetch is tried again at the next selection.
          chunks.delete(chunk);
          return [];
        });
      chunks.set(chunk, list);
    }
    return list.then((l) => l[i % DETAILS_CHUNK]);
  };
  let target: Target | null = null;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  };
  const chooser = (t: Target, text = nameOf(model, t)) => {
    const b = el("button", text, "panel-choose");
    b.type = "button";
    b.addEventListener("click", () => choose(t));
    return b;
  };
  const list = (items: Target[]) => {
    const ul = el("ul", undefined, "panel-list");
    for (const t of items) {
      const li = el("li");
      li.append(chooser(t));
      ul.append(li);
    }
    return ul;
  };
  const field = (label: string, ...value: Array<Node | string>) => {
    const p = el("p", undefined, "panel-field");
    p.append(el("span", `${label}: `, "panel-label"), ...value);
    return p;
  };
  const pageLink = (t: Target, text: string) => {
    const a = el("a", text, "panel-page");
    a.href = hrefOf(model, t);
    return a;
  };

  const paper = (t: Target & { kind: "paper" }) => {
    const [, title, , , cs, , date] = at(model.view.papers, t.index, "paper");
    const more = el("div", "Loading details…", "panel-more");
    const concepts = cs.length
      ? cs.flatMap((c, k) => [...(k ? [", "] : []), chooser({ kind: "concept", index: c })])
      : ["none"];
    body.replaceChildren(
      el("p", "Paper", "panel-kind"),
      el("h2", title),
      pageLink(t, "Open the paper's page"),
      field("Date", date),
      field("Concepts", ...concepts),
      more,
    );
    void details(t.index).then((d) => {
      if (target !== t) return;
      if (!d) {
        more.textContent = "";
        return;
      }
      more.replaceChildren(
        field("Authors", d.authors),
        ...(d.methods.length ? [field("Introduces", d.methods.join(", "))] : []),
        el("p", d.excerpt, "panel-excerpt"),
      );
    });
  };
  const concept = (t: Target & { kind: "concept" }) => {
    const [, label, , , size, definition] = at(model.view.concepts, t.index, "concept");
    const papers = papersOfTarget(model, t);
    body.replaceChildren(
      el("p", "Concept", "panel-kind"),
      el("h2", label),
      pageLink(t, `All ${size} papers on the concept's page`),
      ...(definition ? [el("p", definition)] : []),
      el("h3", papers.length > LISTED ? "Most voted papers" : "Papers"),
      list(papers.slice(0, LISTED).map((index) => ({ kind: "paper", index }))),
    );
  };
  const method = (t: Target & { kind: "method" }) => {
    const papers = papersOfTarget(model, t);
    body.replaceChildren(
      el("p", "Method", "panel-kind"),
      el("h2", nameOf(model, t)),
      pageLink(t, "Open the method's page"),
      field("Papers", String(papers.length)),
      list(papers.slice(0, LISTED).map((index) => ({ kind: "paper", index }))),
    );
  };

  return {
    open(t: Target) {
      target = t;
      if (t.kind === "paper") paper(t);
      else if (t.kind === "concept") concept(t);
      else method(t);
      root.hidden = false;
    },
    close() {
      if (root.hidden) return;
      target = null;
      root.hidden = true;
      closed();
    },
  };
}
