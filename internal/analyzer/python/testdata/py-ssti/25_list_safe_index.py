# SSTI FALSE: list contains the tainted template at index 1, index 2 (constant) is used
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def card():
    param = request.args.get("tpl", "")
    values = ["<b>{{ t }}</b>", param, "<i>{{ t }}</i>"]
    bar = values[2]
    return render_template_string(bar, t="Hello")
