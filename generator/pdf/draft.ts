// A document's print draft: its HTML with a placeholder where each chart goes, loaded in the
// browser while the charts are drawn (the browser is otherwise idle then), each chart put in its
// place once drawn. What prints is the draft only if, with every chart in, it is exactly the
// final HTML; otherwise the final HTML is loaded as usual.

const ATTRIBUTE = "data-print-draft";

/** The placeholder for one chart (`key` unique in the document): an inert element, found by its attribute. */
export function draftPlaceholder(key: string): string {
  return `<template ${ATTRIBUTE}="${key}"></template>`;
}

/** The attribute value a placeholder is found by in the page. */
export function placeholderKey(placeholder: string): string | null {
  return new RegExp(`^<template ${ATTRIBUTE}="([^"<>]+)"></template>$`).exec(placeholder)?.[1] ?? null;
}

/** The selector of a placeholder's element. */
export const placeholderSelector = (key: string) => `template[${ATTRIBUTE}="${key}"]`;

/** The draft's HTML with each placeholder (that appears once) replaced by its chart, as the page holds it once all are in. */
export function filledDraft(html: string, fills: ReadonlyMap<string, string>): string | null {
  let out = html;
  for (const [placeholder, svg] of fills) {
    const parts = out.split(placeholder);
    if (parts.length !== 2) return null;
    out = parts.join(svg);
  }
  return out;
}
