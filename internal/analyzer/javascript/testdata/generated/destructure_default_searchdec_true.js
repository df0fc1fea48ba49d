// generated case (gen_cases_js): category=domxss expected=true shape=destructure_default src=searchdec
const { q = "none" } = { q: decodeURIComponent(location.search.slice(1)) };
document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
