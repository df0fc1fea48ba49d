// generated case (gen_cases_js): category=domxss expected=true shape=raf_closure src=usp
const q = new URLSearchParams(location.search).get("q");
requestAnimationFrame(() => {
  document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
});
