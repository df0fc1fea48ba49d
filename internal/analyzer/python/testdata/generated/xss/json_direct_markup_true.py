# generated case: rule=PY-XSS source=json propagation=direct sink=markup expected=true
from flask import Flask, jsonify, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss", methods=["POST"])
def handle_xss():
    param = request.get_json()["p"]
    bar = param
    return render_template("page.html", body=Markup("<b>" + bar + "</b>"))  # want: PY-XSS
