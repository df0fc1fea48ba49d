// generated case (gen_cases_js): category=domxss expected=false shape=createtextnode src=storage
const out = document.getElementById("out");
out.appendChild(document.createTextNode(localStorage.getItem("draft")));
