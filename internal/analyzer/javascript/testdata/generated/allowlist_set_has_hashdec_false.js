// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_set_has src=hashdec
const ALLOWED = new Set(["red", "green", "blue"]);
function paint() {
  const color = decodeURIComponent(location.hash.slice(1));
  if (!ALLOWED.has(color)) return;
  document.getElementById("swatch").innerHTML = "<span>" + color + "</span>";
}
paint();
