// generated case (gen_cases_js): category=domxss expected=true shape=jq_html src=urlsp
$("#result").html(new URL(location.href).searchParams.get("q")); // want: JS-DOM-XSS
