# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=helper_isinstance sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = coerce(param)
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
