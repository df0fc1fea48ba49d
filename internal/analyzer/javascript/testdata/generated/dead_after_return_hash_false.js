// generated case (gen_cases_js): category=domxss expected=false shape=dead_after_return src=hash
function render() {
  const q = location.hash;
  return;
  document.getElementById("out").innerHTML = q;
}
render();
