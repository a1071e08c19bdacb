// The portal's search dialog reduced to what the benchmark needs: the same elements, the same
// states ("Đang tìm…", then the results), and a candidate engine behind it. Loaded by pagefind.html
// and sqlite.html, written by bench/search_candidates.py.
export function dialog(search) {
  const input = document.querySelector(".md-search__input");
  const list = document.querySelector(".md-search-result__list");
  const status = document.querySelector(".md-search-result__meta");
  let latest = 0;

  function item(result) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = [result.title, result.subject].filter(Boolean).join(" — "); // text, never HTML
    li.append(link);
    return li;
  }

  input.addEventListener("input", async () => {
    const ticket = ++latest;
    status.textContent = "Đang tìm…";
    let results;
    try {
      results = await search(input.value);
    } catch (error) {
      status.textContent = `Lỗi: ${error}`; // the benchmark reads it, instead of waiting forever
      throw error;
    }
    if (ticket !== latest) return; // a newer query has started
    status.textContent = results.length ? `${results.length} văn bản` : "Không tìm thấy văn bản nào";
    list.replaceChildren(...results.map(item));
  });
}
