// generated case (gen_cases_js): category=domxss expected=true shape=document_write src=docurl
document.write("<span class='user'>" + document.URL + "</span>"); // want: JS-DOM-XSS
