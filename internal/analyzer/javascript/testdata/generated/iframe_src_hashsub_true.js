// generated case (gen_cases_js): category=domxss expected=true shape=iframe_src src=hashsub
const frame = document.createElement("iframe");
frame.src = location.hash.substring(1); // want: JS-DOM-XSS
document.body.appendChild(frame);
