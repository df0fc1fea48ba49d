// generated case (gen_cases_js): category=domxss expected=true shape=location_href src=urlsp
location.href = new URL(location.href).searchParams.get("next"); // want: JS-DOM-XSS
