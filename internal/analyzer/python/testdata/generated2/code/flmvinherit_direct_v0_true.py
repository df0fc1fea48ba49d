# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvinherit propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


class HandleCodeView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
