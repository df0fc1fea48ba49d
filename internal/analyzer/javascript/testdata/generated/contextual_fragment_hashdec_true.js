// generated case (gen_cases_js): category=domxss expected=true shape=contextual_fragment src=hashdec
const range = document.createRange();
const frag = range.createContextualFragment(decodeURIComponent(location.hash.slice(1))); // want: JS-DOM-XSS
document.body.appendChild(frag);
