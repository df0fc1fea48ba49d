// generated case (gen_cases_js): category=domxss expected=true shape=insertadjacenthtml src=searchdec
document.body.insertAdjacentHTML("beforeend", "<li>" + decodeURIComponent(location.search.slice(1)) + "</li>"); // want: JS-DOM-XSS
