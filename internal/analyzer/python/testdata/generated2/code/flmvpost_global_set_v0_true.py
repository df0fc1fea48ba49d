# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=global_set sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        global LAST
        LAST = param
        bar = LAST
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
