// generated case (gen_cases_js): category=domxss expected=true shape=window_open src=wname
window.open(window.name, "_blank"); // want: JS-DOM-XSS
