// generated case (gen_cases_js): category=domxss expected=false shape=param_shadow_constant src=hashdec
const q = decodeURIComponent(location.hash.slice(1));
function show(q) {
  document.getElementById("out").innerHTML = q;
}
show("<b>hello</b>");
