# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=form shape=flask_json_content_type sink=specific expected=false
import json

from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/case-00258", methods=["POST"])
def case_00258():
    param = request.form.get("q", "")
    bar = param
    return Response(json.dumps({"q": bar}), content_type="application/json")
