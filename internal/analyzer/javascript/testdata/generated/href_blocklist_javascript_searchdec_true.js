// generated case (gen_cases_js): category=domxss expected=true shape=href_blocklist_javascript src=searchdec
const u = decodeURIComponent(location.search.substring(1));
if (!u.startsWith("javascript:")) {
  document.getElementById("next").href = u; // want: JS-DOM-XSS
}
