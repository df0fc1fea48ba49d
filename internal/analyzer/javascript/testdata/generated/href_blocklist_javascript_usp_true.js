// generated case (gen_cases_js): category=domxss expected=true shape=href_blocklist_javascript src=usp
const u = new URLSearchParams(location.search).get("next");
if (!u.startsWith("javascript:")) {
  document.getElementById("next").href = u; // want: JS-DOM-XSS
}
