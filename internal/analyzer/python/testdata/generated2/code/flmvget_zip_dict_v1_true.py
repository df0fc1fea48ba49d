# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=zip_dict sink=v1 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = dict(zip(["k"], [param]))["k"]
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
