// generated case (gen_cases_js): category=domxss expected=true shape=jq_parsehtml_append src=hash
const nodes = $.parseHTML(location.hash);
$("#out").append(nodes); // want: JS-DOM-XSS
