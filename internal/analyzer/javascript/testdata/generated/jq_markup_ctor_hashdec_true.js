// generated case (gen_cases_js): category=domxss expected=true shape=jq_markup_ctor src=hashdec
const $row = $("<tr><td>" + decodeURIComponent(location.hash.slice(1)) + "</td></tr>"); // want: JS-DOM-XSS
$row.appendTo("#table");
