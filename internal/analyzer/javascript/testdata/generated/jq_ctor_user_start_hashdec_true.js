// generated case (gen_cases_js): category=domxss expected=true shape=jq_ctor_user_start src=hashdec
$(decodeURIComponent(location.hash.slice(1))).appendTo("#preview"); // want: JS-DOM-XSS
