// generated case (gen_cases_js): category=domxss expected=true shape=jq_html src=wname
$("#result").html(window.name); // want: JS-DOM-XSS
