# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam shape=captcha_noise sink=specific expected=false
import random

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00351")
def case_00351(request: Request, q: str = Form("")):
    param = q
    bar = param
    offsets = [random.randint(-3, 3) for _ in range(6)]
    result = sum(offsets) + len(bar)
    return {"result": str(result)}
