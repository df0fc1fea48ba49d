// generated case (gen_cases_js): category=domxss expected=true shape=fn_return src=urlsp
function getParam() {
  return new URL(location.href).searchParams.get("q");
}
document.getElementById("out").innerHTML = getParam(); // want: JS-DOM-XSS
