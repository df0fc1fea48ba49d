# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=queryparams shape=factory_class_random sink=specific expected=true
import random

from fastapi import FastAPI, Request

app = FastAPI()
API_KEYS = {}


class TokenFactory:
    def __init__(self):
        self.rng = random.Random()

    def issue(self):
        return "%016x" % self.rng.getrandbits(64)  # want: PY-WEAK-RANDOM


@app.get("/case-00333")
def case_00333(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    api_key = TokenFactory().issue()
    API_KEYS[api_key] = bar[:32]
    result = len(API_KEYS)
    return {"result": str(result)}
