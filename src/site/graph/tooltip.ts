// The tooltip: what the node under the pointer (or the keyboard's focus) is.
import type { NodeSingular } from "cytoscape";
import { type Model, at } from "./model.ts";

export function tooltip(tip: HTMLElement, container: HTMLElement, model: Model) {
  const line = (text: string, className?: string) => {
    const el = document.createElement("span");
    el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  let shown: NodeSingular | null = null;
  const api = {
    show(node: NodeSingular): void {
      shown = node;
      const index = Number(node.data("index"));
      if (node.data("type") === "paper") {
        const [, title, , , cs, , date] = at(model.view.papers, index, "paper");
        const names = cs.map((c) => at(model.view.concepts, c, "concept")[1]);
        tip.replaceChildren(
          line(title, "tip-title"),
          line(date),
          line(names.length ? names.join(" · ") : "No concept"),
        );
      } else {
        const [, label, , , size] = at(model.view.concepts, index, "concept");
        tip.replaceChildren(line(label, "tip-title"), line(`Concept · ${size} paper${size === 1 ? "" : "s"}`));
      }
      tip.hidden = false;
      // Beside the node, kept inside the canvas.
      const { x, y } = node.renderedPosition();
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      const left = Math.min(Math.max(4, x + 14), container.clientWidth - w - 4);
      const top = y + 14 + h > container.clientHeight ? Math.max(4, y - 14 - h) : y + 14;
      tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    },
    hide(): void {
      shown = null;
      tip.hidden = true;
    },
    /** Keeps the tooltip beside its node as the view moves. */
    follow(): void {
      if (shown && shown.inside()) api.show(shown);
    },
  };
  return api;
}
