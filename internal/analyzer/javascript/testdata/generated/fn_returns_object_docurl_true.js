// generated case (gen_cases_js): category=domxss expected=true shape=fn_returns_object src=docurl
function parseState() {
  return { title: document.URL, page: 1 };
}
document.getElementById("title").innerHTML = parseState().title; // want: JS-DOM-XSS
