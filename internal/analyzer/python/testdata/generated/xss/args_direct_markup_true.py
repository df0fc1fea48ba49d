# generated case: rule=PY-XSS source=args propagation=direct sink=markup expected=true
from flask import Flask, jsonify, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = param
    return render_template("page.html", body=Markup("<b>" + bar + "</b>"))  # want: PY-XSS
