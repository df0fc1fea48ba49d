// generated case (gen_cases_js): category=domxss expected=true shape=early_return_empty_only src=searchdec
function render() {
  const q = decodeURIComponent(location.search.slice(1));
  if (!q) return;
  document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
}
render();
