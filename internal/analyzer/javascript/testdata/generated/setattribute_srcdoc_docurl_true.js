// generated case (gen_cases_js): category=domxss expected=true shape=setattribute_srcdoc src=docurl
const frame = document.createElement("iframe");
frame.setAttribute("srcdoc", "<p>" + document.URL + "</p>"); // want: JS-DOM-XSS
document.body.appendChild(frame);
