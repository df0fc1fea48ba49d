// generated case (gen_cases_js): category=domxss expected=true shape=srcdoc src=storage
const frame = document.createElement("iframe");
frame.srcdoc = localStorage.getItem("draft"); // want: JS-DOM-XSS
document.body.appendChild(frame);
