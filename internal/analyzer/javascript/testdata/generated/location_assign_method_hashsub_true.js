// generated case (gen_cases_js): category=domxss expected=true shape=location_assign_method src=hashsub
location.assign(location.hash.substring(1)); // want: JS-DOM-XSS
