// generated case (gen_cases_js): category=domxss expected=true shape=location_replace_method src=searchdec
window.location.replace(decodeURIComponent(location.search.substring(1))); // want: JS-DOM-XSS
