// generated case (gen_cases_js): category=domxss expected=true shape=window_eval src=wname
window.eval(window.name); // want: JS-DOM-XSS
