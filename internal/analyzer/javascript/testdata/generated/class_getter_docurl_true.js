// generated case (gen_cases_js): category=domxss expected=true shape=class_getter src=docurl
class Router {
  get route() {
    return document.URL;
  }
  render() {
    document.getElementById("route").innerHTML = "<h2>" + this.route + "</h2>"; // want: JS-DOM-XSS
  }
}
new Router().render();
