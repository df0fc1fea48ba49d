// generated case (gen_cases_js): category=domxss expected=true shape=spread_object src=hash
const base = { title: location.hash };
const cfg = { ...base, size: 2 };
document.getElementById("title").innerHTML = cfg.title; // want: JS-DOM-XSS
