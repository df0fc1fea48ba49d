# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=flask_view_args expected=true
from flask import Flask

app = Flask(__name__)


@app.route("/greet/<name>")
def case_flask_view_args(name):
    return "<p>Hello, " + name + "</p>"  # want: PY-XSS
