// generated case (gen_cases_js): category=domxss expected=true shape=location_href src=wname
location.href = window.name; // want: JS-DOM-XSS
