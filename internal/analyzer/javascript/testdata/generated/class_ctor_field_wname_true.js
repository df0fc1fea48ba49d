// generated case (gen_cases_js): category=domxss expected=true shape=class_ctor_field src=wname
class Banner {
  constructor(text) {
    this.text = text;
  }
  render() {
    document.getElementById("banner").innerHTML = this.text; // want: JS-DOM-XSS
  }
}
new Banner(window.name).render();
