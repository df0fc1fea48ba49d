// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_concat src=wname
const msg = "<p>Hello " + window.name + "</p>";
document.querySelector("#greet").innerHTML = msg; // want: JS-DOM-XSS
