// generated case (gen_cases_js): category=domxss expected=true shape=fn_param_sink src=referrer
function show(html) {
  document.getElementById("out").innerHTML = html; // want: JS-DOM-XSS
}
show(document.referrer);
