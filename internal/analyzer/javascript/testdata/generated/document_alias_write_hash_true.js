// generated case (gen_cases_js): category=domxss expected=true shape=document_alias_write src=hash
const d = document;
d.write("<p>" + location.hash + "</p>"); // want: JS-DOM-XSS
