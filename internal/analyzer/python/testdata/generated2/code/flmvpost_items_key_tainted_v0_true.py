# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=items_key_tainted sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = ""
        for k, _v in {param: "safe"}.items():
            bar = k
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
