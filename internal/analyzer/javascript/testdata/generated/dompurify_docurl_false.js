// generated case (gen_cases_js): category=domxss expected=false shape=dompurify src=docurl
const el = document.getElementById("out");
el.innerHTML = DOMPurify.sanitize(document.URL);
