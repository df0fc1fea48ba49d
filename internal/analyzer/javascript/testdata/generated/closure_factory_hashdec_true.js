// generated case (gen_cases_js): category=domxss expected=true shape=closure_factory src=hashdec
function makeRenderer(el) {
  return (html) => {
    el.innerHTML = html; // want: JS-DOM-XSS
  };
}
const render = makeRenderer(document.getElementById("out"));
render(decodeURIComponent(location.hash.slice(1)));
