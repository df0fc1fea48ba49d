// generated case (gen_cases_js): category=domxss expected=true shape=url_object_href_no_check src=hashdec
const u = new URL(decodeURIComponent(location.hash.slice(1)), "https://example.com");
document.getElementById("next").href = u.href; // want: JS-DOM-XSS
