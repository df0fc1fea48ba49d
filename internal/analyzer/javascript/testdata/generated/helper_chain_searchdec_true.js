// generated case (gen_cases_js): category=domxss expected=true shape=helper_chain src=searchdec
function wrap(s) {
  return "<b>" + s + "</b>";
}
function put(html) {
  document.body.innerHTML = html; // want: JS-DOM-XSS
}
put(wrap(decodeURIComponent(location.search.slice(1))));
