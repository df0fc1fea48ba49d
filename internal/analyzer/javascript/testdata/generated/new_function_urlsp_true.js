// generated case (gen_cases_js): category=domxss expected=true shape=new_function src=urlsp
const fn = new Function("return " + new URL(location.href).searchParams.get("next")); // want: JS-DOM-XSS
fn();
