// generated case (gen_cases_js): category=domxss expected=true shape=setattribute_onclick src=hashsub
const btn = document.getElementById("go");
btn.setAttribute("onclick", "go('" + location.hash.substring(1) + "')"); // want: JS-DOM-XSS
