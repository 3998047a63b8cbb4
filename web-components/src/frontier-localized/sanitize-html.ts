const allowedElements = new Set([
  "A",
  "ABBR",
  "B",
  "BR",
  "EM",
  "I",
  "LI",
  "MARK",
  "OL",
  "P",
  "S",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "U",
  "UL",
]);

/**
 * Published HTML copy reduced to inline formatting and lists: any other element is replaced by its
 * text, every attribute is dropped except an `http(s):`/`mailto:` link target. An allow-list, so
 * scripts, handlers and styles never reach the page.
 */
export function sanitizeHtml(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}`, "text/html").body;
  const fragment = document.createDocumentFragment();
  for (const node of [...parsed.childNodes]) fragment.append(...clean(node));
  return fragment;
}

function clean(node: Node): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? "")];
  if (!(node instanceof Element)) return [];
  const children = [...node.childNodes].flatMap(clean);
  if (!allowedElements.has(node.tagName)) {
    return node.tagName === "SCRIPT" || node.tagName === "STYLE" ? [] : children;
  }
  const copy = document.createElement(node.tagName.toLowerCase());
  const href = node.getAttribute("href");
  if (node.tagName === "A" && href !== null && /^(https?:|mailto:)/i.test(href.trim())) {
    copy.setAttribute("href", href.trim());
    copy.setAttribute("rel", "noopener");
  }
  copy.append(...children);
  return [copy];
}
