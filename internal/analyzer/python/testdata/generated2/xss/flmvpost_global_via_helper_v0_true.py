# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=global_via_helper sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = value


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        remember(param)
        bar = LAST
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
