# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=flask source=args shape=static_checksum sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class Codec:
    PREFIX = "q-"

    @staticmethod
    def wrap(value):
        return Codec.PREFIX + value

    @classmethod
    def unwrap(cls, value):
        return value[len(cls.PREFIX):]

    @staticmethod
    def checksum(value):
        return str(sum(map(ord, value)) % 97)


@app.route("/case-00018", methods=["GET", "POST"])
def case_00018():
    param = request.args.get("q", "")
    bar = Codec.checksum(param)
    result = os.system("echo " + bar)
    return jsonify(result=str(result))
