// generated case (gen_cases_js): category=domxss expected=true shape=fn_param_sink src=hashsub
function show(html) {
  document.getElementById("out").innerHTML = html; // want: JS-DOM-XSS
}
show(location.hash.substring(1));
