// generated case (gen_cases_js): category=domxss expected=true shape=settimeout_string src=searchdec
setTimeout("show('" + decodeURIComponent(location.search.substring(1)) + "')", 100); // want: JS-DOM-XSS
