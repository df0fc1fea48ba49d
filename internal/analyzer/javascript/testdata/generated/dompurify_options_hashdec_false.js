// generated case (gen_cases_js): category=domxss expected=false shape=dompurify_options src=hashdec
const raw = decodeURIComponent(location.hash.slice(1));
const clean = DOMPurify.sanitize(raw, { ALLOWED_TAGS: ["b", "i", "em"] });
document.getElementById("out").innerHTML = clean;
