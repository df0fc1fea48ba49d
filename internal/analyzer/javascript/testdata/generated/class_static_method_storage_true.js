// generated case (gen_cases_js): category=domxss expected=true shape=class_static_method src=storage
class Dom {
  static put(html) {
    document.getElementById("out").innerHTML = html; // want: JS-DOM-XSS
  }
}
Dom.put(localStorage.getItem("draft"));
