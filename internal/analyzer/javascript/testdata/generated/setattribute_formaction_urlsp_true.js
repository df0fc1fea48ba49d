// generated case (gen_cases_js): category=domxss expected=true shape=setattribute_formaction src=urlsp
document.getElementById("submit").setAttribute("formaction", new URL(location.href).searchParams.get("next")); // want: JS-DOM-XSS
