// Candidate (a): one Pagefind bundle per block of pages, searched together with mergeIndex.
import { dialog } from "./dialog.js";

const { shards } = JSON.parse(document.getElementById("config").textContent);
let pagefind = null;

async function load() {
  if (pagefind) return pagefind;
  pagefind = await import(new URL(`${shards[0]}pagefind.js`, document.baseURI).href);
  await pagefind.options({ ranking: { pageLength: 0.0 } });
  for (const shard of shards.slice(1)) await pagefind.mergeIndex(new URL(shard, document.baseURI).href);
  await pagefind.init();
  return pagefind;
}

dialog(async (query) => {
  const pf = await load();
  const found = await pf.search(query);
  const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title, subject: d.meta.subject }));
});
