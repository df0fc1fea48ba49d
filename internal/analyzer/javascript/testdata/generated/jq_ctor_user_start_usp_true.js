// generated case (gen_cases_js): category=domxss expected=true shape=jq_ctor_user_start src=usp
$(new URLSearchParams(location.search).get("next")).appendTo("#preview"); // want: JS-DOM-XSS
