// generated case (gen_cases_js): category=domxss expected=false shape=fetch_json_await src=hash
async function load() {
  const q = location.hash;
  const res = await fetch("/api/items?q=" + encodeURIComponent(q));
  const data = await res.json();
  document.getElementById("items").innerHTML = data.html;
}
load();
