// generated case (gen_cases_js): category=domxss expected=true shape=template_literal src=urlsp
const el = document.getElementById("title");
el.innerHTML = `<h1>${new URL(location.href).searchParams.get("q")}</h1>`; // want: JS-DOM-XSS
