// generated case (gen_cases_js): category=domxss expected=false shape=fn_param_sink_constant_arg src=hash
function render(html) {
  document.getElementById("out").innerHTML = html;
}
const q = location.hash;
render("<b>Results</b>");
console.log(q);
