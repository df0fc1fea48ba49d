// generated case (gen_cases_js): category=domxss expected=true shape=innerhtml_plus_assign src=hashsub
const list = document.getElementById("list");
list.innerHTML += "<li>" + location.hash.substring(1) + "</li>"; // want: JS-DOM-XSS
