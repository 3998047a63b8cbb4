// The playground: plain DOM, no build, no framework. It asks the server for a short-lived token (the
// server gives one only to a browser on the same machine) and calls the public REST API with it.
// When the server names a bundle of the web components, the results show in <frontier-variant-preview>
// and a Generate view holds <frontier-copy-generator>, as a developer would embed them; without one, or
// when it fails to load, the page renders the results itself.
const form = document.querySelector("#localize-form");
const status = document.querySelector("#status");
const results = document.querySelector("#results");
let token = "";
let elements = false;
let generator = null;

/** "1 finding", "2 findings". */
function count(number, noun) {
  return `${number} ${noun}${number === 1 ? "" : "s"}`;
}

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
        change.source === "translation-memory" ? element("em", {}, " from the translation memory") : "",
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
    element("h3", {}, count(result.adaptations.length, "change")),
    changes,
    element("h3", {}, count(result.findings.length, "finding")),
    findings,
  );
}

/** The copy as <frontier-variant-preview> shows it: every market side by side, changes explained. */
function renderPreview(body, answer) {
  const preview = document.createElement("frontier-variant-preview");
  preview.apiBase = location.origin;
  preview.uiLang = "en";
  preview.source = body.content;
  preview.sourceLocale = body.source_locale;
  preview.locales = body.target_locales;
  preview.results = answer.results;
  return preview;
}

/** Loads the web components' bundle; false (and the plain rendering) when it cannot. */
async function loadElements(url) {
  if (!url) return false;
  try {
    await import(url);
    return customElements.get("frontier-variant-preview") !== undefined;
  } catch (error) {
    console.warn("the playground renders without the web components:", error);
    return false;
  }
}

/** Localize and Generate as tabs: arrow keys move between them, the active one takes Tab. */
function showViews(session) {
  const tabs = [...document.querySelectorAll('#views [role="tab"]')];
  const select = (chosen, focus) => {
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
    }
    if (focus) chosen.focus();
  };
  for (const [index, tab] of tabs.entries()) {
    document.getElementById(tab.getAttribute("aria-controls")).setAttribute("role", "tabpanel");
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      select(tabs[(index + step + tabs.length) % tabs.length], true);
    });
  }
  generator = document.createElement("frontier-copy-generator");
  generator.apiBase = location.origin;
  generator.uiLang = "en";
  generator.token = token;
  generator.availableMarkets = session.markets.map((market) => market.locale);
  generator.markets = ["es-MX", "es-AR"];
  generator.prompt = "Auriculares inalámbricos con cancelación de ruido y 30 horas de batería";
  document.querySelector("#generate-view").append(generator);
  document.querySelector("#views").hidden = false;
  select(tabs[0], false);
}

/** A session: a token, the markets and providers, and the bundle to load (null without one). */
async function openSession() {
  const response = await fetch("/playground/session", { method: "POST" });
  if (!response.ok) return null;
  const session = await response.json();
  token = session.token;
  if (generator !== null) generator.token = token;
  setTimeout(refreshSession, Math.max(session.expires_in - 60, 30) * 1000);
  return session;
}

/** A fresh token a minute before the current one expires, for as long as the page stays open. */
async function refreshSession() {
  try {
    if ((await openSession()) === null) setTimeout(refreshSession, 30_000);
  } catch {
    setTimeout(refreshSession, 30_000);
  }
}

async function start() {
  const session = await openSession();
  if (session === null) {
    say("The playground works only from the machine the server runs on.", true);
    form.querySelector("button").disabled = true;
    return;
  }
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
  elements = await loadElements(session.elements);
  document.body.dataset.rendering = elements ? "elements" : "plain";
  if (elements) showViews(session);
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
    results.classList.toggle("elements", elements);
    if (elements) results.replaceChildren(renderPreview(body, answer));
    else results.replaceChildren(...answer.results.map(renderResult));
    say(`Localized into ${count(answer.results.length, "market")}.`);
  } catch (error) {
    say(`The server did not answer: ${error.message}`, true);
  } finally {
    button.disabled = false;
  }
});

start();
