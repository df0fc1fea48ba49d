// generated case (gen_cases_js): category=domxss expected=true shape=encodeuricomponent_in_code src=usp
const q = new URLSearchParams(location.search).get("next");
setTimeout("track('" + encodeURIComponent(q) + "')", 0); // want: JS-DOM-XSS
