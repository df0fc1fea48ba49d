// generated case (gen_cases_js): category=domxss expected=true shape=strip_angle_brackets_attr
const q = new URLSearchParams(location.search).get("alt");
document.getElementById("out").innerHTML = '<img src="/a.png" alt="' + q.replace(/[<>]/g, "") + '">'; // want: JS-DOM-XSS
