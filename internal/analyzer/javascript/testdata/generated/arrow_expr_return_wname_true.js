// generated case (gen_cases_js): category=domxss expected=true shape=arrow_expr_return src=wname
const read = () => window.name;
document.getElementById("out").innerHTML = read(); // want: JS-DOM-XSS
