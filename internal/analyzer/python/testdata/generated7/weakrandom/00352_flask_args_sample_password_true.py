# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=args shape=sample_password sink=specific expected=true
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.route("/case-00352", methods=["GET", "POST"])
def case_00352():
    param = request.args.get("q", "")
    bar = param
    temp_password = "".join(random.sample(ALPHABET, 10))  # want: PY-WEAK-RANDOM
    result = len(temp_password + bar)
    return jsonify(result=str(result))
