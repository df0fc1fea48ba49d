# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=dataclass_pos sink=v0 expected=true
from dataclasses import dataclass
from fastapi import FastAPI, Request

app = FastAPI()


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    q = Query(param)
    bar = q.term
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
