// generated case (gen_cases_js): category=domxss expected=true shape=arrow_expr_return src=urlsp
const read = () => new URL(location.href).searchParams.get("q");
document.getElementById("out").innerHTML = read(); // want: JS-DOM-XSS
