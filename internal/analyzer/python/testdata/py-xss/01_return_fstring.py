# XSS: Flask view returns an f-string containing the search term (text/html by default)
from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return f"<h1>Results for {q}</h1><p>No products found.</p>"  # want: PY-XSS
