// generated case (gen_cases_js): category=domxss expected=true shape=spread_array_join src=usp
const extra = [new URLSearchParams(location.search).get("q")];
const all = ["home", ...extra];
document.getElementById("crumbs").innerHTML = all.join(" / "); // want: JS-DOM-XSS
