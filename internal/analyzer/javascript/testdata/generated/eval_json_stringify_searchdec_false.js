// generated case (gen_cases_js): category=domxss expected=false shape=eval_json_stringify src=searchdec
const q = decodeURIComponent(location.search.substring(1));
eval("var query = " + JSON.stringify(q) + ";");
