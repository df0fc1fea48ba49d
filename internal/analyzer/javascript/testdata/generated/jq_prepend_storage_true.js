// generated case (gen_cases_js): category=domxss expected=true shape=jq_prepend src=storage
jQuery(".feed").prepend("<div class='item'>" + localStorage.getItem("draft") + "</div>"); // want: JS-DOM-XSS
