// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_concat src=urlsp
const msg = "<p>Hello " + new URL(location.href).searchParams.get("q") + "</p>";
document.querySelector("#greet").innerHTML = msg; // want: JS-DOM-XSS
