// generated case (gen_cases_js): category=domxss expected=true shape=jq_ctor_props_href src=hashsub
const $a = $("<a>", { href: location.hash.substring(1), text: "continue" }); // want: JS-DOM-XSS
$a.appendTo("#nav");
