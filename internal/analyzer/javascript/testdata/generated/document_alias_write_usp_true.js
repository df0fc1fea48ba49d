// generated case (gen_cases_js): category=domxss expected=true shape=document_alias_write src=usp
const d = document;
d.write("<p>" + new URLSearchParams(location.search).get("q") + "</p>"); // want: JS-DOM-XSS
