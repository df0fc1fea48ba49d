// generated case (gen_cases_js): category=domxss expected=true shape=domparser_append_nodes src=storage
const doc = new DOMParser().parseFromString(localStorage.getItem("draft"), "text/html");
document.getElementById("out").append(...doc.body.childNodes); // want: JS-DOM-XSS
