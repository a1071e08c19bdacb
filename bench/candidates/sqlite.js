// Candidate (b): SQLite FTS5 read over HTTP range requests by sql.js-httpvfs (vendor/index.js, loaded
// before this module, defines window.createDbWorker). A query typed without diacritics is matched
// against the folded column, one with diacritics against the text as written.
import { dialog } from "./dialog.js";

const { database, pageSize } = JSON.parse(document.getElementById("config").textContent);
const SQL = `SELECT d.url, d.title, d.subject FROM
  (SELECT rowid, bm25(fts, 10.0, 1.0, 1.0) AS score FROM fts WHERE fts MATCH ? ORDER BY score LIMIT 10) AS f
  JOIN docs AS d ON d.id = f.rowid ORDER BY f.score`;
let worker = null;

function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

// "1198/UBND-TH" → {head folded} : "1198 ubnd th" (the parts side by side); words → each word, all required.
function match(query) {
  const text = query.normalize("NFC").trim();
  const accented = /[\u0300-\u036f]/.test(text.normalize("NFD")) || /[đĐ]/.test(text);
  const words = (accented ? text : fold(text)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const terms = /^\d/.test(text) ? `"${words.join(" ")}"` : words.map((w) => `"${w}"`).join(" ");
  return `{head ${accented ? "text" : "folded"}} : ${terms}`;
}

dialog(async (query) => {
  if (!query.trim()) return [];
  worker ??= await window.createDbWorker(
    [{ from: "inline", config: { serverMode: "full", url: new URL(database, document.baseURI).href, requestChunkSize: pageSize } }],
    new URL("vendor/sqlite.worker.js", document.baseURI).href,
    new URL("vendor/sql-wasm.wasm", document.baseURI).href,
  );
  return worker.db.query(SQL, [match(query)]);
});
