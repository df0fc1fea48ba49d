// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_plus_assign src=referrer
const list = document.getElementById("list");
list.innerHTML += "<li>" + document.referrer + "</li>"; // want: JS-DOM-XSS
