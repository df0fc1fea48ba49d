// generated case (gen_cases_js): category=domxss expected=true shape=href_lowercased src=wname
window.location.href = window.name.toLowerCase(); // want: JS-DOM-XSS
