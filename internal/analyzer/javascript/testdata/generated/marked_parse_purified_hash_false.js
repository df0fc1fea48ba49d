// generated case (gen_cases_js): category=domxss expected=false shape=marked_parse_purified src=hash
const md = location.hash;
document.getElementById("preview").innerHTML = DOMPurify.sanitize(marked.parse(md));
