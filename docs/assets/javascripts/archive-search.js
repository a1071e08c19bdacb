// Search in the browser: Pagefind's bundle, shown in Material's search dialog.
//
// Pagefind folds tone marks ("tang truong" finds "tăng trưởng") but not "đ", which Unicode does not
// decompose: a query typed without any diacritic is also searched with each "d" read as "đ"
// ("dien gio" → "điện gió", "QD-UBND" → "QĐ-UBND"), and the results are merged. A query with
// diacritics is searched as typed, so exact accents rank first. Number queries ("Số 1198 / UBND-TH")
// are written the way letters print them ("1198/UBND-TH"). A "phrase in quotes" keeps the pages whose
// text holds it.
(() => {
  "use strict";
  const root = document.querySelector("[data-archive-search]");
  if (!root) return;

  const MAX_VARIANTS = 16;
  const MAX_RESULTS = 10;
  const RERANKED = 20; // results whose text is read to put them in order
  const bundle = new URL(root.dataset.bundle, document.baseURI);
  const input = root.querySelector("input[name=query]");
  const list = root.querySelector(".md-search-result__list");
  const status = root.querySelector(".md-search-result__meta");
  const selects = [...root.querySelectorAll("select[data-filter]")];
  const toggle = document.getElementById("__search");
  let pagefind = null;
  let latest = 0;

  // "Số: 1198 / UBND-TH" → "1198/UBND-TH"; other queries are only trimmed.
  function normaliseQuery(query) {
    const text = query.normalize("NFC").trim().replace(/\s+/g, " ");
    const number = text.replace(/^s[ốo]\s*:?\s*(?=\d)/i, "");
    return /^\d/.test(number) ? number.replace(/\s*([/-])\s*/g, "$1") : text;
  }

  // Lower case without diacritics, "đ" as "d": how a phrase is compared with a page's text.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
      .replace(/\s+/g, " ");
  }

  function hasDiacritics(text) {
    return /[\u0300-\u036f]/.test(text.normalize("NFD")) || /[đĐ]/.test(text);
  }

  // Every way of reading the query's "d"s as "đ", fewest changes first, at most MAX_VARIANTS.
  function dVariants(query) {
    if (hasDiacritics(query)) return [query];
    const positions = [...query].flatMap((c, i) => (c === "d" || c === "D" ? [i] : []));
    const variants = [];
    for (let mask = 0; mask < 2 ** Math.min(positions.length, 8); mask++) {
      const chars = [...query];
      positions.forEach((p, bit) => {
        if (mask & (1 << bit)) chars[p] = chars[p] === "d" ? "đ" : "Đ";
      });
      variants.push({ text: chars.join(""), changes: popcount(mask) });
    }
    variants.sort((a, b) => a.changes - b.changes);
    return variants.slice(0, MAX_VARIANTS).map((v) => v.text);
  }

  function popcount(n) {
    let count = 0;
    for (; n; n &= n - 1) count++;
    return count;
  }

  async function load() {
    if (pagefind) return pagefind;
    pagefind = await import(new URL("pagefind.js", bundle).href);
    // Letters differ in length tenfold; a short page must not win by being short.
    await pagefind.options({ baseUrl: new URL("..", bundle).pathname, ranking: { pageLength: 0.0 } });
    await pagefind.init();
    const filters = await pagefind.filters();
    for (const select of selects) {
      const values = Object.keys(filters[select.dataset.filter] || {}).sort((a, b) => a.localeCompare(b, "vi"));
      if (select.dataset.filter === "year") values.reverse();
      for (const value of values) select.append(new Option(value, value));
    }
    return pagefind;
  }

  function chosenFilters() {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    return filters;
  }

  // Pagefind matches any word of the query, and the last one as a prefix ("hoá" finds "hoạch"): good
  // recall, loose order. The first RERANKED results are read and put in order of how well their
  // text holds the query: the phrase as typed (exact accents), the phrase without diacritics, every
  // word as a whole word; Pagefind's score breaks ties. A "quoted phrase" must be in the text.
  async function search(query) {
    const pf = await load();
    const filters = chosenFilters();
    const quoted = [...query.matchAll(/"([^"]+)"/g)].map((m) => words(fold(m[1])));
    const typed = normaliseQuery(query.replace(/"/g, " "));
    const searches = await Promise.all(dVariants(typed).map((v) => pf.search(v, { filters })));
    const best = new Map();
    for (const found of searches) {
      for (const result of found?.results || []) {
        const known = best.get(result.id);
        if (!known || result.score > known.score) best.set(result.id, result);
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score).map(remember);
    const head = await Promise.all(ranked.slice(0, RERANKED).map(async (r) => ({ r, fit: fit(await r.data(), typed, quoted) })));
    const kept = head.filter((h) => h.fit !== null).sort((a, b) => compareFits(b.fit, a.fit) || b.r.score - a.r.score);
    return [...kept.map((h) => h.r), ...(quoted.length ? [] : ranked.slice(RERANKED))];
  }

  // A result whose data() is fetched once, however often it is asked for.
  function remember(result) {
    let data;
    return { id: result.id, score: result.score, data: () => (data ??= result.data()) };
  }

  function words(text) {
    return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function holds(haystack, needle) {
    return needle.length > 0 && ` ${haystack.join(" ")} `.includes(` ${needle.join(" ")} `);
  }

  // How well a page's text holds the query; null when it lacks a quoted phrase.
  function fit(data, typed, quoted) {
    const text = data.content || "";
    const folded = words(fold(text));
    if (!quoted.every((phrase) => holds(folded, phrase))) return null;
    const query = words(fold(typed));
    const present = new Set(folded);
    return [
      holds(words(text.toLowerCase()), words(typed.toLowerCase())) ? 1 : 0,
      holds(folded, query) ? 1 : 0,
      query.filter((w) => present.has(w)).length / Math.max(query.length, 1),
    ];
  }

  function compareFits(a, b) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  }

  // Pagefind's excerpt is text with <mark> around the hits: keep exactly that, nothing else.
  function excerptNode(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    const out = document.createElement("p");
    for (const node of template.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render(data) {
    const meta = data.meta || {};
    const item = element("li", "md-search-result__item");
    const link = element("a", "md-search-result__link");
    link.href = data.url;
    const article = element("article", "md-search-result__article md-typeset archive-result");
    article.append(element("h1", "", meta.title || data.url));
    const facts = [meta.number, meta.date, meta.issuer, meta.type].filter(Boolean).join(" · ");
    if (facts) article.append(element("p", "archive-result__facts", facts));
    if (meta.subject) article.append(element("p", "archive-result__subject", meta.subject));
    article.append(excerptNode(data.excerpt || ""));
    link.append(article);
    item.append(link);
    return item;
  }

  async function run() {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = "Gõ số ký hiệu hoặc nội dung cần tìm, có dấu hoặc không dấu";
      return;
    }
    status.textContent = "Đang tìm…";
    const results = await search(query);
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started
    status.textContent = results.length ? `${results.length} văn bản` : "Không tìm thấy văn bản nào";
    list.replaceChildren(...shown.map(render));
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  for (const select of selects) select.addEventListener("change", run);
  toggle?.addEventListener("change", () => {
    if (toggle.checked) {
      input.focus();
      load();
    }
  });
  document.addEventListener("keydown", (event) => {
    const typing = /INPUT|TEXTAREA|SELECT/.test(document.activeElement?.tagName || "");
    if (event.key === "/" && !typing) {
      event.preventDefault();
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    } else if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
    }
  });

  // For tests and for links of the form ?q=…: open the dialog with a query.
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    toggle.checked = true;
    input.value = initial;
    run();
  }
  window.archiveSearch = { search, normaliseQuery, dVariants, load };
})();
