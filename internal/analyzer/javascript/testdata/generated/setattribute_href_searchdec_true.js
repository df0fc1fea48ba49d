// generated case (gen_cases_js): category=domxss expected=true shape=setattribute_href src=searchdec
document.querySelector("a.back").setAttribute("href", decodeURIComponent(location.search.substring(1))); // want: JS-DOM-XSS
