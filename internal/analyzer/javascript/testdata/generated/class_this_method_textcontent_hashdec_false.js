// generated case (gen_cases_js): category=domxss expected=false shape=class_this_method_textcontent src=hashdec
class App {
  param() {
    return decodeURIComponent(location.hash.slice(1));
  }
  render() {
    document.getElementById("app").textContent = this.param();
  }
}
new App().render();
