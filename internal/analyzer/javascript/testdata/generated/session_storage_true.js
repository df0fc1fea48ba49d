// generated case (gen_cases_js): category=domxss expected=true shape=session_storage
const last = sessionStorage.getItem("lastSearch");
document.getElementById("last").innerHTML = "Last: " + last; // want: JS-DOM-XSS
