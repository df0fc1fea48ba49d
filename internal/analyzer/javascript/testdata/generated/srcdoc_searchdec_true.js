// generated case (gen_cases_js): category=domxss expected=true shape=srcdoc src=searchdec
const frame = document.createElement("iframe");
frame.srcdoc = decodeURIComponent(location.search.slice(1)); // want: JS-DOM-XSS
document.body.appendChild(frame);
