# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=validator_weak sink=v0 expected=true
from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_short(value):
    return len(value) < 64


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        if not is_short(param):
            abort(400)
        bar = param
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
