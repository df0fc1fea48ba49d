// generated case (gen_cases_js): category=domxss expected=true shape=insertadjacenthtml src=referrer
document.body.insertAdjacentHTML("beforeend", "<li>" + document.referrer + "</li>"); // want: JS-DOM-XSS
