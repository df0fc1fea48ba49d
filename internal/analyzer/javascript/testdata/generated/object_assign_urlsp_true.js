// generated case (gen_cases_js): category=domxss expected=true shape=object_assign src=urlsp
const opts = Object.assign({}, { title: new URL(location.href).searchParams.get("q") });
document.getElementById("title").innerHTML = opts.title; // want: JS-DOM-XSS
