# XSS: the input is formatted into a plain string first, and the result is
# then marked safe, so nothing escapes it.
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return Markup("<b>%s</b>" % name)  # want: PY-XSS
