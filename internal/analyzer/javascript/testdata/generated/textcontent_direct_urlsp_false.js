// generated case (gen_cases_js): category=domxss expected=false shape=textcontent_direct src=urlsp
const out = document.getElementById("out");
out.textContent = new URL(location.href).searchParams.get("q");
