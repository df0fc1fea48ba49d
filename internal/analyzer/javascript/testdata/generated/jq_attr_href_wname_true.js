// generated case (gen_cases_js): category=domxss expected=true shape=jq_attr_href src=wname
$("a.profile").attr("href", window.name); // want: JS-DOM-XSS
