// generated case (gen_cases_js): category=domxss expected=false shape=dompurify src=storage
const el = document.getElementById("out");
el.innerHTML = DOMPurify.sanitize(localStorage.getItem("draft"));
