// generated case (gen_cases_js): category=domxss expected=true shape=class_method_instance src=referrer
class View {
  show(html) {
    document.getElementById("view").innerHTML = html; // want: JS-DOM-XSS
  }
}
const view = new View();
view.show(document.referrer);
