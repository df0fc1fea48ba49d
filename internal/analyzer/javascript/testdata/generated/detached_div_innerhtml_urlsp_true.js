// generated case (gen_cases_js): category=domxss expected=true shape=detached_div_innerhtml src=urlsp
const div = document.createElement("div");
div.innerHTML = new URL(location.href).searchParams.get("q"); // want: JS-DOM-XSS
