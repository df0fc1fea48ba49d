# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=match_literal_guard sink=v1 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match param:
            case "alpha" | "beta":
                bar = param
            case _:
                bar = "default"
        result = str(eval(bar, {"__builtins__": {}}))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
