# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvinherit propagation=int sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        result = str(eval(bar))
        return jsonify(result=result)


class HandleCodeView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
