// generated case (gen_cases_js): category=domxss expected=true shape=settimeout_string src=usp
setTimeout("show('" + new URLSearchParams(location.search).get("next") + "')", 100); // want: JS-DOM-XSS
