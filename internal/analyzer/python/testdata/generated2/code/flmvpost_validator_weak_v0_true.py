# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=validator_weak sink=v0 expected=true
from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_short(value):
    return len(value) < 64


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        if not is_short(param):
            abort(400)
        bar = param
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
