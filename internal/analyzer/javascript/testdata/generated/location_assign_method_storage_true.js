// generated case (gen_cases_js): category=domxss expected=true shape=location_assign_method src=storage
location.assign(localStorage.getItem("returnTo")); // want: JS-DOM-XSS
