// generated case (gen_cases_js): category=domxss expected=false shape=fetch_json_await src=usp
async function load() {
  const q = new URLSearchParams(location.search).get("q");
  const res = await fetch("/api/items?q=" + encodeURIComponent(q));
  const data = await res.json();
  document.getElementById("items").innerHTML = data.html;
}
load();
