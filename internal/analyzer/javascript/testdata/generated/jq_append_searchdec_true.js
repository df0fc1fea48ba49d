// generated case (gen_cases_js): category=domxss expected=true shape=jq_append src=searchdec
$("#list").append("<li>" + decodeURIComponent(location.search.slice(1)) + "</li>"); // want: JS-DOM-XSS
