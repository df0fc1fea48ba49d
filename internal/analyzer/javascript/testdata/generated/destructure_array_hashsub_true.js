// generated case (gen_cases_js): category=domxss expected=true shape=destructure_array src=hashsub
const [first] = location.hash.substring(1).split("&");
document.getElementById("out").innerHTML = first; // want: JS-DOM-XSS
