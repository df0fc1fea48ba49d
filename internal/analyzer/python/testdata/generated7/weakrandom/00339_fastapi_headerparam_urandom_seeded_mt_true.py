# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=headerparam shape=urandom_seeded_mt sink=specific expected=true
import os
import random

from fastapi import FastAPI, Header, Request

app = FastAPI()
RESET_TOKENS = {}


@app.get("/case-00339")
def case_00339(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    rng = random.Random(os.urandom(16))
    reset_token = "%032x" % rng.getrandbits(128)  # want: PY-WEAK-RANDOM
    RESET_TOKENS[reset_token] = bar[:32]
    result = len(RESET_TOKENS)
    return {"result": str(result)}
