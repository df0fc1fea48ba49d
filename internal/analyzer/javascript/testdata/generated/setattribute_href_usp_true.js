// generated case (gen_cases_js): category=domxss expected=true shape=setattribute_href src=usp
document.querySelector("a.back").setAttribute("href", new URLSearchParams(location.search).get("next")); // want: JS-DOM-XSS
