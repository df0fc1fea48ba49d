// generated case (gen_cases_js): category=domxss expected=true shape=script_src src=storage
const s = document.createElement("script");
s.src = localStorage.getItem("returnTo"); // want: JS-DOM-XSS
document.head.appendChild(s);
