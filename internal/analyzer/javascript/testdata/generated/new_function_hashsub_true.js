// generated case (gen_cases_js): category=domxss expected=true shape=new_function src=hashsub
const fn = new Function("return " + location.hash.substring(1)); // want: JS-DOM-XSS
fn();
