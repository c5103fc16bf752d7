/** @module Renders a Plot spec to a standalone SVG string on the server, through linkedom's DOM. */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/**
 * Plot needs a `document`; linkedom gives one without a browser. The result is a self-contained SVG
 * (xmlns set, no HTML figure wrapper) that files, briefs and `<img>` tags can all use.
 * @example writeFileSync("usa-irq.svg", renderSvg(dyadChart(series)))
 */
export function renderSvg(spec: Plot.PlotOptions): string {
  const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
  const svg = Plot.plot({ ...spec, document: document as unknown as Document }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== "svg") throw new Error("renderSvg: the spec must not ask for a legend or title (they make an HTML figure)");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return `${svg.outerHTML}\n`;
}
