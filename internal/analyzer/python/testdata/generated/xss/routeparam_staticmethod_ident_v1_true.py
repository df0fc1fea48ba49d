# generated case: rule=PY-XSS source=routeparam propagation=staticmethod_ident sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    bar = Util.passthrough(param)
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
