// generated case (gen_cases_js): category=domxss expected=true shape=class_this_method src=docurl
class App {
  param() {
    return document.URL;
  }
  render() {
    document.getElementById("app").innerHTML = this.param(); // want: JS-DOM-XSS
  }
}
new App().render();
