// generated case (gen_cases_js): category=domxss expected=false shape=overwritten_constant src=urlsp
let v = new URL(location.href).searchParams.get("q");
v = "<b>Welcome</b>";
document.getElementById("out").innerHTML = v;
