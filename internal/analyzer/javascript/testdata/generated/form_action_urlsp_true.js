// generated case (gen_cases_js): category=domxss expected=true shape=form_action src=urlsp
const form = document.getElementById("login");
form.action = new URL(location.href).searchParams.get("next"); // want: JS-DOM-XSS
