// generated case (gen_cases_js): category=domxss expected=true shape=script_textcontent src=urlsp
const s = document.createElement("script");
s.textContent = "var cfg = '" + new URL(location.href).searchParams.get("next") + "';"; // want: JS-DOM-XSS
document.head.appendChild(s);
