// generated case (gen_cases_js): category=domxss expected=true shape=jq_after src=docurl
$("#title").after("<small>" + document.URL + "</small>"); // want: JS-DOM-XSS
