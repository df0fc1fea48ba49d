// generated case (gen_cases_js): category=domxss expected=true shape=storage_property
document.getElementById("draft").innerHTML = localStorage.draft; // want: JS-DOM-XSS
