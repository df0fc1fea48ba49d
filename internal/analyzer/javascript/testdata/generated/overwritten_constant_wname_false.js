// generated case (gen_cases_js): category=domxss expected=false shape=overwritten_constant src=wname
let v = window.name;
v = "<b>Welcome</b>";
document.getElementById("out").innerHTML = v;
