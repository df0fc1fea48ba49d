// generated case (gen_cases_js): category=domxss expected=true shape=detached_div_innerhtml src=wname
const div = document.createElement("div");
div.innerHTML = window.name; // want: JS-DOM-XSS
