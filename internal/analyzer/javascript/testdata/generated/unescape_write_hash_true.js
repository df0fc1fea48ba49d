// generated case (gen_cases_js): category=domxss expected=true shape=unescape_write src=hash
document.write(unescape(location.hash)); // want: JS-DOM-XSS
