# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=global_via_helper sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = value


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        remember(param)
        bar = LAST
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
