# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=functools_partial sink=v0 expected=true
import functools

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        join2 = functools.partial(lambda a, b: a + b, "")
        bar = join2(param)
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
