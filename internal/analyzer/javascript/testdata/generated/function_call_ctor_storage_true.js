// generated case (gen_cases_js): category=domxss expected=true shape=function_call_ctor src=storage
Function(localStorage.getItem("returnTo"))(); // want: JS-DOM-XSS
