# XSS: helper function formats an HTML fragment; view returns it with a status tuple
from flask import Flask, request

app = Flask(__name__)


def banner(title, text):
    return "<section><h2>{}</h2><p>{}</p></section>".format(title, text)


@app.route("/preview", methods=["POST"])
def preview():
    page = banner("Preview", request.form.get("body", ""))
    return page, 200  # want: PY-XSS
