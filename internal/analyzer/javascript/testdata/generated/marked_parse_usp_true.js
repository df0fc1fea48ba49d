// generated case (gen_cases_js): category=domxss expected=true shape=marked_parse src=usp
const md = new URLSearchParams(location.search).get("q");
document.getElementById("preview").innerHTML = marked.parse(md); // want: JS-DOM-XSS
