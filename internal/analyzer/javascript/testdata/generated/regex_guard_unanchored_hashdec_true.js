// generated case (gen_cases_js): category=domxss expected=true shape=regex_guard_unanchored src=hashdec
const q = decodeURIComponent(location.hash.slice(1));
if (/[a-z]+/.test(q)) {
  document.getElementById("user").innerHTML = "<b>" + q + "</b>"; // want: JS-DOM-XSS
}
