// generated case (gen_cases_js): category=domxss expected=true shape=script_text src=wname
const s = document.createElement("script");
s.text = window.name; // want: JS-DOM-XSS
document.head.appendChild(s);
