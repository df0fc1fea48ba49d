// generated case (gen_cases_js): category=domxss expected=true shape=export_function src=searchdec
export function render() {
  document.getElementById("out").innerHTML = decodeURIComponent(location.search.slice(1)); // want: JS-DOM-XSS
}
