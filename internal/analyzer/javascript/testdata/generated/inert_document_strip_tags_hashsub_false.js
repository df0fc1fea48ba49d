// generated case (gen_cases_js): category=domxss expected=false shape=inert_document_strip_tags src=hashsub
const inert = document.implementation.createHTMLDocument("");
inert.body.innerHTML = location.hash.substring(1);
document.getElementById("out").textContent = inert.body.textContent;
