// generated case (gen_cases_js): category=domxss expected=true shape=jq_ctor_props_html src=hashdec
const $box = $("<div>", { html: decodeURIComponent(location.hash.slice(1)) }); // want: JS-DOM-XSS
$box.appendTo("#panel");
