// generated case (gen_cases_js): category=domxss expected=true shape=window_subscript_eval src=hashsub
window["eval"](location.hash.substring(1)); // want: JS-DOM-XSS
