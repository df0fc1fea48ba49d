# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=header shape=uuid_from_random_bits sink=specific expected=true
import random
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/case-00340", methods=["GET", "POST"])
def case_00340():
    param = request.headers.get("X-Query", "")
    bar = param
    session_id = str(uuid.UUID(int=random.getrandbits(128)))  # want: PY-WEAK-RANDOM
    SESSIONS[session_id] = bar[:32]
    result = len(SESSIONS)
    return jsonify(result=str(result))
