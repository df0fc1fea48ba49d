// generated case (gen_cases_js): category=domxss expected=true shape=jq_parsehtml_append src=usp
const nodes = $.parseHTML(new URLSearchParams(location.search).get("q"));
$("#out").append(nodes); // want: JS-DOM-XSS
