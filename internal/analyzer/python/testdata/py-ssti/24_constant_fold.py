# SSTI FALSE: constant-folded condition selects the constant template
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/banner")
def banner():
    param = request.args.get("tpl", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "<div class='banner'>{{ text }}</div>"
    else:
        bar = param
    return render_template_string(bar, text=request.args.get("text", ""))
