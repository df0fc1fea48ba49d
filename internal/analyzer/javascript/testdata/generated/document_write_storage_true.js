// generated case (gen_cases_js): category=domxss expected=true shape=document_write src=storage
document.write("<span class='user'>" + localStorage.getItem("draft") + "</span>"); // want: JS-DOM-XSS
