// generated case (gen_cases_js): category=domxss expected=true shape=helper_chain src=storage
function wrap(s) {
  return "<b>" + s + "</b>";
}
function put(html) {
  document.body.innerHTML = html; // want: JS-DOM-XSS
}
put(wrap(localStorage.getItem("draft")));
