// DOM XSS FALSE: constant markup into innerHTML and insertAdjacentHTML
const spinner = '<div class="spinner" aria-busy="true"></div>';
document.getElementById("results").innerHTML = spinner;
document.body.insertAdjacentHTML("beforeend", "<footer>&copy; Acme</footer>");
