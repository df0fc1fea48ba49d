// generated case (gen_cases_js): category=domxss expected=false shape=location_href_encoded_query src=wname
const q = window.name;
location.href = location.pathname + "?q=" + encodeURIComponent(q);
