// generated case (gen_cases_js): category=domxss expected=false shape=jq_ctor_props_text src=usp
const $box = $("<div>", { text: new URLSearchParams(location.search).get("q"), "class": "note" });
$box.appendTo("#panel");
