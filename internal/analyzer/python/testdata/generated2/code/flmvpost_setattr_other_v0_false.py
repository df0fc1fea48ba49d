# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=setattr_other sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class Box:
    pass


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        box = Box()
        setattr(box, "field", param)
        box.other = "safe"
        bar = box.other
        result = str(eval(bar))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
