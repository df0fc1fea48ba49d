// generated case (gen_cases_js): category=domxss expected=true shape=early_return_empty_only src=referrer
function render() {
  const q = document.referrer;
  if (!q) return;
  document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
}
render();
