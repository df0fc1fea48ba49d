// generated case (gen_cases_js): category=domxss expected=true shape=eval_concat src=hashdec
eval("render('" + decodeURIComponent(location.hash.slice(1)) + "')"); // want: JS-DOM-XSS
