// generated case (gen_cases_js): category=domxss expected=false shape=inert_document_strip_tags src=referrer
const inert = document.implementation.createHTMLDocument("");
inert.body.innerHTML = document.referrer;
document.getElementById("out").textContent = inert.body.textContent;
