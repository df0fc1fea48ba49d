// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_set_has src=usp
const ALLOWED = new Set(["red", "green", "blue"]);
function paint() {
  const color = new URLSearchParams(location.search).get("q");
  if (!ALLOWED.has(color)) return;
  document.getElementById("swatch").innerHTML = "<span>" + color + "</span>";
}
paint();
