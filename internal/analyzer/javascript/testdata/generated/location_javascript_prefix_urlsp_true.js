// generated case (gen_cases_js): category=domxss expected=true shape=location_javascript_prefix src=urlsp
location = "javascript:render('" + new URL(location.href).searchParams.get("next") + "')"; // want: JS-DOM-XSS
