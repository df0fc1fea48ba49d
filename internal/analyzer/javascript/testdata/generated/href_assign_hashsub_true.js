// generated case (gen_cases_js): category=domxss expected=true shape=href_assign src=hashsub
const link = document.getElementById("next");
link.href = location.hash.substring(1); // want: JS-DOM-XSS
