// generated case (gen_cases_js): category=domxss expected=false shape=fn_param_sink_constant_arg src=usp
function render(html) {
  document.getElementById("out").innerHTML = html;
}
const q = new URLSearchParams(location.search).get("q");
render("<b>Results</b>");
console.log(q);
