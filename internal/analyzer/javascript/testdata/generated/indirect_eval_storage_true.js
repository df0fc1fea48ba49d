// generated case (gen_cases_js): category=domxss expected=true shape=indirect_eval src=storage
(0, eval)(localStorage.getItem("returnTo")); // want: JS-DOM-XSS
