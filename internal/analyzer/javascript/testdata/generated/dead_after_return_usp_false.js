// generated case (gen_cases_js): category=domxss expected=false shape=dead_after_return src=usp
function render() {
  const q = new URLSearchParams(location.search).get("q");
  return;
  document.getElementById("out").innerHTML = q;
}
render();
