// generated case (gen_cases_js): category=domxss expected=true shape=jq_attr_href src=urlsp
$("a.profile").attr("href", new URL(location.href).searchParams.get("next")); // want: JS-DOM-XSS
