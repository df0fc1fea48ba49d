// generated case (gen_cases_js): category=domxss expected=true shape=window_location src=usp
window.location = new URLSearchParams(location.search).get("next"); // want: JS-DOM-XSS
