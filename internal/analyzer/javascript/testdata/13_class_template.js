// DOM XSS: class stores location.hash in a property and renders it with innerHTML in a method
class ProductTab {
  constructor() {
    this.name = decodeURIComponent(window.location.hash.slice(1));
  }

  render(container) {
    container.innerHTML = `<h3>${this.name}</h3>`; // want: JS-DOM-XSS
  }
}

new ProductTab().render(document.querySelector(".tab"));
