# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=helper_isinstance_str sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = coerce(param)
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
