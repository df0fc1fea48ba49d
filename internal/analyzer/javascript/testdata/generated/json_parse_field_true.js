// generated case (gen_cases_js): category=domxss expected=true shape=json_parse_field
const state = JSON.parse(decodeURIComponent(location.hash.slice(1)));
document.getElementById("title").innerHTML = state.title; // want: JS-DOM-XSS
