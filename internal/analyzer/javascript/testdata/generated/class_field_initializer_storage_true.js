// generated case (gen_cases_js): category=domxss expected=true shape=class_field_initializer src=storage
class Widget {
  html = localStorage.getItem("draft");
  render() {
    document.getElementById("w").innerHTML = this.html; // want: JS-DOM-XSS
  }
}
new Widget().render();
