// Search in the browser over the archive's own static index (docs/tim-kiem/, written by
// build_tools/search/browser.py, which documents the files), shown in Material's search dialog.
//
// A query is folded as the index is (no diacritics, "đ" as "d", lower case), so "dien gio" finds
// "điện gió". Its words, document-number parts and pairs of neighbouring words are looked up in the
// bucket files named by their CRC-32; pages rank by the sum of the words' BM25 impacts, a pair of
// words as typed counting extra. Only the records of the results shown are fetched, and the start of
// their text, for an excerpt around the words found, marked (<mark>) as written. Number queries
// ("Số 1198 / UBND-TH") are read the way letters print them ("1198/ubnd-th"). A "phrase in quotes"
// keeps the pages holding its word pairs.
(() => {
  "use strict";
  const root = document.querySelector("[data-archive-search]");
  if (!root) return;

  const MAX_RESULTS = 10;
  const PAIR_WEIGHT = 2; // a pair of words found side by side, on top of the two words
  const WORD = /[\p{L}\p{N}]+/gu;
  const TOKEN = /\d+[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)+|[\p{L}\p{N}]+/gu;
  const bundle = new URL(root.dataset.bundle, document.baseURI);
  const siteRoot = new URL("..", bundle);
  const input = root.querySelector("input[name=query]");
  const list = root.querySelector(".md-search-result__list");
  const status = root.querySelector(".md-search-result__meta");
  const filterBar = root.querySelector(".archive-search__filters");
  const selects = [...root.querySelectorAll("select[data-filter]")];
  const toggle = document.getElementById("__search");
  const cache = new Map(); // file name → promise of its decoded content
  let latest = 0;

  // What build_tools/text.py fold does: "Quyết định" → "quyet dinh" ("Ð", a look-alike, is "đ").
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐÐð]/g, "d").toLowerCase();
  }

  // What build_tools/search/analysis.py number_key does: "Số: 1198 / UBND-TH" → "1198/ubnd-th".
  function numberKey(text) {
    return fold(text).replace(/^\s*so\s*:?\s*/, "").replace(/\s*([/-])\s*/g, "$1").trim();
  }

  function looksLikeNumber(text) {
    return /^\d+[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)*$/u.test(numberKey(text));
  }

  function tokens(folded) {
    return folded.match(TOKEN) || [];
  }

  function parts(token) {
    return /[/-]/.test(token) ? token.match(WORD) : [];
  }

  function pairs(list) {
    return list.slice(1).map((token, i) => `${list[i]} ${token}`);
  }

  function fetched(name, read) {
    if (!cache.has(name)) {
      cache.set(name, fetch(new URL(name, bundle)).then((response) => {
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return read(response);
      }));
    }
    return cache.get(name);
  }

  function load() {
    return fetched("meta.json", (r) => r.json());
  }

  // CRC-32 (IEEE, as Python's zlib.crc32) of the term's UTF-8 bytes: its top bits name the bucket.
  const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });

  function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  function bucketName(term, bits) {
    const bucket = bits ? crc32(term) >>> (32 - bits) : 0;
    return `b/${bucket.toString(16).padStart(Math.max(1, Math.ceil(bits / 4)), "0")}.bin`;
  }

  // A bucket file: per term, varint length, UTF-8 term, varint df, varint count, then (varint doc
  // delta, impact byte) per posting.
  function decodeBucket(buffer) {
    const bytes = new Uint8Array(buffer);
    const decoder = new TextDecoder();
    const terms = new Map();
    let at = 0;
    const varint = () => {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
    };
    while (at < bytes.length) {
      const size = varint();
      const term = decoder.decode(bytes.subarray(at, at + size));
      at += size;
      const df = varint();
      const postings = new Map();
      for (let i = varint(), doc = 0; i > 0; i--) {
        doc += varint();
        postings.set(doc, bytes[at++]);
      }
      terms.set(term, { df, postings });
    }
    return terms;
  }

  async function lookup(term, meta) {
    const bucket = await fetched(bucketName(term, meta.bits), async (r) => decodeBucket(await r.arrayBuffer()));
    return bucket.get(term) || { df: 0, postings: new Map() };
  }

  // The start of a result's text (t/<id>.txt), for its excerpt.
  function text(id) {
    return fetched(`t/${id}.txt`, (r) => r.text());
  }

  // Each character folded alone (NFD, marks dropped, "đ" as "d"), so a place in the folded text is the
  // same place in the text as written: the excerpt shows the words as written, found folded.
  function foldedAlike(written) {
    return [...written].map((c) => (fold(c) || c)[0]).join("");
  }

  // About EXCERPT characters of the text around the most words of the query, as written, with the words
  // found marked (text nodes only: nothing from a letter is parsed as HTML). Null when none is found.
  const EXCERPT = 220;
  function excerpt(written, words) {
    const chars = [...written];
    const folded = foldedAlike(written);
    const hits = [...folded.matchAll(WORD)].filter((m) => words.has(m[0]));
    if (!hits.length) return null;
    let best = hits[0].index;
    let most = 0;
    for (const hit of hits) {
      const count = hits.filter((h) => h.index >= hit.index && h.index < hit.index + EXCERPT).length;
      if (count > most) [best, most] = [hit.index, count];
    }
    const start = Math.max(0, best - 60);
    const end = Math.min(chars.length, start + EXCERPT);
    const out = element("p", "archive-result__excerpt");
    out.append(document.createTextNode(start > 0 ? "… " : ""));
    let at = start;
    for (const hit of hits) {
      const stop = hit.index + hit[0].length;
      if (hit.index < start || stop > end) continue;
      out.append(document.createTextNode(chars.slice(at, hit.index).join("")),
        element("mark", "", chars.slice(hit.index, stop).join("")));
      at = stop;
    }
    out.append(document.createTextNode(chars.slice(at, end).join("") + (end < chars.length ? " …" : "")));
    return out;
  }

  function record(id, meta) {
    const block = Math.floor(id / meta.block);
    return fetched(`d/${block}.json`, (r) => r.json()).then((rows) => {
      const values = rows[id - block * meta.block];
      return Object.fromEntries(meta.fields.map((field, i) => [field, values[i]]));
    });
  }

  // The terms of a query: words (numbers whole and in parts), pairs of neighbours, quoted phrases.
  function analyse(query) {
    const quoted = [...query.matchAll(/"([^"]+)"/g)].map((m) => tokens(fold(m[1])));
    const text = query.replace(/"/g, " ");
    const typed = looksLikeNumber(text) ? tokens(numberKey(text)) : tokens(fold(text));
    const words = [...new Set(typed.flatMap((t) => [t, ...parts(t)]))];
    const required = quoted.map((phrase) => (phrase.length > 1 ? pairs(phrase) : phrase));
    return { words, pairs: [...new Set(pairs(typed))], required };
  }

  function filterTerms(filters) {
    return Object.entries(filters || {})
      .filter(([, value]) => value)
      .map(([name, value]) => `${name}:${tokens(fold(String(value))).join(" ")}`);
  }

  function idf(df, docs) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  // Results, best first: by the sum of the terms' weights (a word's BM25 weight, twice that for a pair
  // of words side by side). `filters` maps "issuer" / "type" / "year" to a value as filters.json lists it.
  // A common word's list keeps only its best pages, so a page holding a rare pair (a name, a phrase)
  // may be missing from its words' lists: the pair, like a whole number for its parts, says the page
  // holds them, and it counts each as the last page its list kept (no more than it would have had).
  // Ranking pages that hold more words first put such a page below thousands at 100,000 letters.
  async function search(query, filters = chosenFilters()) {
    const meta = await load();
    const { words, pairs: wordPairs, required } = analyse(query);
    const [wordHits, pairHits, requiredHits, filterHits] = await Promise.all([
      Promise.all(words.map((t) => lookup(t, meta))),
      Promise.all(wordPairs.map((t) => lookup(t, meta))),
      Promise.all(required.flat().map((t) => lookup(t, meta))),
      Promise.all(filterTerms(filters).map((t) => lookup(t, meta))),
    ]);
    const found = new Map();
    const entry = (doc) => found.get(doc) || found.set(doc, { id: doc, score: 0, words: new Set() }).get(doc);
    const scale = (hit, weight) => (weight * idf(hit.df, meta.docs)) / meta.step;
    words.forEach((word, i) => {
      const weight = scale(wordHits[i], 1);
      for (const [doc, impact] of wordHits[i].postings) {
        const known = entry(doc);
        known.score += impact * weight;
        known.words.add(word);
      }
    });
    pairHits.forEach((hit) => {
      const weight = scale(hit, PAIR_WEIGHT);
      for (const [doc, impact] of hit.postings) entry(doc).score += impact * weight;
    });
    const hitOf = new Map(words.map((word, i) => [word, wordHits[i]]));
    const implying = [
      ...wordPairs.map((pair, i) => [pairHits[i], pair.split(" ")]),
      ...words.map((word, i) => [wordHits[i], parts(word)]),
    ];
    for (const [hit, implied] of implying) {
      for (const word of implied) {
        const cut = hitOf.get(word);
        if (cut.postings.size === 0 || cut.postings.size === cut.df) continue;
        const last = Math.min(...cut.postings.values()) * scale(cut, 1);
        for (const doc of hit.postings.keys()) {
          const known = entry(doc);
          if (!known.words.has(word)) {
            known.words.add(word);
            known.score += last;
          }
        }
      }
    }
    // A common pair keeps only its best postings: a page missing from a cut list is not excluded.
    const keeps = (doc) => requiredHits.every((hit) => hit.postings.has(doc) || hit.postings.size < hit.df)
      && filterHits.every((hit) => hit.postings.has(doc));
    // A number asked for: the pages that hold it whole come before those holding only its parts
    // ("05/CT-UBND" cited in a long letter, above a short one citing "45/CT-TTg" of another "UBND").
    const whole = words.filter((word) => parts(word).length).map((word) => hitOf.get(word).postings);
    const holds = (doc) => (whole.some((postings) => postings.has(doc)) ? 1 : 0);
    return [...found.values()]
      .filter((result) => keeps(result.id))
      .sort((a, b) => holds(b.id) - holds(a.id) || b.score - a.score || a.id - b.id)
      .map((result) => ({ ...result, data: () => record(result.id, meta), text: () => text(result.id) }));
  }

  function chosenFilters() {
    return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
  }

  // The filters' values are fetched only when the filter bar is reached for: an archive of many
  // issuers makes the list too large for every search to load.
  async function loadFilters() {
    const values = await fetched("filters.json", (r) => r.json());
    for (const select of selects) {
      if (select.options.length > 1) continue;
      const options = [...(values[select.dataset.filter] || [])].sort((a, b) => a.localeCompare(b, "vi"));
      if (select.dataset.filter === "year") options.reverse();
      for (const value of options) select.append(new Option(value, value));
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The subject with the query's words marked; text nodes only, nothing from a letter is parsed as HTML.
  function highlighted(text, words) {
    const out = element("p", "archive-result__subject");
    let at = 0;
    for (const match of text.matchAll(WORD)) {
      if (!words.has(fold(match[0]))) continue;
      out.append(document.createTextNode(text.slice(at, match.index)), element("mark", "", match[0]));
      at = match.index + match[0].length;
    }
    out.append(document.createTextNode(text.slice(at)));
    return out;
  }

  function render(data, words) {
    const item = element("li", "md-search-result__item");
    const link = element("a", "md-search-result__link");
    link.href = new URL(data.url, siteRoot).href;
    const article = element("article", "md-search-result__article md-typeset archive-result");
    // As build_tools/site/pages.py letter_title names the page.
    const title = `${data.type || "Văn bản"} ${data.number ? `số ${data.number}` : "(chưa có số)"}`;
    article.append(element("h1", "", title));
    const facts = [data.number, data.date, data.issuer, data.type].filter(Boolean).join(" · ");
    if (facts) article.append(element("p", "archive-result__facts", facts));
    if (data.subject) article.append(highlighted(data.subject, words));
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
    const words = new Set(analyse(query).words);
    status.textContent = results.length ? `${results.length} văn bản` : "Không tìm thấy văn bản nào";
    const items = shown.map((data) => render(data, words));
    list.replaceChildren(...items);
    // Then each result's excerpt, as its text arrives (a cited document has no text of its own).
    results.slice(0, MAX_RESULTS).forEach(async (result, i) => {
      const found = shown[i].kind === "letter" ? excerpt(await result.text(), words) : null;
      if (found && ticket === latest) items[i].querySelector("article").append(found);
    });
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  for (const select of selects) select.addEventListener("change", run);
  for (const event of ["pointerover", "focusin"]) filterBar?.addEventListener(event, loadFilters, { once: true });
  toggle?.addEventListener("change", () => {
    if (toggle.checked) {
      input.focus();
      load();
    }
  });
  // The keyboard: "/" anywhere, Enter or Space on the header's search button (narrow screens) or
  // the focus reaching the field (wide screens, where it sits in the header) opens the dialog;
  // Escape closes it and gives the focus back to the button, or leaves the field.
  const opener = document.querySelector("[data-archive-search-open]");
  const open = () => {
    if (toggle.checked) return;
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
  };
  input.addEventListener("focus", open);
  opener?.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open();
    }
  });
  document.addEventListener("keydown", (event) => {
    const typing = /INPUT|TEXTAREA|SELECT/.test(document.activeElement?.tagName || "");
    if (event.key === "/" && !typing) {
      event.preventDefault();
      open();
    } else if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      if (opener?.offsetParent) opener.focus();
      else input.blur();
    }
  });

  // For tests and for links of the form ?q=…: open the dialog with a query.
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    toggle.checked = true;
    input.value = initial;
    run();
  }
  window.archiveSearch = { search, load, loadFilters };
})();
