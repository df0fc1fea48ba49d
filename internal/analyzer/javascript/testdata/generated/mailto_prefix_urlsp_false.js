// generated case (gen_cases_js): category=domxss expected=false shape=mailto_prefix src=urlsp
document.getElementById("mail").setAttribute("href", "mailto:" + new URL(location.href).searchParams.get("next"));
