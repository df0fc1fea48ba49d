// generated case (gen_cases_js): category=domxss expected=false shape=dompurify_options src=usp
const raw = new URLSearchParams(location.search).get("q");
const clean = DOMPurify.sanitize(raw, { ALLOWED_TAGS: ["b", "i", "em"] });
document.getElementById("out").innerHTML = clean;
