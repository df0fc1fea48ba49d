# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=helper_int sink=v1 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = to_int_str(param)
        result = str(eval(bar, {"__builtins__": {}}))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
