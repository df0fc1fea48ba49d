// generated case (gen_cases_js): category=domxss expected=true shape=document_writeln src=hashdec
document.writeln(decodeURIComponent(location.hash.slice(1))); // want: JS-DOM-XSS
