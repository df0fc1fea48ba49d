// generated case (gen_cases_js): category=domxss expected=true shape=destructure_from_entries
const params = Object.fromEntries(new URLSearchParams(location.search));
const { q } = params;
document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
