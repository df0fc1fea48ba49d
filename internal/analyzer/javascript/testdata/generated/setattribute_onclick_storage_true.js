// generated case (gen_cases_js): category=domxss expected=true shape=setattribute_onclick src=storage
const btn = document.getElementById("go");
btn.setAttribute("onclick", "go('" + localStorage.getItem("returnTo") + "')"); // want: JS-DOM-XSS
