# py-xss / py-ssti: input in the text of a template: template injection where it can hold template syntax, HTML injection where it cannot
from flask import Flask, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/braces-removed")
def braces_removed():
    bar = request.args["q"]
    return render_template_string("<p>" + bar.replace("{", "") + "</p>")  # want: PY-XSS


@app.route("/raw")
def raw():
    bar = request.args["q"]
    return render_template_string("<p>" + bar + "</p>")  # want: PY-SSTI


@app.route("/context")
def context():
    return render_template_string("<p>{{ bar }}</p>", bar=request.args["q"])


@app.route("/escaped")
def escaped():
    bar = str(escape(request.args["q"])).replace("}", "")
    return render_template_string("<p>" + bar + "</p>")


@app.route("/brace-kept")
def brace_kept():
    bar = request.args["q"].replace("{", "{")
    return render_template_string("<p>" + bar + "</p>")  # want: PY-SSTI
