// generated case (gen_cases_js): category=domxss expected=true shape=eval_concat src=usp
eval("render('" + new URLSearchParams(location.search).get("next") + "')"); // want: JS-DOM-XSS
