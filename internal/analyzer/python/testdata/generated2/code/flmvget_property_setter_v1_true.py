# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=property_setter sink=v1 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        w = Wrapper("safe")
        w.raw = param
        bar = w.raw
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
