# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=global_via_helper_const sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        remember(param)
        bar = LAST
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
