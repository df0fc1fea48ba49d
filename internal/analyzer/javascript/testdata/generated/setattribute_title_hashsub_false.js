// generated case (gen_cases_js): category=domxss expected=false shape=setattribute_title src=hashsub
document.querySelector("a.back").setAttribute("title", location.hash.substring(1));
