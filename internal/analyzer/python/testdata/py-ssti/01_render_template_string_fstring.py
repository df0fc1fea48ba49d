# SSTI: name from the query string interpolated into the template source of render_template_string
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return render_template_string(f"<h1>Hello {name}!</h1>")  # want: PY-SSTI
