// generated case (gen_cases_js): category=domxss expected=true shape=fn_return src=wname
function getParam() {
  return window.name;
}
document.getElementById("out").innerHTML = getParam(); // want: JS-DOM-XSS
