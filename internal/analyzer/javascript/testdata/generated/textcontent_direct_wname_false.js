// generated case (gen_cases_js): category=domxss expected=false shape=textcontent_direct src=wname
const out = document.getElementById("out");
out.textContent = window.name;
