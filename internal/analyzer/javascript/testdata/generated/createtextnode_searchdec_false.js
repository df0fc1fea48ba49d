// generated case (gen_cases_js): category=domxss expected=false shape=createtextnode src=searchdec
const out = document.getElementById("out");
out.appendChild(document.createTextNode(decodeURIComponent(location.search.slice(1))));
