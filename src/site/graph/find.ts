// Find: papers, concepts and methods by name, exact matches first, then those
// starting with the text, then those containing it.
import { type Model, type Target, nameOf } from "./model.ts";

export interface Match {
  name: string;
  kind: Target["kind"];
  target: Target;
}

export function findables(model: Model): Match[] {
  const all: Target[] = [
    ...model.view.concepts.map((_, index): Target => ({ kind: "concept", index })),
    ...model.view.papers.map((_, index): Target => ({ kind: "paper", index })),
    ...model.view.methods.map(([, slug]): Target => ({ kind: "method", slug })),
  ];
  return all.map((target) => ({ name: nameOf(model, target), kind: target.kind, target }));
}

export function matches(all: Match[], query: string, limit = 8): Match[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const lower = (m: Match) => m.name.toLowerCase();
  const exact = all.filter((m) => lower(m) === q);
  const starts = all.filter((m) => lower(m) !== q && lower(m).startsWith(q));
  const within = all.filter((m) => !lower(m).startsWith(q) && lower(m).includes(q));
  return [...exact, ...starts, ...within].slice(0, limit);
}

/** Binds the Find form: matches listed as the reader types, the first chosen on submit. */
export function bindFind(
  form: HTMLFormElement,
  input: HTMLInputElement,
  results: HTMLElement,
  model: Model,
  choose: (t: Target, name: string) => void,
  nothing: (query: string) => void,
): void {
  const all = findables(model);
  input.addEventListener("input", () => {
    const q = input.value.trim();
    results.replaceChildren(
      ...(q.length < 2 ? [] : matches(all, q)).map((m) => {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.className = "find-match";
        b.textContent = `${m.name} (${m.kind})`;
        b.addEventListener("click", () => choose(m.target, m.name));
        li.append(b);
        return li;
      }),
    );
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const [first] = matches(all, input.value);
    if (first) choose(first.target, first.name);
    else nothing(input.value);
  });
}
