// generated case (gen_cases_js): category=domxss expected=true shape=setinterval_string src=hashdec
window.setInterval(decodeURIComponent(location.hash.slice(1)), 1000); // want: JS-DOM-XSS
