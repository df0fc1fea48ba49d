# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=query shape=const_chain_weak sink=specific expected=true
import random
import string

from fastapi import FastAPI, Request

app = FastAPI()
ALPHABET = string.ascii_letters + string.digits


@app.get("/case-00342")
async def case_00342(request: Request, q: str = ""):
    param = q
    bar = param
    level = 2
    level = level * 2
    rng = random.SystemRandom() if level > 5 else random.Random()
    temp_password = "".join(rng.choice(ALPHABET) for _ in range(12))  # want: PY-WEAK-RANDOM
    result = len(temp_password + bar)
    return {"result": str(result)}
