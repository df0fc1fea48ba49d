# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookie shape=tip_of_day sink=specific expected=false
import random

from fastapi import FastAPI, Request

app = FastAPI()
TIPS = ["Use filters", "Save searches", "Try dark mode"]


@app.get("/case-00345")
def case_00345(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    tip = random.choice(TIPS)
    result = tip + bar[:0]
    return {"result": str(result)}
