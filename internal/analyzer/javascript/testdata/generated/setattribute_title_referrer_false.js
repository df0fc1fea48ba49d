// generated case (gen_cases_js): category=domxss expected=false shape=setattribute_title src=referrer
document.querySelector("a.back").setAttribute("title", document.referrer);
