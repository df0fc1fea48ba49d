// generated case (gen_cases_js): category=domxss expected=true shape=template_literal src=hash
const el = document.getElementById("title");
el.innerHTML = `<h1>${location.hash}</h1>`; // want: JS-DOM-XSS
