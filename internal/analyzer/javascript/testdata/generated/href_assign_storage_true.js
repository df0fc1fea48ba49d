// generated case (gen_cases_js): category=domxss expected=true shape=href_assign src=storage
const link = document.getElementById("next");
link.href = localStorage.getItem("returnTo"); // want: JS-DOM-XSS
