# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=match_capture sink=v1 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match param:
            case str(s):
                bar = s
            case _:
                bar = "default"
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
