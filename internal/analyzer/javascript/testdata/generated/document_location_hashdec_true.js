// generated case (gen_cases_js): category=domxss expected=true shape=document_location src=hashdec
document.location = decodeURIComponent(location.hash.slice(1)); // want: JS-DOM-XSS
