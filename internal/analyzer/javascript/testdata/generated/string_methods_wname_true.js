// generated case (gen_cases_js): category=domxss expected=true shape=string_methods src=wname
const el = document.getElementById("out");
el.innerHTML = window.name.trim().toLowerCase(); // want: JS-DOM-XSS
