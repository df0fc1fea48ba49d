// generated case (gen_cases_js): category=domxss expected=true shape=outerhtml src=hashsub
const box = document.getElementById("box");
box.outerHTML = "<div class='box'>" + location.hash.substring(1) + "</div>"; // want: JS-DOM-XSS
