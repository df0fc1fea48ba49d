// generated case (gen_cases_js): category=domxss expected=true shape=href_dompurify src=hashsub
const link = document.getElementById("next");
link.href = DOMPurify.sanitize(location.hash.substring(1)); // want: JS-DOM-XSS
