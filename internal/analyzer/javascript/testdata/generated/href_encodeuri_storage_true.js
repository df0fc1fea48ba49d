// generated case (gen_cases_js): category=domxss expected=true shape=href_encodeuri src=storage
const link = document.getElementById("next");
link.href = encodeURI(localStorage.getItem("returnTo")); // want: JS-DOM-XSS
