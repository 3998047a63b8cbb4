// The playground: plain DOM, no build, no framework. It asks the server for a short-lived token (the
// server gives one only to a browser on the same machine) and calls the public REST API with it.
const form = document.querySelector("#localize-form");
const status = document.querySelector("#status");
const results = document.querySelector("#results");
let token = "";

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

/** The text with each adaptation's replacement marked, its reason as the title. */
function highlighted(text, adaptations) {
  const wanted = adaptations.filter((change) => change.to.trim() !== "").sort((a, b) => b.to.length - a.to.length);
  const container = element("div", { class: "content" });
  let rest = text;
  while (rest.length > 0) {
    let best = null;
    for (const change of wanted) {
      const index = rest.indexOf(change.to);
      if (index >= 0 && (best === null || index < best.index)) best = { index, change };
    }
    if (best === null) {
      container.append(rest);
      break;
    }
    container.append(rest.slice(0, best.index));
    const { from, to, reason } = best.change;
    container.append(element("mark", { title: `${from} → ${to}: ${reason}` }, to));
    rest = rest.slice(best.index + to.length);
  }
  return container;
}

function renderResult(result) {
  const changes = element("ul", { class: "changes", "aria-label": "Changes" });
  for (const change of result.adaptations) {
    changes.append(
      element(
        "li",
        {},
        element("del", {}, change.from),
        " → ",
        element("strong", {}, change.to),
        ` (${change.reason})`,
      ),
    );
  }
  const findings = element("ul", { class: "findings", "aria-label": "Findings" });
  for (const finding of result.findings) {
    findings.append(element("li", { class: finding.severity }, `${finding.severity}: ${finding.message}`));
  }
  return element(
    "article",
    { class: "result", "data-locale": result.locale },
    element("h2", {}, result.locale, element("span", { title: "performance score" }, `score ${result.score}`)),
    highlighted(result.content, result.adaptations),
    element("h3", {}, `${result.adaptations.length} changes`),
    changes,
    element("h3", {}, `${result.findings.length} findings`),
    findings,
  );
}

async function start() {
  const response = await fetch("/playground/session", { method: "POST" });
  if (!response.ok) {
    say("The playground works only from the machine the server runs on.", true);
    form.querySelector("button").disabled = true;
    return;
  }
  const session = await response.json();
  token = session.token;
  const source = document.querySelector("#source");
  const targets = document.querySelector("#targets");
  for (const market of session.markets) {
    source.append(element("option", { value: market.locale }, `${market.locale} · ${market.name}`));
    const id = `target-${market.locale}`;
    const box = element("input", { type: "checkbox", id, name: "target_locales", value: market.locale });
    box.checked = ["es-MX", "es-AR", "es-CO"].includes(market.locale);
    targets.append(element("label", { for: id }, box, ` ${market.locale}`));
  }
  source.value = "es-ES";
  const provider = document.querySelector("#provider");
  for (const id of session.providers) provider.append(element("option", { value: id }, id));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const body = {
    content: data.get("content"),
    format: data.get("format"),
    source_locale: data.get("source_locale"),
    target_locales: data.getAll("target_locales"),
    ...(data.get("provider") ? { provider: data.get("provider") } : {}),
  };
  const button = form.querySelector("button");
  button.disabled = true;
  say("Localizing…");
  try {
    const response = await fetch("/api/v1/localize", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      const issues = (answer.error?.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`).join("; ");
      say(`${answer.error?.message ?? response.statusText}${issues ? ` (${issues})` : ""}`, true);
      return;
    }
    results.replaceChildren(...answer.results.map(renderResult));
    say(`Localized into ${answer.results.length} markets.`);
  } catch (error) {
    say(`The server did not answer: ${error.message}`, true);
  } finally {
    button.disabled = false;
  }
});

start();
