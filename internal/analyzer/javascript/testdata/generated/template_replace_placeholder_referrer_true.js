// generated case (gen_cases_js): category=domxss expected=true shape=template_replace_placeholder src=referrer
const tpl = document.getElementById("tpl").innerHTML;
document.getElementById("out").innerHTML = tpl.replace("{{name}}", document.referrer); // want: JS-DOM-XSS
