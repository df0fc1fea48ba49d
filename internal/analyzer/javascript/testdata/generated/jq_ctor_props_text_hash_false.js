// generated case (gen_cases_js): category=domxss expected=false shape=jq_ctor_props_text src=hash
const $box = $("<div>", { text: location.hash, "class": "note" });
$box.appendTo("#panel");
